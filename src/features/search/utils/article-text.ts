import { sanitizeArticleHtml } from '../../../lib/sanitize';

/** Elements that start a new line of text, so their words do not run into their neighbours'. */
const BLOCKS = new Set([
  'address', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

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
      const before = node.previousSibling;
      if (before && BLOCKS.has(before.nodeName.toLowerCase())) parts.push(' ');
      parts.push((node as Text).data);
    } else if (BLOCKS.has(node.nodeName.toLowerCase())) parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
