import { assetUrl } from '../../../lib/base-url';
import { safeImageUrl } from '../../../lib/safe-url';
import { sanitizeArticleHtml } from '../../../lib/sanitize';
import type { Article, ListEntry } from '../../../shared/article-types';

function absolute(url: string): string | null {
  try {
    const parsed = new URL(url, window.location.href);
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * What reading one article offline needs: its JSON, its cover and every image of its body, as
 * the reader will request them (taken from the sanitized markup, parsed in an inert document
 * so nothing loads or runs here).
 */
export function articleUrls(summary: ListEntry, article: Article): string[] {
  const { __html } = sanitizeArticleHtml(article.html);
  const doc = new DOMParser().parseFromString(__html, 'text/html');
  const images = [...doc.images].map((img) => img.getAttribute('src') ?? '');
  const urls = [assetUrl(summary.dataUrl), safeImageUrl(summary.cover) ?? '', ...images].map(absolute);
  return [...new Set(urls.filter((url): url is string => url !== null))];
}
