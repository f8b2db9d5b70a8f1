import { describe, expect, it } from 'vitest';
import { collapse, excerpt, readingMinutes } from '../../../src/pipeline/text-stats';

describe('excerpt', () => {
  it('keeps short text whole, whitespace collapsed', () => {
    expect(excerpt('  a\n\n b  ')).toBe('a b');
  });

  it('cuts at 140 characters and marks the cut', () => {
    const text = '字'.repeat(200);
    expect(excerpt(text)).toBe(`${'字'.repeat(140)}…`);
  });

  it('never cuts a surrogate pair in half', () => {
    const result = excerpt('😀'.repeat(200), 5);
    expect(result).toBe(`${'😀'.repeat(5)}…`);
    // No lone surrogate: every code unit in the high range is followed by a low one.
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(result)).toBe(false);
  });
});

describe('readingMinutes', () => {
  it('is at least 1', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('counts CJK characters at 400 a minute', () => {
    expect(readingMinutes('字'.repeat(1200))).toBe(3);
  });

  it('counts Latin words at 220 a minute', () => {
    expect(readingMinutes('word '.repeat(660))).toBe(3);
    expect(readingMinutes("don't e-mail 3.14 café")).toBe(1);
  });

  it('adds the two kinds together', () => {
    expect(readingMinutes(`${'字'.repeat(400)} ${'word '.repeat(220)}`)).toBe(2);
  });
});

describe('collapse', () => {
  it('turns whitespace runs into one space', () => {
    expect(collapse('\t a \n\u00a0 b ')).toBe('a b');
  });
});
