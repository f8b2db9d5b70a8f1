import { describe, expect, it } from 'vitest';
import { openLevels } from '../../../src/features/articles/utils/open-levels';
import type { CategoryNode } from '../../../src/shared/article-types';

/** A tree `widths.length` levels deep where every node of level i has widths[i + 1] children. */
function tree(widths: number[], path: string[] = []): CategoryNode[] {
  const [width, ...rest] = widths;
  if (width === undefined) return [];
  return Array.from({ length: width }, (_, i) => {
    const here = [...path, `c${i}`];
    return { name: `c${i}`, path: here, count: 1, children: tree(rest, here) };
  });
}

describe('openLevels', () => {
  it('opens the whole tree when every row fits', () => {
    expect(openLevels(tree([5, 3, 2]), 100)).toBe(Infinity); // 5 + 15 + 30 rows
    expect(openLevels([], 100)).toBe(Infinity);
  });

  it('opens as many levels as fit, counting the rows each one shows', () => {
    // 7 + 7·25 = 182 rows with the top level open: over 100, so only the 7 top rows show.
    expect(openLevels(tree([7, 25, 3]), 100)).toBe(0);
    // 4 + 4·10 = 44 rows fit; 44 + 40·5 = 244 do not.
    expect(openLevels(tree([4, 10, 5]), 100)).toBe(1);
    // Exactly at the budget still fits.
    expect(openLevels(tree([10, 9]), 100)).toBe(Infinity);
    expect(openLevels(tree([10, 9, 1]), 100)).toBe(1);
  });

  it('shows the top level even when it alone is over the budget', () => {
    expect(openLevels(tree([300, 2]), 100)).toBe(0);
  });
});
