import { LATIN_CHAR } from '../../../shared/search-tokenize';
import { matchPattern } from './match-pattern';

/** What a result looks for: the query's whole words first, then its index terms (a word's bigrams). */
export interface QueryMarks {
  words: readonly string[];
  terms: readonly string[];
}

/** Every mark, whole words first: what `highlight` wraps. */
export function allMarks(marks: QueryMarks): string[] {
  return [...marks.words, ...marks.terms];
}

/** A window of one text and how well it shows the query: whole words (2), terms only (1), nothing (0). */
interface Cut {
  text: string;
  start: number;
  end: number;
  tier: number;
  /** Distinct marks of that tier inside the window. */
  covered: number;
}

/** Matches looked at per text: enough for any snippet, bounded for very long bodies. */
const MAX_MATCHES = 200;
/**
 * Characters shown before the match: a line on a phone, so the match stays inside the three
 * lines the snippet is clamped to (search.css) at any width.
 */
const LEAD = 20;
/** How far a cut may move to land between words rather than inside one. */
const WORD_SLACK = 16;
const LATIN = new RegExp(`^${LATIN_CHAR}$`, 'u');
const insideWord = (text: string, at: number) => LATIN.test(text[at - 1] ?? '') && LATIN.test(text[at] ?? '');

function better(a: Cut, b: Cut): boolean {
  return a.tier > b.tier || (a.tier === b.tier && a.covered > b.covered);
}

/** Moves a start inside a Latin word forward to the word's end (never onto the match) and off half a surrogate pair. */
function snapStart(text: string, start: number, matchAt: number): number {
  let at = start;
  while (at < matchAt && at - start <= WORD_SLACK && insideWord(text, at)) at++;
  if (at >= matchAt || at - start > WORD_SLACK) at = start;
  return /[\udc00-\udfff]/.test(text[at] ?? '') ? at + 1 : at;
}

/** Moves an end inside a Latin word back to the word's start (never into the match) and off half a surrogate pair. */
function snapEnd(text: string, end: number, matchEnd: number): number {
  let at = end;
  while (at > matchEnd && end - at <= WORD_SLACK && insideWord(text, at)) at--;
  if (at <= matchEnd || end - at > WORD_SLACK) at = end;
  return /[\ud800-\udbff]/.test(text[at - 1] ?? '') ? at - 1 : at;
}

/** The best window of `text` for one tier of marks: the one covering most distinct marks, the first such. */
function cutFor(text: string, marks: readonly string[], tier: number, size: number): Cut | null {
  const pattern = matchPattern(marks);
  if (!pattern) return null;
  const found: { at: number; end: number; mark: string }[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ at: match.index, end: match.index + match[0].length, mark: match[0].toLowerCase() });
    if (found.length === MAX_MATCHES) break;
  }
  let best: Cut | null = null;
  for (const { at, end: matchEnd } of found) {
    const start = Math.max(0, at - LEAD);
    const end = Math.min(text.length, start + size);
    const covered = new Set(found.filter((m) => m.at >= start && m.end <= end).map((m) => m.mark)).size;
    if (!best || covered > best.covered) {
      best = { text, start: snapStart(text, start, at), end: snapEnd(text, end, matchEnd), tier, covered };
    }
  }
  return best;
}

function bestCut(text: string, marks: QueryMarks, size: number): Cut {
  return (
    cutFor(text, marks.words, 2, size) ??
    cutFor(text, marks.terms, 1, size) ?? { text, start: 0, end: Math.min(text.length, size), tier: 0, covered: 0 }
  );
}

/**
 * The snippet a result shows: about `size` characters from just before the match that shows the
 * most of the query (whole words before their bigrams, then more distinct marks; the first such
 * match), taken from the first of `texts` that shows it best (so the stored start of the text
 * stays when the whole text adds nothing). Cut ends get an ellipsis.
 */
export function pickSnippet(texts: readonly string[], marks: QueryMarks, size = 120): string {
  let best: Cut | null = null;
  for (const text of texts) {
    const cut = bestCut(text, marks, size);
    if (!best || better(cut, best)) best = cut;
  }
  if (!best) return '';
  const { text, start, end } = best;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
