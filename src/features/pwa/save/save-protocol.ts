/** Messages between the page and the service worker (src/sw.ts) for "save for offline". */

/** The cache that holds saved articles and their images; never expired, only removed by the reader. */
export const SAVED_CACHE = 'folio-saved';

/** Page → worker: download these URLs into SAVED_CACHE, reporting on the transferred port. */
export interface SaveRequest {
  type: 'folio:save';
  urls: string[];
}

/** Worker → page: one URL finished (stored or failed). */
export interface SaveProgress {
  type: 'folio:save-progress';
  url: string;
  ok: boolean;
  /** Bytes of the stored body; 0 for a cross-origin (opaque) response, whose size is hidden. */
  bytes: number;
  opaque: boolean;
}

/** Worker → page: the whole request is done. */
export interface SaveDone {
  type: 'folio:save-done';
}
