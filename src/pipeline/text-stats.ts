/** Characters of body text in a list excerpt. */
export const EXCERPT_LENGTH = 140;
/** Reading speed for CJK text, in characters per minute. */
export const CJK_PER_MINUTE = 400;
/** Reading speed for Latin-script text, in words per minute. */
export const WORDS_PER_MINUTE = 220;

/** Elements whose edges separate words, so `<p>a</p><p>b</p>` reads `a b`. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Marks a block edge among the parts; whitespace to `collapse`, so text reads as before. */
const BLOCK_EDGE = '\u2029';

/** Gathers the text of a tree as it is walked; `mark`/`since` read the text of one element. */
export class TextCollector {
  private readonly parts: string[] = [];

  /** Adds a text node's value. */
  add(text: string): void {
    this.parts.push(text);
  }

  /** Call on entering and leaving an element; block edges become spaces. */
  edge(tagName: string): void {
    if (BLOCKS.has(tagName)) this.parts.push(BLOCK_EDGE);
  }

  /** The first blocks' text (paragraphs, headings, items), collapsed, until about `limit` characters. */
  lead(limit: number): string[] {
    const blocks: string[] = [];
    let size = 0;
    let current = '';
    for (const part of [...this.parts, BLOCK_EDGE]) {
      if (part !== BLOCK_EDGE) {
        current += part;
        continue;
      }
      const text = collapse(current);
      current = '';
      if (text === '') continue;
      blocks.push(excerpt(text, limit - size));
      size += text.length;
      if (size >= limit) break;
    }
    return blocks;
  }

  /** A position to read from later. */
  mark(): number {
    return this.parts.length;
  }

  /** The collapsed text added since `mark`. */
  since(mark: number): string {
    return collapse(this.parts.slice(mark).join(''));
  }
}

/** Collapses whitespace runs to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Control characters (NUL, escape codes, C1) and the bidi embeddings, overrides and isolates: an
// unclosed right-to-left override in a title or name reverses the text after it on the same line
// (an author's name turning the date beside it around; `gnp.exe` shown as `exe.png`).
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A front-matter name or title as plain one-line text: controls removed, whitespace collapsed. */
export function plainText(text: string): string {
  return collapse(text.replace(INVISIBLE_CONTROLS, ''));
}

/** The first `length` characters (code points, never half a surrogate pair), with `…` when cut. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const collapsed = collapse(text);
  const chars = Array.from(collapsed.slice(0, length * 2 + 2));
  if (chars.length <= length) return collapsed;
  return `${chars.slice(0, length).join('').trimEnd()}…`;
}

const LATIN_WORD = /[a-z0-9\u00c0-\u024f]+(?:['’.-][a-z0-9\u00c0-\u024f]+)*/gi;

/** CJK ideographs, kana, hangul and their punctuation blocks (BMP); astral ideographs are counted apart. */
function isCjkUnit(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fdf) ||
    (code >= 0x3040 && code <= 0x312f) ||
    (code >= 0x3190 && code <= 0x31ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Minutes to read: CJK characters and Latin words counted separately; at least 1. */
export function readingMinutes(text: string): number {
  // A counting loop: matching every character with a regex built a string per character.
  let cjk = 0;
  let latin = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // High surrogates D840–D87F start the CJK extension planes (B to F).
    const astral = code >= 0xd840 && code <= 0xd87f && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (!astral && !isCjkUnit(code)) continue;
    cjk++;
    if (i > from) latin += text.slice(from, i) + ' ';
    if (astral) i++;
    from = i + 1;
  }
  latin += text.slice(from);
  const words = latin.match(LATIN_WORD)?.length ?? 0;
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
