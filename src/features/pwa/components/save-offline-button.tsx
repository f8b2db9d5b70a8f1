import '../../../styles/pwa.css';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { articleIndexQuery } from '../../articles/api/get-article-index';

// The panel brings the sanitizer (DOMPurify) and the save code: none of it is needed for a first view.
const loadPanel = () => import('./save-offline-panel');
const SaveOfflinePanel = lazy(() => loadPanel().then((m) => ({ default: m.SaveOfflinePanel })));

/** The header's "Offline" button and the dialog where the reader saves articles for offline reading. */
export function SaveOfflineButton() {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  // The whole-archive index costs as much as the archive: fetch it only once the dialog is open.
  const { data: index } = useQuery({ ...articleIndexQuery(), enabled: open });
  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t.saveOffline}
      </button>
      <dialog ref={dialog} className="pwa-dialog" aria-labelledby="folio-save-title" onClose={() => setOpen(false)}>
        <h2 id="folio-save-title">{t.saveOfflineTitle}</h2>
        <p>{t.saveOfflineIntro}</p>
        {open && index && (
          <Suspense fallback={null}>
            <SaveOfflinePanel index={index} />
          </Suspense>
        )}
        <form method="dialog">
          <button type="submit" className="button">
            {t.dialogClose}
          </button>
        </form>
      </dialog>
    </>
  );
}
