import '../../../styles/pwa.css';
import { useId, useMemo, useRef, useState } from 'react';
import { absoluteAppUrl } from '../../../lib/base-url';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { paths } from '../../../shared/paths';
import { embedSnippet } from '../../embed/utils/embed-snippet';

type CopyState = 'idle' | 'copied' | 'failed';

/** The reader's "Embed" action: shows the iframe snippet with its resize script and copies it in one click. */
export function EmbedAction({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const codeId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const snippet = useMemo(() => embedSnippet(absoluteAppUrl(paths.embed.getHref(articleId)), title), [articleId, title]);
  const copyCode = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {t.embedAction}
      </button>
      <dialog ref={dialog} className="pwa-dialog" aria-labelledby={`${codeId}-title`} onClose={() => setCopy('idle')}>
        <h2 id={`${codeId}-title`}>{t.embedTitle}</h2>
        <label htmlFor={codeId}>{t.embedIntro}</label>
        <textarea id={codeId} className="embed-code" readOnly rows={10} value={snippet} onFocus={(e) => e.target.select()} />
        <p role="status">{copy === 'copied' ? t.embedCopied : copy === 'failed' ? t.embedCopyFailed : ''}</p>
        <div className="pwa-save-row">
          <button type="button" className="button button-primary" onClick={() => void copyCode()}>
            {t.embedCopy}
          </button>
          <form method="dialog">
            <button type="submit" className="button">
              {t.dialogClose}
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
