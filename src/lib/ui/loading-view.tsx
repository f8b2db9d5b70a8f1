import { useI18n } from '../i18n/use-i18n';

/** A quiet placeholder while a page loads; announced politely to screen readers. */
export function LoadingView() {
  const { t } = useI18n();
  return (
    <div className="loading-view" role="status">
      <span className="loading-spinner" aria-hidden="true" />
      {t.loading}
    </div>
  );
}
