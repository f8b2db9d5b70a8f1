import { CJK_CLASS, isCjk } from '../../../shared/search-tokenize';

/** A letter or digit of a Latin word: where a word match must not continue (see the tokenizer). */
const WORD_CHAR = `(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive pattern matching any of `marks` the way the index does: CJK text
 * anywhere, a Latin word only whole (`react` not in `reactive`). Longer marks are tried first,
 * so a whole query word wins over its bigrams. The one capture group is the match; null for no marks.
 */
export function matchPattern(marks: readonly string[]): RegExp | null {
  const usable = [...new Set(marks.filter((mark) => mark.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return null;
  const alternatives = usable.map((mark) =>
    isCjk(mark) ? escapeRegExp(mark) : `(?<!${WORD_CHAR})${escapeRegExp(mark)}(?!${WORD_CHAR})`,
  );
  return new RegExp(`(${alternatives.join('|')})`, 'giu');
}
