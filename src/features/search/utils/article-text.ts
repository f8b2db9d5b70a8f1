import { breaksLine } from '../../../lib/line-breaks';
import { sanitizeArticleHtml } from '../../../lib/sanitize';

/**
 * The text a reader sees of an article body, whitespace collapsed, for a search snippet. The
 * body goes through the sanitizer like the reader's, then into an inert document (DOMParser):
 * nothing in it runs or loads (no image is requested), and only its text comes out.
 */
export function articleText(html: string): string {
  const { __html } = sanitizeArticleHtml(html);
  const doc = new DOMParser().parseFromString(__html, 'text/html');
  // A walker, not recursion: sanitized bodies can still nest thousands of levels deep.
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (breaksLine(node.previousSibling)) parts.push(' ');
      parts.push((node as Text).data);
    } else if (breaksLine(node)) parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
