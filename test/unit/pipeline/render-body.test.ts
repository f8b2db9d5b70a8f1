import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline/build-article';
import { bodyKind, escapeHtml, markdownBudgetMs, plainTextToHtml, renderBody, renderMarkdown } from '../../../src/pipeline/render-body';

describe('bodyKind', () => {
  it('reads a body starting with a tag or comment as HTML, whatever the extension', () => {
    for (const ext of ['.md', '.markdown', '.txt', '.MD']) {
      expect(bodyKind('\n\n<div>   \n                        <p>x</p></div>', ext)).toBe('html');
      expect(bodyKind('  <!-- note --> text', ext)).toBe('html');
    }
  });

  it('reads .html and .htm as HTML always', () => {
    expect(bodyKind('# not markdown', '.html')).toBe('html');
    expect(bodyKind('plain', '.HTM')).toBe('html');
  });

  it('reads block-level tags on their own lines as HTML when no Markdown syntax is present', () => {
    expect(bodyKind('Intro line\n<p>para</p>\n<h2>x</h2>', '.txt')).toBe('html');
    expect(bodyKind('Intro line\n<p>para</p>\n\n## Heading', '.md')).toBe('markdown');
  });

  it('does not mistake autolinks or inline tags for HTML', () => {
    expect(bodyKind('<https://example.com> is a link', '.md')).toBe('markdown');
    expect(bodyKind('a <b>bold</b> word', '.md')).toBe('markdown');
    expect(bodyKind('a <b>bold</b> word', '.txt')).toBe('text');
  });

  it('falls back to Markdown for .md/.markdown and plain text otherwise', () => {
    expect(bodyKind('# Title', '.markdown')).toBe('markdown');
    expect(bodyKind('# Title', '.txt')).toBe('text');
    expect(bodyKind('', '.md')).toBe('markdown');
  });
});

describe('renderBody', () => {
  it('keeps indented HTML as HTML instead of Markdown code blocks', () => {
    const body = '<div>\n\n                        <p>deep</p>\n</div>';
    const { kind, html } = renderBody(body, '.md');
    expect(kind).toBe('html');
    expect(html).not.toContain('<pre>');
  });

  it('renders Markdown with GFM and lets raw HTML through', () => {
    const { html } = renderBody('# T\n\n| a |\n| - |\n| 1 |\n\n~~gone~~ <kbd>K</kbd>\nnext', '.md');
    expect(html).toContain('<h1>T</h1>');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<kbd>K</kbd><br>next');
  });

  it('renders plain text as escaped paragraphs with line breaks', () => {
    expect(renderBody('a < b & c\nline 2\n\n\n  \nnext', '.txt').html).toBe(
      '<p>a &#60; b &#38; c<br>line 2</p>\n<p>next</p>',
    );
  });

  it("keeps the lines of text alone in the feed generator's <div>, as written", () => {
    const body = '<div>   \nイベント 舞台 11/5 17:00\n開催場所 明治座\n開場 2021-11-05 16:00\n\nA &amp; B &gt; C  \n</div>\n            ';
    expect(renderBody(body, '.md')).toEqual({
      kind: 'html',
      html: '<div><p>イベント 舞台 11/5 17:00<br>開催場所 明治座<br>開場 2021-11-05 16:00</p>\n<p>A &amp; B &gt; C</p></div>',
    });
  });

  it('leaves a one-line text, and any <div> holding a tag or attributes, as they are', () => {
    for (const body of [
      '<div>   \n10月份，中国制造业采购经理指数为49.2%。  \n</div>',
      '<div>\nfirst line\n<b>bold</b>\nlast line\n</div>',
      '<div class="x">\nfirst line\nsecond line\n</div>',
      '<div>\nfirst line\n</div>\n<div>\nsecond\nthird\n</div>',
    ]) {
      expect(renderBody(body, '.md').html).toBe(body);
    }
  });

  it('accepts an empty body', () => {
    expect(renderBody('', '.txt').html).toBe('');
    expect(renderBody('', '.md').html).toBe('');
    expect(plainTextToHtml('\n\n  \n')).toBe('');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

// Inputs marked renders in quadratic time or worse (each measured 8 to 15 s at 40 KB, unguarded).
const PATHOLOGICAL: Record<string, string> = {
  'emphasis in links': '[*a'.repeat(14_000),
  'ever deeper list items': Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i * 2)}- a`).join('\n'),
  'underscores': '_a'.repeat(41_000),
};

describe('a Markdown time budget', () => {
  it.each(Object.entries(PATHOLOGICAL))('stops rendering %s once its budget is spent', (_name, body) => {
    const started = performance.now();
    expect(renderMarkdown(body, 200)).toBeNull();
    // The budget, plus at most one step of marked's (each scans the rest of its block).
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('leaves Markdown within its budget as it was', () => {
    const body = '# T\n\nSome *emphasis* and [a link](https://example.com).\n\n- one\n  - two\n';
    expect(renderMarkdown(body)).toBe(renderMarkdown(body, Infinity));
    expect(renderMarkdown(body)).toContain('<em>emphasis</em>');
  });

  it('grows with the body: 3 s, plus 2 ms per KB', () => {
    expect(markdownBudgetMs(0)).toBe(3_000);
    expect(markdownBudgetMs(1024 * 1024)).toBe(5_048);
  });

  it('shows a body past its budget as plain text, every character kept, and the build says why', () => {
    const body = PATHOLOGICAL['emphasis in links'];
    const started = performance.now();
    const built = buildArticle('slow.md', `---\ntitle: Slow\n---\n${body}\n`, { timeZone: 'UTC' });
    expect(performance.now() - started).toBeLessThan(markdownBudgetMs(body.length) + 2_000);
    expect(built.text).toContain(body);
    expect(built.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'slow.md', line: 4, message: expect.stringMatching(/took over 3 s to render.*plain text/) }),
    ]);
  });
});
