import { textRuns } from '../../../lib/line-breaks';
import { sanitizeArticleHtml } from '../../../lib/sanitize';

/**
 * The text a reader sees of an article body, whitespace collapsed, for a search snippet. The
 * body goes through the sanitizer like the reader's, then into an inert document (DOMParser):
 * nothing in it runs or loads (no image is requested), and only its text comes out.
 */
export function articleText(html: string): string {
  const { __html } = sanitizeArticleHtml(html);
  const doc = new DOMParser().parseFromString(__html, 'text/html');
  return textRuns(doc.body)
    .map((run) => run.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
