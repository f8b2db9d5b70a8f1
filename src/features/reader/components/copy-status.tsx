import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CopyResult } from '../hooks/use-copy-link';

/** The short-lived message after a link was copied (or could not be), read out by screen readers. */
export function CopyStatus({ result }: { result: CopyResult }) {
  const { t } = useI18n();
  return (
    <p className="copy-status" role="status" data-result={result ?? ''}>
      {result === 'copied' ? t.linkCopied : result === 'failed' ? t.copyFailed : ''}
    </p>
  );
}
