/**
 * Whether a route error is a failed download rather than a missing article: `fetch` rejects
 * with a TypeError when there is no connection (or the worker has no copy), while an unknown
 * id is a 404 Response and a missing file an HTTP error. Both cases checked: `onLine` can lag.
 */
export function isOfflineError(error: unknown): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return true;
  return error instanceof TypeError && /fetch|network|load failed/i.test(error.message);
}
