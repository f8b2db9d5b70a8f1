import type { ArticleSummary } from '../../../shared/article-types';

/** The title to show; some real files have a blank one. */
export function displayTitle(summary: Pick<ArticleSummary, 'title'>, untitled: string): string {
  return summary.title.trim() || untitled;
}
