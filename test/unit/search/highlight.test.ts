import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/features/search/utils/highlight';

/** The nodes as `text` strings and `[mark]` entries; fails on anything that is neither. */
function shape(nodes: ReactNode[]): string[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return node;
    if (isValidElement(node) && node.type === 'mark') {
      const children = (node as ReactElement<{ children: unknown }>).props.children;
      expect(typeof children).toBe('string');
      return `[${children as string}]`;
    }
    throw new Error(`not text or <mark>: ${String(node)}`);
  });
}

describe('highlight', () => {
  it('marks the whole word rather than its bigrams, and bigrams where the word is not whole', () => {
    expect(shape(highlight('新媒体 / 人人都是产品经理 / 经理人', ['产品经理', '产品', '品经', '经理']))).toEqual([
      '新媒体 / 人人都是', '[产品经理]', ' / ', '[经理]', '人',
    ]);
  });

  it('marks Latin words whole and in any case', () => {
    expect(shape(highlight('React, reactive and REACT', ['react']))).toEqual(['', '[React]', ', reactive and ', '[REACT]', '']);
  });

  it('keeps markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)>产品<b>';
    expect(shape(highlight(text, ['产品'])).join('')).toBe('<img src=x onerror=alert(1)>[产品]<b>');
    expect(highlight(text, [])).toEqual([text]);
  });
});
