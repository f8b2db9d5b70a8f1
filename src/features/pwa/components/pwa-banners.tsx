import '../../../styles/pwa.css';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useOnline } from '../hooks/use-online';
import { useUpdateWaiting } from '../hooks/use-update-waiting';
import { applyUpdate, dismissUpdate } from '../sw-registration';

/** The app's connection and version notices: "you are offline" and "an update is ready". */
export function PwaBanners() {
  const { t } = useI18n();
  const online = useOnline();
  const waiting = useUpdateWaiting();
  return (
    <div className="pwa-banners">
      {/* Always present, so screen readers announce the notice when it appears. */}
      <div role="status" className="pwa-live">
        {!online && <p className="pwa-banner pwa-offline">{t.offlineNotice}</p>}
      </div>
      {waiting && (
        <div role="alert" className="pwa-banner pwa-update">
          <span>{t.updateReady}</span>
          <button type="button" className="button button-primary" onClick={applyUpdate}>
            {t.updateApply}
          </button>
          <button type="button" className="button" onClick={dismissUpdate}>
            {t.updateLater}
          </button>
        </div>
      )}
    </div>
  );
}
