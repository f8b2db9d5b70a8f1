import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/pipeline/csp-plugin';
import {
  PRERENDER_BOOT,
  PRERENDER_CSS,
  PRERENDER_SCRIPT_HASH,
  PRERENDER_SETTINGS,
  PRERENDER_SETTINGS_HASH,
  PRERENDER_STYLE_HASH,
  prerenderPath,
  renderArticlePage,
} from '../../../src/pipeline/prerender';
import { normalizeHtml } from '../../../src/pipeline/normalize-html';

const SHELL = `<!doctype html><html><head><meta name="description" content="Folio" />
<title>Folio</title><script type="module" crossorigin src="/assets/index-y.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-z.js">
<link rel="stylesheet" crossorigin href="/assets/index-x.css"></head>
<body><div id="root"></div></body></html>`;

const summary = { title: 'T', excerpt: 'E', author: null, date: '2021-10-03T04:00:00.000Z' };

describe('prerendered article pages', () => {
  it('puts the title and lead in #root as escaped text, and defers the stylesheets', () => {
    const page = renderArticlePage(SHELL, summary, ['第一段', '第二段']);
    expect(page).toContain('<div id="root" data-prerendered=""><main class="prerender"><article><h1>T</h1>');
    expect(page).toContain('<p>第一段</p><p>第二段</p>');
    expect(page).toContain('<title>T · Folio</title>');
    expect(page).toContain('<meta name="description" content="E" />');
    // The stylesheets are named for the app to link after the first paint, not linked.
    expect(page).not.toContain('rel="stylesheet"');
    expect(page).toContain('<meta name="folio-styles" content="/assets/index-x.css" />');
    expect(page).toContain(`<style>${PRERENDER_CSS}</style>`);
    // The saved display settings go on <html> before the body paints: a classic script ahead of the style.
    expect(page.indexOf(`<script>${PRERENDER_SETTINGS}</script>`)).toBeGreaterThan(-1);
    expect(page.indexOf(`<script>${PRERENDER_SETTINGS}</script>`)).toBeLessThan(page.indexOf('<body>'));
    // The app loads after the first paint: no preloads, the entry named in a meta tag for the boot script.
    expect(page).not.toContain('modulepreload');
    expect(page).toContain('<meta name="folio-entry" content="/assets/index-y.js" />');
    expect(page).toContain(`<script type="module">${PRERENDER_BOOT}</script>`);
    // Those two are the page's only scripts: the shell's module script became the boot script.
    expect(page.match(/<script/g)).toHaveLength(2);
  });

  it('names the data to preload for the boot script, escaped, and preloads nothing before the first paint', () => {
    const page = renderArticlePage(SHELL, summary, ['x'], ['/assets/articles/index-a.json', '/r"&/b.json']);
    expect(page).toContain('<meta name="folio-preload" content="/assets/articles/index-a.json /r&quot;&amp;/b.json" />');
    expect(page).not.toContain('rel="preload"');
    expect(renderArticlePage(SHELL, summary, ['x'])).not.toContain('<meta name="folio-preload"');
  });

  it('never lets article text become markup', () => {
    const hostile = '</title><script>alert(1)</script><img src=x onerror=alert(2)> "\' &amp; $&';
    const page = renderArticlePage(SHELL, { ...summary, title: hostile, excerpt: hostile, author: hostile }, [hostile]);
    expect(page).not.toMatch(/<script>alert|<img src=x/);
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).toContain(`<script type="module">${PRERENDER_BOOT}</script>`);
    expect(page).toContain(`<script>${PRERENDER_SETTINGS}</script>`);
    // `$&` in a replacement would paste the matched text: the title must come out as written.
    expect(page).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;&#39; &amp;amp; $&amp;');
  });

  it('writes pages only for ids that are safe file paths', () => {
    expect(prerenderPath('guide/en/intro')).toBe('article/guide/en/intro.html');
    expect(prerenderPath('二次元/Animen 动漫平台/a?b#c')).toBe('article/二次元/Animen 动漫平台/a?b#c.html');
    for (const id of ['../../etc/passwd', 'a/../b', './a', 'a//b', '', 'a\\b', 'a\0b', 'page.html', 'x'.repeat(201)]) {
      expect(prerenderPath(id)).toBeNull();
    }
  });

  it('allows exactly the inlined stylesheet and boot script in the CSP, built and in the hosting files', () => {
    for (const text of [CONTENT_SECURITY_POLICY, ...['public/_headers', 'docs/hosting/nginx.conf'].map((f) => readFileSync(f, 'utf8'))]) {
      expect(text).toContain(`style-src 'self' ${PRERENDER_STYLE_HASH};`);
      expect(text).toContain(`script-src 'self' ${PRERENDER_SCRIPT_HASH} ${PRERENDER_SETTINGS_HASH};`);
    }
  });

  it('takes the lead from the first blocks of the body, about a screen of text', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>第${i}段${'字'.repeat(60)}</p>`).join('<img src="https://x/y.png">');
    const { lead, text } = normalizeHtml(`<h2>标题</h2>${paragraphs}`);
    expect(lead[0]).toBe('标题');
    expect(lead[1]).toBe(`第0段${'字'.repeat(60)}`);
    const chars = lead.join('').length;
    expect(chars).toBeGreaterThan(500);
    expect(chars).toBeLessThan(700);
    expect(text.startsWith('标题 第0段')).toBe(true);
  });
});
