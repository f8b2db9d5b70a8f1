import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { StatusView } from '../../../lib/ui/status-view';

/** "Not available offline": the page's data could not be downloaded and no copy is stored. */
export function OfflineUnavailable({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <StatusView title={t.offlineUnavailableTitle} message={t.offlineUnavailable}>
      <button className="button button-primary" type="button" onClick={() => window.location.reload()}>
        {t.retry}
      </button>
      {children}
    </StatusView>
  );
}
