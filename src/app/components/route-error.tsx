import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { useI18n } from '../../lib/i18n/use-i18n';
import { paths, restOfPath } from '../../shared/paths';
import { StatusView } from '../../lib/ui/status-view';
import { OfflineUnavailable } from '../../features/pwa/components/offline-unavailable';
import { LOAD_FAILURE_MESSAGE, loadFailure } from '../../features/articles/api/fetch-json';
import { isOfflineError } from '../../features/pwa/is-offline-error';

function errorDetail(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A route's error view: "not found" for 404s, otherwise a recoverable error with retry and home. */
export function RouteError() {
  const error = useRouteError();
  const { pathname } = useLocation();
  const { t } = useI18n();
  const home = (
    <Link className="button" to={paths.home.getHref()}>
      {t.goHome}
    </Link>
  );
  if (isRouteErrorResponse(error) && error.status === 404) {
    const isArticle = restOfPath(pathname, '/article/') !== null;
    return (
      <StatusView
        title={isArticle ? t.articleNotFoundTitle : t.notFoundTitle}
        message={isArticle ? t.articleNotFound : t.notFound}
      >
        {home}
      </StatusView>
    );
  }
  // A failed download while offline is not a broken page: say the article is not saved here.
  if (isOfflineError(error)) return <OfflineUnavailable>{home}</OfflineUnavailable>;
  return (
    <StatusView title={t.errorTitle} message={t[LOAD_FAILURE_MESSAGE[loadFailure(error)]]}>
      {/* A full reload also recovers from a deploy that replaced this page's code chunks. */}
      <button className="button button-primary" type="button" onClick={() => window.location.reload()}>
        {t.retry}
      </button>
      {home}
      <details className="error-detail">
        <summary>{t.errorDetails}</summary>
        <code>{errorDetail(error)}</code>
      </details>
    </StatusView>
  );
}
