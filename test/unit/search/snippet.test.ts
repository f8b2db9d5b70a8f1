import { describe, expect, it } from 'vitest';
import { pickSnippet } from '../../../src/features/search/utils/snippet';
import { queryTerms, queryWords } from '../../../src/shared/search-tokenize';

const marksOf = (query: string) => ({ words: queryWords(query), terms: queryTerms(query) });
const filler = (n: number) => '这是一段与主题无关的填充文字，'.repeat(Math.ceil(n / 15)).slice(0, n);

describe('pickSnippet', () => {
  it('cuts the whole text around a match far past the stored start', () => {
    const body = `${filler(600)}我们的产品经理每天都在写需求。${filler(600)}`;
    const snippet = pickSnippet([body.slice(0, 160), body], marksOf('产品经理'));
    expect(snippet).toContain('产品经理');
    expect(snippet.startsWith('…') && snippet.endsWith('…')).toBe(true);
    // A short lead before the match, so it shows within the first lines.
    expect(snippet.indexOf('产品经理')).toBeGreaterThan(10);
    expect(snippet.indexOf('产品经理')).toBeLessThan(25);
    expect(snippet.length).toBeLessThanOrEqual(122);
  });

  it('keeps the stored start when the whole text shows nothing better', () => {
    const body = `产品经理的一天。${filler(400)}产品经理`;
    const stored = body.slice(0, 160);
    expect(pickSnippet([stored, body], marksOf('产品经理'))).toBe(`${stored.slice(0, 120)}…`);
    expect(pickSnippet([stored, body], marksOf('不相干'))).toBe(`${stored.slice(0, 120)}…`);
    expect(pickSnippet(['短'], marksOf('产品'))).toBe('短');
  });

  it('prefers the whole word to an earlier match of one of its bigrams', () => {
    const body = `经理说了一句话。${filler(300)}他是产品经理。${filler(300)}`;
    expect(pickSnippet([body.slice(0, 160), body], marksOf('产品经理'))).toContain('产品经理');
    // With no whole word anywhere, the window holding the most of its bigrams.
    expect(pickSnippet([body.replace('产品经理', '产品部经理')], marksOf('产品经理'))).toContain('产品部经理');
    expect(pickSnippet([body.replace('产品经理', '部门经理')], marksOf('产品经理')).startsWith('经理说')).toBe(true);
  });

  it('prefers the window that shows more of the query, and matches Latin words whole', () => {
    const body = `React alone here. ${'Some unrelated words follow. '.repeat(10)}Reactive is not it. Hooks in React are neat.`;
    const snippet = pickSnippet([body], marksOf('react hooks'));
    expect(snippet).toMatch(/Hooks in React are neat\.$/);
    expect(pickSnippet(['a reactive system'], marksOf('react'))).toBe('a reactive system');
  });

  it('does not start or end inside a Latin word', () => {
    const body = `${'abcdefgh '.repeat(40)}needle ${'ijklmnop '.repeat(40)}`;
    const snippet = pickSnippet([body], marksOf('needle'), 60);
    expect(snippet).toMatch(/^…(abcdefgh )+needle( ijklmnop)+…$/);
  });
});
