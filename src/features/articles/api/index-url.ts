import { INDEX_META_NAME } from '../../../shared/article-types';

/**
 * Where the entry index is, relative to the base URL. The build names it in index.html
 * (src/pipeline/articles-plugin.ts) rather than in the code, so the app's files keep their names
 * when only articles change.
 */
export function indexUrl(): string {
  const url = document.querySelector<HTMLMetaElement>(`meta[name="${INDEX_META_NAME}"]`)?.content;
  if (!url) throw new Error(`This page does not name the article index (<meta name="${INDEX_META_NAME}">)`);
  return url;
}
