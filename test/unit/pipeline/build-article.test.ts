import { describe, expect, it } from 'vitest';
import { buildArticle, extensionOf, idFromPath } from '../../../src/pipeline/build-article';
import { ArticleError } from '../../../src/pipeline/errors';

const OPTIONS = { timeZone: 'Asia/Shanghai' };
const build = (relPath: string, text: string) => buildArticle(relPath, text, OPTIONS);

function failure(relPath: string, text: string): ArticleError {
  try {
    build(relPath, text);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('ids', () => {
  it('come from the path without extension, / between folders', () => {
    expect(idFromPath('a/b/c.md')).toBe('a/b/c');
    expect(idFromPath('post.v2.HTML')).toBe('post.v2');
    expect(idFromPath(' .md')).toBe(' ');
    expect(build('notes/2021/x.md', 'hi').summary.id).toBe('notes/2021/x');
  });

  it('keep the extension when the name would otherwise be empty, . or ..', () => {
    expect(idFromPath('.md')).toBe('.md');
    expect(idFromPath('a/..md')).toBe('a/..md');
  });

  it('turn line breaks in a file name into spaces, so the article can be opened', () => {
    expect(idFromPath('names/new\nline\r\u2028x.md')).toBe('names/new line  x');
  });

  it('come from front matter id or slug first', () => {
    expect(build('a.md', '---\nslug: nice\n---\n').summary.id).toBe('nice');
    expect(build('a.md', '---\nid: 7\nslug: nice\n---\n').summary.id).toBe('7');
  });

  it('lower-case the extension check', () => {
    expect(extensionOf('A.MarkDown')).toBe('.markdown');
    expect(extensionOf('noext')).toBe('');
  });
});

describe('titles', () => {
  it('fall back from a blank title to the first heading', () => {
    expect(build('a.md', "---\ntitle: ' '\n---\n<p>x</p><h2> Real  title </h2>").summary.title).toBe('Real title');
  });

  it('then to the start of the text', () => {
    const text = `---\ntitle: ''\n---\n${'字'.repeat(100)}`;
    expect(build('a.txt', text).summary.title).toBe(`${'字'.repeat(60)}…`);
  });

  it('then to the file name', () => {
    expect(build('dir/My note.md', '').summary.title).toBe('My note');
    expect(build(' .md', '').summary.title).toBe('.md');
  });

  it('treat text of only zero-width characters as blank: no invisible title, no invisible chapter', () => {
    const invisible = '\u200b\u200d\u2060\u202e\u00ad';
    const { summary } = build('z.html', `---\ntitle: "${invisible}"\n---\n<h1>&#8203;</h1><h1>${invisible}</h1><p>Seen text</p>`);
    // From the body text, which starts with the headings' invisible characters.
    expect(summary.title).toMatch(/^[^a-z]* Seen text$/i);
    expect(summary.chapters).toEqual([]);
    expect(build('dir/blank.html', '<title>\u200b</title><p>\u200b\u200b</p>').summary.title).toBe('blank');
    // Visible text around them is kept as written.
    expect(build('v.html', '<h1>\u200bIntro</h1>').summary.chapters.map((c) => c.title)).toEqual(['\u200bIntro']);
  });
});

describe('limits on hostile front matter', () => {
  it('cut a title past 500 characters, from front matter or the body, with a warning naming the line', () => {
    const long = '长'.repeat(100_000);
    const built = build('t.md', `---\nauthor: a\ntitle: ${long}\n---\ntext`);
    expect(built.summary.title).toBe(`${'长'.repeat(500)}…`);
    expect(built.warnings).toEqual([expect.objectContaining({ line: 3, message: 'title: 100000 characters, cut to 500' })]);
    expect(build('h.html', `<h1>${long}</h1>`).summary.title).toHaveLength(501);
    // A title of 500 is kept whole, with no warning.
    expect(build('ok.md', `---\ntitle: ${'长'.repeat(500)}\n---\n`).warnings).toEqual([]);
  });

  it('cut an author past 200 characters, and keep at most 64 category paths', () => {
    const cats = Array.from({ length: 1_000 }, (_, i) => `  - [c${i}]`).join('\n');
    const built = build('c.md', `---\nauthor: ${'a'.repeat(5_000)}\ncategories:\n${cats}\n---\ntext`);
    expect(built.summary.author).toBe(`${'a'.repeat(200)}…`);
    expect(built.summary.categories).toHaveLength(64);
    expect(built.summary.categories[63]).toEqual(['c63']);
    expect(built.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'author: a name of 5000 characters was cut to 200'],
      [3, 'categories: 1000 category paths; the first 64 are kept'],
    ]);
  });
});

describe('buildArticle', () => {
  it('fills the summary', () => {
    const { summary, warnings } = build(
      'x/post.md',
      '---\ntitle: T\nauthor: A\ndate: 2021-04-17 08:08:06\nupdated: 2021-05-01 09:00:00\ntags: [t]\ncategories: [a, b]\nheadimg: //c.com/i.png\n---\n# One\n\nBody words here.',
    );
    expect(summary).toEqual({
      id: 'x/post',
      title: 'T',
      author: 'A',
      date: '2021-04-17T00:08:06.000Z',
      updated: '2021-05-01T01:00:00.000Z',
      categories: [['a', 'b']],
      tags: ['t'],
      cover: 'https://c.com/i.png',
      excerpt: 'One Body words here.',
      readingMinutes: 1,
      chapters: [{ id: 'ch-one', title: 'One', level: 1 }],
      source: 'x/post.md',
    });
    expect(warnings).toEqual([]);
  });

  it('uses the first body image as cover and the description as excerpt', () => {
    const { summary } = build('p.html', '---\ndescription: Short.\n---\n<p>t</p><img src="//i.com/a.jpg">');
    expect(summary.cover).toBe('https://i.com/a.jpg');
    expect(summary.excerpt).toBe('Short.');
  });

  it('keeps an undated article with a warning naming file and line', () => {
    const { summary, warnings } = build('old.md', '\n---\ntitle: t\ndate: Invalid Date\n---\n');
    expect(summary.date).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ severity: 'warning', file: 'old.md', line: 4 })]);
  });

  it('names a file nested too deep for the Markdown parser in one log line', () => {
    const error = failure('deep.md', `${'>'.repeat(20_000)} quote`);
    expect([error.file, error.message]).toEqual(['deep.md', 'cannot be built: Maximum call stack size exceeded']);
  });

  it('throws an ArticleError naming the file and line for bad front matter', () => {
    const error = failure('dir/bad.md', '\n---\ntitle: [unclosed\n---\nbody');
    expect(error.file).toBe('dir/bad.md');
    expect(error.line).toBe(3);
    expect(failure('open.txt', '---\ntitle: x\n').file).toBe('open.txt');
  });

  it('reads HTML in a .md file as HTML and Markdown as Markdown', () => {
    // Indentation is not a Markdown code block here; whitespace between tags shrinks to one newline.
    expect(build('a.md', '\n<div>\n\n                        <p>x</p></div>').html).toBe('\n<div>\n<p>x</p></div>');
    expect(build('b.md', '*x*').html).toBe('<p><em>x</em></p>\n');
    expect(build('c.txt', '*x*\ny').html).toBe('<p>*x*<br>y</p>');
  });

  it('does not read the file system (pure over a string)', () => {
    expect(build('does/not/exist.md', 'ok').summary.source).toBe('does/not/exist.md');
  });
});
