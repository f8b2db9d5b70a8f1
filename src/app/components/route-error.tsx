import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { useI18n } from '../../lib/i18n/use-i18n';
import { paths, restOfPath } from '../../shared/paths';
import { StatusView } from '../../lib/ui/status-view';

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
  return (
    <StatusView title={t.errorTitle} message={t.error}>
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
