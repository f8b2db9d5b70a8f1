import type { QueryClient } from '@tanstack/react-query';
import { assetUrl } from '../../../lib/base-url';
import type { ListEntry } from '../../../shared/article-types';
import { articleQuery } from '../../articles/api/get-article';
import { articleUrls } from './article-urls';
import { saveInWorker } from './save-client';
import type { SavedSet } from './saved-sets';

/** Progress of one save: articles finished so far and bytes stored. */
export interface SaveStatus {
  done: number;
  total: number;
  bytes: number;
}

// A few articles at a time keep the bar moving without flooding a slow connection.
const PARALLEL_ARTICLES = 3;

interface Totals {
  urls: Set<string>;
  bytes: number;
  opaque: number;
  failed: number;
}

async function saveUrls(urls: string[], totals: Totals): Promise<void> {
  const reports = await saveInWorker(urls);
  for (const report of reports) {
    if (!report.ok) totals.failed += 1;
    else if (totals.urls.has(report.url)) continue;
    else {
      totals.urls.add(report.url);
      totals.bytes += report.bytes;
      if (report.opaque && report.bytes === 0) totals.opaque += 1;
    }
  }
}

async function saveArticle(queryClient: QueryClient, summary: ListEntry, totals: Totals): Promise<void> {
  let urls: string[];
  try {
    urls = articleUrls(summary, await queryClient.fetchQuery(articleQuery(summary)));
  } catch {
    totals.failed += 1;
    return;
  }
  await saveUrls(urls, totals);
}

/**
 * Downloads every article of `summaries` with its images for offline reading, and the list pages
 * that show them (a large archive does not install its list pages, so offline the set could be
 * read but not browsed without them); returns the saved set.
 */
export async function saveArticles(
  queryClient: QueryClient,
  key: string,
  summaries: readonly ListEntry[],
  listPages: readonly string[],
  onStatus: (status: SaveStatus) => void,
): Promise<SavedSet> {
  const totals: Totals = { urls: new Set(), bytes: 0, opaque: 0, failed: 0 };
  const queue = [...summaries];
  let done = 0;
  onStatus({ done, total: summaries.length, bytes: 0 });
  if (listPages.length > 0) await saveUrls(listPages.map((url) => new URL(assetUrl(url), window.location.href).href), totals);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await saveArticle(queryClient, next, totals);
      done += 1;
      onStatus({ done, total: summaries.length, bytes: totals.bytes });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_ARTICLES }, worker));
  return {
    key,
    articleIds: summaries.map((summary) => summary.id),
    urls: [...totals.urls],
    bytes: totals.bytes,
    opaque: totals.opaque,
    failed: totals.failed,
    savedAt: new Date().toISOString(),
  };
}
