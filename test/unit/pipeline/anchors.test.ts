import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from '../../../src/pipeline/anchors';
import { normalizeHtml } from '../../../src/pipeline/normalize-html';

/** Every id and name attribute value in the HTML. */
function idsOf(html: string): string[] {
  return [...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => m[1]);
}

describe('slugify', () => {
  it('keeps only Latin letters and digits, lower-cased, other runs as -', () => {
    expect(slugify('Hello, World!')).toBe('hello-world');
    expect(slugify('01 互联网互不联网往事')).toBe('01');
    expect(slugify('GitOps如何发挥作用')).toBe('gitops');
    expect(slugify('--a--b--')).toBe('a-b');
  });

  it('folds accents and full-width letters to ASCII', () => {
    expect(slugify('Ünïcode Ｆｕｌｌ ﬁne')).toBe('unicode-full-fine');
  });

  it('returns empty when there is no Latin letter or digit', () => {
    expect(slugify('第一章：起因')).toBe('');
    expect(slugify('—')).toBe('');
  });

  it('caps the slug at 48 characters without a trailing -', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(48);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('IdAllocator', () => {
  it('de-duplicates with -2, -3 and skips ids already taken', () => {
    const ids = new IdAllocator();
    expect(['ch-a', 'ch-a-2', 'ch-a', 'ch-a', 'ch-b'].map((b) => ids.take(b))).toEqual([
      'ch-a', 'ch-a-2', 'ch-a-3', 'ch-a-4', 'ch-b',
    ]);
  });
});

describe('ids in the body', () => {
  it('never produces app or document property names raw', () => {
    const html = normalizeHtml(
      '<h1>Title</h1><h1>Forms</h1><h1>Cookie</h1><h1>Root</h1><h1>body</h1>' +
        '<p id="root">x</p><a name="title">t</a><div id="cookie"></div><img name="forms" src="https://e.com/a.png">',
    ).html;
    const ids = idsOf(html);
    expect(ids).toHaveLength(9);
    for (const raw of ['title', 'forms', 'cookie', 'root', 'body', 'images', 'domain']) expect(ids).not.toContain(raw);
    for (const id of ids) expect(id).toMatch(/^(?:ch|u)-[\x21-\x7e\u00a0-\uffff]+$/);
  });

  it('prefixes every other id and name with u- and re-points links', () => {
    const { html } = normalizeHtml(
      '<a href="#note">n</a><a href="#">top</a><p id="note" name="n">x</p><label for="f">l</label><input id="f" aria-describedby="note f">',
    );
    expect(html).toContain('<a href="#u-note">');
    expect(html).toContain('<a href="#">');
    expect(html).toContain('<p id="u-note" name="u-n">');
    expect(html).toContain('for="u-f"');
    expect(html).toContain('aria-describedby="u-note u-f"');
  });

  it('points links at a heading to its new chapter id, also when percent-encoded', () => {
    const { html, chapters } = normalizeHtml('<a href="#intro">i</a><a href="#%E7%AC%AC">d</a><h1 id="intro">Intro</h1><h1 id="第">第二</h1>');
    expect(chapters.map((c) => c.id)).toEqual(['ch-intro', 'ch-2']);
    expect(html).toContain('<a href="#ch-intro">');
    expect(html).toContain('<a href="#ch-2">');
  });

  it("points a Markdown-style link to a heading's slug at that heading", () => {
    expect(normalizeHtml('<a href="#setup">s</a><h2>Setup</h2>').html).toContain('href="#ch-setup"');
  });

  it('drops empty ids', () => {
    expect(normalizeHtml('<p id="">x</p>').html).toBe('<p>x</p>');
  });
});
