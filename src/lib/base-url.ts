/** The path the app is hosted under; Vite guarantees a leading and trailing `/`. */
export const BASE_URL = import.meta.env.BASE_URL;

/**
 * The router's basename. It keeps BASE_URL's trailing slash on purpose: without it the home
 * link would be `/reader`, which a static server answers with 404 (only `/reader/` exists).
 */
export const ROUTER_BASENAME = BASE_URL;

/** URL of a file the build wrote relative to the base URL (index and article JSON). */
export function assetUrl(relative: string): string {
  return BASE_URL + relative.replace(/^\/+/, '');
}

/** The pathname below the base URL, still encoded, as the router sees it. */
export function appPathname(pathname: string): string {
  const base = BASE_URL.replace(/\/+$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

/** Absolute URL of an app route href, for links that must leave the current frame. */
export function absoluteAppUrl(routeHref: string): string {
  return new URL(BASE_URL + routeHref.replace(/^\/+/, ''), window.location.origin).href;
}

/** A loader request's pathname below the base URL, still encoded (never pre-decoded). */
export function requestPathname(request: Request): string {
  return appPathname(new URL(request.url).pathname);
}
