import { describe, expect, it } from 'vitest';
import { safeImageUrl, safeLink } from '../../../src/lib/safe-url';
import { unwrapRedirect } from '../../../src/lib/sanitize/redirects';

const app = { origin: 'https://folio.example', base: '/reader/' };

describe('safeLink', () => {
  it.each([
    ['https://a.example/x', { kind: 'external', href: 'https://a.example/x' }],
    ['//a.example/x', { kind: 'external', href: 'https://a.example/x' }],
    ['mailto:a@b.example', { kind: 'mailto', href: 'mailto:a@b.example' }],
    ['#ch-intro', { kind: 'fragment', href: '#ch-intro' }],
    ['https://folio.example/reader/article/a%20b#ch-x', { kind: 'internal', href: '/reader/article/a%20b#ch-x' }],
    ['https://folio.example/elsewhere', null],
    ['#top', null],
    ['/img/a.png', null],
    ['img/a.png', null],
    [' javascript:alert(1)', null],
    ['java\nscript:alert(1)', null],
    ['\u0001javascript:alert(1)', null],
    ['vbscript:msgbox(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
  ])('%j → %j', (raw, expected) => {
    expect(safeLink(raw, app)).toEqual(expected);
  });

  it('unwraps nested wrappers but never to a script URL', () => {
    const inner = encodeURIComponent('https://links.jianshu.com/go?to=' + encodeURIComponent('https://b.example/'));
    expect(unwrapRedirect(new URL(`https://link.zhihu.com/?target=${inner}`)).href).toBe('https://b.example/');
    expect(safeLink('https://link.zhihu.com/?target=javascript%3Aalert(1)')?.href).toBe('https://link.zhihu.com/?target=javascript%3Aalert(1)');
  });
});

describe('safeImageUrl', () => {
  it.each([
    ['https://i.example/a.png', 'https://i.example/a.png'],
    ['//i.example/a.png', 'https://i.example/a.png'],
    ['/img/article/h1_icon.png', null],
    ['javascript:alert(1)', null],
    ['data:image/svg+xml;base64,PHN2Zz4=', null],
    ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    [`data:image/png;base64,${'A'.repeat(70_000)}`, null],
  ])('%j → %j', (raw, expected) => {
    expect(safeImageUrl(raw)).toBe(expected);
  });
});
