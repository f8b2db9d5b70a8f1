import { useHref } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { paths } from '../../../shared/paths';
import { useCopyLink } from '../hooks/use-copy-link';
import { CopyStatus } from './copy-status';

/** The part of the Web Share API used here (absent on most desktop browsers). */
type ShareFn = (data: { title: string; url: string }) => Promise<void>;

/** The reader's "Share" action: the system share sheet where the browser has one, else the article's link copied. */
export function ShareAction({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useI18n();
  const href = useHref(paths.article.getHref(articleId));
  const { result, copy } = useCopyLink();

  const share = async () => {
    const url = new URL(href, window.location.href).href;
    const systemShare = (navigator as { share?: ShareFn }).share;
    if (systemShare) {
      try {
        await systemShare.call(navigator, { title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    copy(url);
  };

  return (
    <>
      <button type="button" className="button" data-share="" onClick={() => void share()}>
        {t.shareAction}
      </button>
      <CopyStatus result={result} />
    </>
  );
}
