// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hasContent } from '../../../src/features/reader/utils/has-content';

function body(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('hasContent', () => {
  it('is false for a body that shows nothing: blank blocks, spaces, zero-width characters, a rule', () => {
    for (const html of ['', '<div>   \n   </div>', '<p>&nbsp;</p><p><br></p>', '<p>\u200b\ufeff\u2060</p>', '<hr>']) {
      expect(hasContent(body(html)), JSON.stringify(html)).toBe(false);
    }
  });

  it('is true for any text or any image', () => {
    expect(hasContent(body('<div><p>字</p></div>'))).toBe(true);
    expect(hasContent(body('<p><img src="https://p3.example/a.png" alt=""></p>'))).toBe(true);
    expect(hasContent(body('<table><tr><td>0</td></tr></table>'))).toBe(true);
  });
});
