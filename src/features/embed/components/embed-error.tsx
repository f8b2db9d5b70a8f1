import '../../../styles/embed.css';
import { useRef } from 'react';
import { isRouteErrorResponse, useLocation, useRouteError } from 'react-router';
import { absoluteAppUrl } from '../../../lib/base-url';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { StatusView } from '../../../lib/ui/status-view';
import { articleIdFromPathname, paths } from '../../../shared/paths';
import { useResizeReporter } from '../hooks/use-resize-reporter';
import { LOAD_FAILURE_MESSAGE, loadFailure } from '../../articles/api/fetch-json';
import { isOfflineError } from '../../pwa/is-offline-error';

/** The embed's error view: says what went wrong; its only link opens the site in a new tab. */
export function EmbedError() {
  const error = useRouteError();
  const { pathname } = useLocation();
  const { t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  useResizeReporter(frame, articleIdFromPathname(pathname, '/embed/') ?? '');
  const missing = isRouteErrorResponse(error) && error.status === 404;
  const offline = !missing && isOfflineError(error);
  const title = missing ? t.articleNotFoundTitle : offline ? t.offlineUnavailableTitle : t.errorTitle;
  const message = missing ? t.articleNotFound : offline ? t.offlineUnavailable : t[LOAD_FAILURE_MESSAGE[loadFailure(error)]];
  return (
    <div ref={frame} className="embed-frame">
      <StatusView title={title} message={message}>
        <a className="button" href={absoluteAppUrl(paths.home.getHref())} target="_blank" rel="noopener">
          {t.goHome} ↗
        </a>
      </StatusView>
    </div>
  );
}
