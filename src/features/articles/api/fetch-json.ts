import { assetUrl } from '../../../lib/base-url';

/** The data was built for another version of the app (a stale cache or a half-finished deploy). */
export class DataFormatError extends Error {
  override name = 'DataFormatError';
}

/** The server answered, but not with the file (a 404 of a built file, a 5xx). */
export class HttpError extends Error {
  override name = 'HttpError';

  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`Could not load ${url}: HTTP ${status}`);
  }
}

/**
 * Why a download failed, for the words the reader sees: the server failed (`server`), the data
 * belongs to another version of the site (`version`), or the request never got an answer (`network`).
 */
export function loadFailure(error: unknown): 'server' | 'version' | 'network' {
  // Unreadable JSON came from the server too (a broken file or proxy).
  if (error instanceof HttpError || error instanceof SyntaxError) return 'server';
  if (error instanceof DataFormatError) return 'version';
  return 'network';
}

/** The UI message (src/lib/i18n) that tells the reader each kind of failure. */
export const LOAD_FAILURE_MESSAGE = { server: 'errorServer', version: 'errorVersion', network: 'error' } as const;

/** Fetches JSON that the build wrote below the base URL; throws on HTTP errors and bad JSON. */
export async function fetchBuiltJson(relativeUrl: string, signal?: AbortSignal): Promise<unknown> {
  const url = assetUrl(relativeUrl);
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new HttpError(url, response.status);
  try {
    return await response.json();
  } catch (error) {
    await evictFromCaches(url);
    throw error;
  }
}

// The service worker answers built JSON cache-first, so a corrupt cached copy would be served again
// on every retry; dropping it lets the retry reach the network.
async function evictFromCaches(url: string): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const names = await caches.keys();
    await Promise.all(names.map(async (name) => (await caches.open(name)).delete(url)));
  } catch {
    // Cache storage can be unavailable (private mode); the retry then shows the usual error view.
  }
}

/** Throws a DataFormatError unless `data` carries the format version this app reads. */
export function checkFormatVersion(data: unknown, expected: number, what: string): void {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== expected) {
    throw new DataFormatError(`${what} has format version ${String(version)}; this app reads ${expected}`);
  }
}
