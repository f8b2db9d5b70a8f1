import { Marked } from 'marked';

/** How a body is read. */
export type BodyKind = 'html' | 'markdown' | 'text';

// Hexo's renderer (hexo-renderer-marked) defaults: GFM with single newlines as line breaks.
const markdown = new Marked({ gfm: true, breaks: true, async: false });

const STARTS_WITH_TAG = /^\s*<(?:!--|!doctype[\s>]|\?xml|[a-z][a-z0-9-]*(?=[\s/>]))/i;
const BLOCK_TAG_LINE =
  /^[ \t]*<\/?(?:address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|thead|tr|td|th|ul)(?=[\s/>])/im;
// Lines only Markdown would write; any of them keeps a Markdown file Markdown despite raw HTML blocks.
const MARKDOWN_SYNTAX = /^ {0,3}(?:#{1,6}[ \t]+\S|```|~~~|[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S)|\]\([^)\s]+\)|\*\*\S/m;

/**
 * HTML when the body starts with a tag or comment, or holds block-level tags on their own lines and no
 * Markdown syntax; otherwise Markdown for `.md`/`.markdown`, else plain text. `.html`/`.htm` are always HTML.
 */
export function bodyKind(body: string, extension: string): BodyKind {
  const ext = extension.toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (STARTS_WITH_TAG.test(body)) return 'html';
  if (BLOCK_TAG_LINE.test(body) && !MARKDOWN_SYNTAX.test(body)) return 'html';
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}

/** Escapes text for use as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text: paragraphs split on blank lines, single newlines become `<br>`. */
export function plainTextToHtml(body: string): string {
  return body
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^(?:[ \t]*\n)+/, '').trimEnd())
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => escapeHtml(line.trimEnd())).join('<br>')}</p>`)
    .join('\n');
}

/** Renders a body to (still unnormalized) HTML. */
export function renderBody(body: string, extension: string): { kind: BodyKind; html: string } {
  const kind = bodyKind(body, extension);
  if (kind === 'html') return { kind, html: body };
  if (kind === 'markdown') return { kind, html: markdown.parse(body) as string };
  return { kind, html: plainTextToHtml(body) };
}
