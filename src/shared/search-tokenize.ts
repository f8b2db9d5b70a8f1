/**
 * The search tokenizer, shared by the build (index) and the browser (query) so both cut text
 * the same way. Latin letters and digits form lower-cased words; CJK runs are cut into
 * overlapping bigrams (n-grams), which find any word of two or more characters without a
 * dictionary: a query's bigrams must all match, so `人工智能` finds `人工`, `工智` and `智能`.
 * (`Intl.Segmenter` words were indexed too at first, but a query never looked them up, and they
 * cost more build time than everything else in the index together.)
 */

/** The characters cut into bigrams: CJK ideographs, kana and hangul (a RegExp class body). */
export const CJK_CLASS = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af';
/** One letter or digit of a Latin word, any script but CJK (a RegExp group, for the `u` flag). */
export const LATIN_CHAR = `(?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])`;
/** One piece of text: a run of CJK characters, or a run of other letters and digits. */
const PIECES = new RegExp(`[${CJK_CLASS}]+|${LATIN_CHAR}+`, 'gu');
const CJK = new RegExp(`[${CJK_CLASS}]`, 'u');
/** Prefix of the synthetic term that marks an article's category (one per path prefix). */
export const CATEGORY_TERM = '\u0001c:';

/** The pieces of `text`, lower-cased and NFKC-normalized, each with whether it is CJK. */
function* pieces(text: string): Generator<[piece: string, cjk: boolean]> {
  for (const [piece] of text.toLowerCase().normalize('NFKC').matchAll(PIECES)) yield [piece, CJK.test(piece)];
}

/** Tokens of a CJK run: its bigrams, and its single characters when asked. */
function cjkTokens(run: string, keepSingles: boolean, out: string[]): void {
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  if (keepSingles) out.push(...chars);
}

/** Every token of `text`, in order, duplicates kept. `keepSingles` keeps 1-character CJK tokens. */
export function tokenize(text: string, keepSingles = false): string[] {
  const out: string[] = [];
  for (const [piece, cjk] of pieces(text)) {
    if (cjk) cjkTokens(piece, keepSingles, out);
    else out.push(piece);
  }
  return out;
}

/** The words of a query: its CJK runs and Latin words, lower-cased, each once. */
export function queryWords(query: string): string[] {
  return [...new Set([...pieces(query)].map(([piece]) => piece))];
}

/**
 * The terms of each query word: a Latin word as is; a CJK run as its bigrams (a 1-character run
 * as itself). Every term must match (AND); a word's terms together stand for the whole word.
 */
export function queryGroups(query: string): string[][] {
  return queryWords(query).map((word) => {
    const chars = [...word];
    if (chars.length === 1 || !CJK.test(word)) return [word];
    return [...new Set(chars.slice(1).map((char, i) => chars[i] + char))];
  });
}

/** The terms of all `groups` (see `queryGroups`), each once, in query order. */
export function distinctTerms(groups: readonly (readonly string[])[]): string[] {
  return [...new Set(groups.flat())];
}

/** Every term a query needs, each once: these are the precise units, not segmenter words. */
export function queryTerms(query: string): string[] {
  return distinctTerms(queryGroups(query));
}

/** Whether `term` is CJK text (matched anywhere) rather than a Latin word (matched whole). */
export function isCjk(term: string): boolean {
  return CJK.test(term);
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
