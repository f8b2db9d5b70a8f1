import { describe, expect, it } from 'vitest';
import { NAME_LIMITS, parseCategories, parseTags, scalarText } from '../../../src/pipeline/categories';

function categories(value: unknown) {
  const warnings: string[] = [];
  return { paths: parseCategories(value, (m) => warnings.push(m)), warnings };
}

describe('parseCategories (Hexo)', () => {
  it('reads a string as one one-level path', () => {
    expect(categories('  新媒体 ').paths).toEqual([['新媒体']]);
  });

  it('reads a list of names as ONE path, top level first', () => {
    expect(categories(['新媒体', '鸟哥笔记', '首页']).paths).toEqual([['新媒体', '鸟哥笔记', '首页']]);
  });

  it('reads a list holding lists as several paths; a name beside them is its own path', () => {
    expect(categories([['a', 'b'], 'c', ['d']]).paths).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('trims names, drops empty names and empty paths, and de-duplicates paths', () => {
    expect(categories([[' a ', ''], ['a'], ['  '], ['a', 'b'], ['a', 'b']]).paths).toEqual([['a'], ['a', 'b']]);
    expect(categories(['', '  ']).paths).toEqual([]);
    expect(categories('').paths).toEqual([]);
  });

  it('turns numbers into names', () => {
    expect(categories([2021, 'x']).paths).toEqual([['2021', 'x']]);
  });

  it('ignores maps with a warning instead of failing', () => {
    const object = categories({ a: 1 });
    expect(object.paths).toEqual([]);
    expect(object.warnings).toHaveLength(1);
    const nested = categories([['a', { b: 1 }]]);
    expect(nested.paths).toEqual([['a']]);
    expect(nested.warnings).toHaveLength(1);
  });

  it('treats null and missing as no categories, silently', () => {
    expect(categories(null)).toEqual({ paths: [], warnings: [] });
    expect(categories(undefined)).toEqual({ paths: [], warnings: [] });
  });

  it('keeps names that look like object keys as plain names', () => {
    expect(categories(['__proto__', 'constructor']).paths).toEqual([['__proto__', 'constructor']]);
  });
});

describe('parseTags', () => {
  it('reads a string or a list; trims, drops empty and repeated names', () => {
    const warn = () => undefined;
    expect(parseTags('one', warn)).toEqual(['one']);
    expect(parseTags(['a', ' b ', 'a', '', 3], warn)).toEqual(['a', 'b', '3']);
    expect(parseTags(null, warn)).toEqual([]);
  });

  it('warns about values that are not names', () => {
    const warnings: string[] = [];
    expect(parseTags([['x'], 'y'], (m) => warnings.push(m))).toEqual(['y']);
    expect(warnings).toHaveLength(1);
  });
});

describe('scalarText', () => {
  it('turns scalars into text and everything else into null', () => {
    expect(scalarText(' a ')).toBe('a');
    expect(scalarText(false)).toBe('false');
    expect(scalarText([])).toBeNull();
    expect(scalarText(null)).toBeNull();
  });
});

describe('limits on one article', () => {
  it('cut long names, deep paths and too many tags, saying so', () => {
    const deep = categories([Array.from({ length: 40 }, (_, i) => `L${i}`), 'x'.repeat(300)]);
    expect(deep.paths[0]).toHaveLength(NAME_LIMITS.depth);
    expect(deep.paths[1]).toEqual([`${'x'.repeat(200)}…`]);
    expect(deep.warnings).toEqual(['40 levels in one category path; the first 16 are kept', 'a name of 300 characters was cut to 200']);
    const warnings: string[] = [];
    const tags = parseTags(Array.from({ length: 100 }, (_, i) => `t${i}`), (m) => warnings.push(m));
    expect(tags).toHaveLength(NAME_LIMITS.tags);
    expect(warnings).toEqual(['100 tags; the first 64 are kept']);
  });

  it('leave real-sized values alone', () => {
    expect(categories(['新媒体', '鸟哥笔记', '首页'])).toEqual({ paths: [['新媒体', '鸟哥笔记', '首页']], warnings: [] });
  });
});
