// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../src/features/reader/utils/find-matches';
import { findStateFor, readFindState, type FindState } from '../../../src/features/reader/utils/find-state';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const find = (words: string[], terms: string[] = []): FindState => ({ query: words.join(' '), words, terms });
const texts = (ranges: Range[]) => ranges.map((range) => range.toString());

describe('findMatches', () => {
  it('finds every whole-word match in reading order, across inline markup', () => {
    const root = body('<p>产品经理说：<b>产品</b>经理要懂用户。</p><ul><li>好的产品<em>经</em>理</li></ul>');
    const ranges = findMatches(root, find(['产品经理']));
    expect(texts(ranges)).toEqual(['产品经理', '产品经理', '产品经理']);
    // The second match starts inside <b> and ends in the text after it.
    expect(ranges[1].startContainer.parentElement?.tagName).toBe('B');
    expect(ranges[1].endContainer.textContent).toBe('经理要懂用户。');
  });

  it('does not join words across a line break or a block', () => {
    const root = body('<p>产品</p><p>经理</p><div>产品<br>经理</div><div><p>产品</p>经理</div>');
    expect(findMatches(root, find(['产品经理']))).toEqual([]);
  });

  it('falls back to the terms when no whole word is in the text, as the snippet does', () => {
    const root = body('<p>经理和产品是两回事</p>');
    expect(texts(findMatches(root, find(['产品经理'], ['产品', '品经', '经理'])))).toEqual(['经理', '产品']);
    // With the whole word present, its terms elsewhere are not marked.
    const both = body('<p>产品经理</p><p>经理</p>');
    expect(texts(findMatches(both, find(['产品经理'], ['产品', '经理'])))).toEqual(['产品经理']);
  });

  it('matches Latin words whole and without regard to case, as search does', () => {
    const root = body('<p>React and reactive; REACT.</p>');
    expect(texts(findMatches(root, find(['react'])))).toEqual(['React', 'REACT']);
  });

  it('treats the marks as text, not as patterns', () => {
    const root = body('<p>a.b axb (c)</p>');
    expect(texts(findMatches(root, find(['a.b', '(c)'])))).toEqual(['a.b', '(c)']);
  });

  it('ends a match inside its last node, even where the next node starts right after it', () => {
    const root = body('<p><span>产品经理</span><span>之后</span></p>');
    const [range] = findMatches(root, find(['产品经理']));
    expect(range.endContainer.textContent).toBe('产品经理');
    expect(range.endOffset).toBe(4);
  });

  it('stops at the limit', () => {
    const root = body(`<p>${'词 '.repeat(50)}</p>`);
    expect(findMatches(root, find(['词']), 10)).toHaveLength(10);
  });
});

describe('find state', () => {
  it('round-trips what a search result hands the reader', () => {
    const state = findStateFor('产品 经理', ['产品', '经理'], ['产品', '经理']);
    expect(readFindState(JSON.parse(JSON.stringify(state)))).toEqual(state.find);
  });

  it('ignores state that is not a find request, or holds nothing to find', () => {
    for (const state of [null, undefined, 'x', 1, {}, { find: null }, { find: { query: 1, words: [], terms: [] } }, { find: { query: 'q', words: 'q', terms: [] } }]) {
      expect(readFindState(state)).toBeNull();
    }
    expect(readFindState({ find: { query: 'q', words: [], terms: [] } })).toBeNull();
  });

  it('keeps history state within bounds: strings only, short marks, a few of them', () => {
    const read = readFindState({ find: { query: 'q'.repeat(1000), words: ['ok', 3, '', 'x'.repeat(65)], terms: Array(100).fill('词') } });
    expect(read?.words).toEqual(['ok']);
    expect(read?.terms).toHaveLength(32);
    expect(read?.query).toHaveLength(200);
  });
});
