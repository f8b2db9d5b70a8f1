import { describe, expect, it } from 'vitest';
import { bodyKind, escapeHtml, plainTextToHtml, renderBody } from '../../../src/pipeline/render-body';

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
