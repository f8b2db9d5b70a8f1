import { Marked } from 'marked';

/** How a body is read. */
export type BodyKind = 'html' | 'markdown' | 'text';

/**
 * Longest a Markdown body may take to render: 3 s, plus 2 ms per KB. marked takes quadratic or
 * worse time on some inputs (40 KB of `[*a` or of ever deeper list items: 8 to 15 s; 1 MB: hours),
 * so a hostile file could stall the build; past the budget its body is shown as plain text.
 */
export function markdownBudgetMs(length: number): number {
  return 3000 + length / 512;
}

class MarkdownTimeout extends Error {}

// The render in progress must end by then. Module state is safe: a render is synchronous.
let deadline = Infinity;

function checkDeadline(): undefined {
  if (performance.now() > deadline) throw new MarkdownTimeout();
  return undefined;
}

// Hexo's renderer (hexo-renderer-marked) defaults: GFM with single newlines as line breaks. The two
// extensions match nothing: marked calls them at every block and inline step, where they check the clock.
const markdown = new Marked(
  { gfm: true, breaks: true, async: false },
  {
    extensions: [
      { name: 'folio-deadline-block', level: 'block', tokenizer: checkDeadline },
      { name: 'folio-deadline-inline', level: 'inline', tokenizer: checkDeadline },
    ],
  },
);

/** Markdown to HTML, or null when it takes longer than `budgetMs`. */
export function renderMarkdown(body: string, budgetMs = markdownBudgetMs(body.length)): string | null {
  deadline = performance.now() + budgetMs;
  try {
    return markdown.parse(body) as string;
  } catch (error) {
    if (error instanceof MarkdownTimeout) return null;
    throw error;
  } finally {
    deadline = Infinity;
  }
}

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

/** Text whose lines are lines: paragraphs split on blank lines, single newlines become `<br>`. */
function linesToHtml(text: string, lineToHtml: (line: string) => string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^(?:[ \t]*\n)+/, '').trimEnd())
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => lineToHtml(line.trimEnd())).join('<br>')}</p>`)
    .join('\n');
}

/** Plain text: paragraphs split on blank lines, single newlines become `<br>`. */
export function plainTextToHtml(body: string): string {
  return linesToHtml(body, escapeHtml);
}

// The feed generator wraps every item in `<div>`; a feed that gives plain text (Eventernote's
// one line per field, 36kr's flash news, posts of several paragraphs) arrives as text alone in it.
const WRAPPED_TEXT = /^\s*<div>([^<]*)<\/div>\s*$/i;

/**
 * A body that is text alone in the generator's `<div>` reads as plain text does: its lines stay
 * lines. Hexo would run them together, as HTML does, into one paragraph, while the same text
 * without the `<div>` keeps them. The text holds no tag, so it stays as written (entities and all).
 */
function wrappedTextToHtml(body: string): string | null {
  const text = WRAPPED_TEXT.exec(body)?.[1];
  if (text === undefined || !/\S[ \t]*\n\s*\S/.test(text)) return null;
  return `<div>${linesToHtml(text, (line) => line)}</div>`;
}

/** A rendered body; `note` says why it was not rendered as its kind (for the build log). */
export interface RenderedBody {
  kind: BodyKind;
  html: string;
  note?: string;
}

/** Renders a body to (still unnormalized) HTML. */
export function renderBody(body: string, extension: string): RenderedBody {
  const kind = bodyKind(body, extension);
  if (kind === 'html') return { kind, html: wrappedTextToHtml(body) ?? body };
  if (kind === 'text') return { kind, html: plainTextToHtml(body) };
  const html = renderMarkdown(body);
  if (html !== null) return { kind, html };
  const seconds = Math.round(markdownBudgetMs(body.length) / 1000);
  const note = `its Markdown took over ${seconds} s to render (a pattern marked handles in quadratic time); shown as plain text`;
  return { kind: 'text', html: plainTextToHtml(body), note };
}
