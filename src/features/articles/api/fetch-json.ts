import { assetUrl } from '../../../lib/base-url';

/** The data was built for another version of the app (a stale cache or a half-finished deploy). */
export class DataFormatError extends Error {
  override name = 'DataFormatError';
}

/** Fetches JSON that the build wrote below the base URL; throws on HTTP errors and bad JSON. */
export async function fetchBuiltJson(relativeUrl: string, signal?: AbortSignal): Promise<unknown> {
  const url = assetUrl(relativeUrl);
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return response.json();
}

/** Throws a DataFormatError unless `data` carries the format version this app reads. */
export function checkFormatVersion(data: unknown, expected: number, what: string): void {
  const version = (data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== expected) {
    throw new DataFormatError(`${what} has format version ${String(version)}; this app reads ${expected}`);
  }
}
