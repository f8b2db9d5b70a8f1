/**
 * The search tokenizer, shared by the build (index) and the browser (query) so both cut text
 * the same way. Latin letters and digits form lower-cased words; CJK runs yield the words of
 * `Intl.Segmenter` plus every bigram, so a query for part of a word still matches.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/u;
const RUNS = /[\p{L}\p{N}]+/gu;
/** Prefix of the synthetic term that marks an article's category (one per path prefix). */
export const CATEGORY_TERM = '\u0001c:';

let segmenter: Intl.Segmenter | undefined;

function cjkWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words: string[] = [];
  for (const part of segmenter.segment(run)) if (part.isWordLike) words.push(part.segment);
  return words;
}

/** Splits a letter run into alternating CJK and non-CJK pieces. */
function splitScripts(run: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let currentCjk = false;
  for (const char of run) {
    const isCjk = CJK.test(char);
    if (current && isCjk !== currentCjk) {
      pieces.push(current);
      current = '';
    }
    current += char;
    currentCjk = isCjk;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Tokens of a CJK run: segmenter words and bigrams; single characters only when asked. */
function cjkTokens(run: string, keepSingles: boolean, out: string[]): void {
  const chars = [...run];
  for (const word of cjkWords(run)) if (keepSingles || [...word].length > 1) out.push(word);
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  if (keepSingles) out.push(...chars);
}

/** Every token of `text`, in order, duplicates kept. `keepSingles` keeps 1-character CJK tokens. */
export function tokenize(text: string, keepSingles = false): string[] {
  const out: string[] = [];
  for (const [run] of text.toLowerCase().normalize('NFKC').matchAll(RUNS)) {
    for (const piece of splitScripts(run)) {
      if (CJK.test(piece)) cjkTokens(piece, keepSingles, out);
      else if (piece.length > 0) out.push(piece);
    }
  }
  return out;
}

/**
 * The terms a query needs: a Latin word as is; a CJK run as its bigrams (a 1-character run as
 * itself). Every one must match (AND), so these are the precise units, not segmenter words.
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const [run] of query.toLowerCase().normalize('NFKC').matchAll(RUNS)) {
    for (const piece of splitScripts(run)) {
      const chars = [...piece];
      if (!CJK.test(piece) || chars.length === 1) terms.add(piece);
      else for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i] + chars[i + 1]);
    }
  }
  return [...terms];
}

/** Stable shard of a term (FNV-1a over UTF-16 units), the same in Node and every browser. */
export function termShard(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
}

/** The synthetic term of a category path (`['a', 'b']` → the term for `a/b`). */
export function categoryTerm(path: readonly string[]): string {
  return CATEGORY_TERM + path.join('\u001f').toLowerCase();
}
