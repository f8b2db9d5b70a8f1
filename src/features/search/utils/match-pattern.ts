import { isCjk, LATIN_CHAR } from '../../../shared/search-tokenize';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive pattern matching any of `marks` the way the index does: CJK text
 * anywhere, a Latin word only whole, no `LATIN_CHAR` beside it (`react` not in `reactive`).
 * Longer marks are tried first, so a whole query word wins over its bigrams. The one capture
 * group is the match; null for no marks.
 */
export function matchPattern(marks: readonly string[]): RegExp | null {
  const usable = [...new Set(marks.filter((mark) => mark.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  const alternatives = usable.map((mark) =>
    isCjk(mark) ? escapeRegExp(mark) : `(?<!${LATIN_CHAR})${escapeRegExp(mark)}(?!${LATIN_CHAR})`,
  );
  return new RegExp(`(${alternatives.join('|')})`, 'giu');
}
