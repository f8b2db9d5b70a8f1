import { describe, expect, it } from 'vitest';
import { ArticleError } from '../../../src/pipeline/errors';
import { readFrontMatter } from '../../../src/pipeline/front-matter';

function errorOf(text: string): ArticleError {
  try {
    readFrontMatter(text);
  } catch (error) {
    if (error instanceof ArticleError) return error;
    throw error;
  }
  throw new Error('expected an ArticleError');
}

describe('readFrontMatter', () => {
  it('treats a file without a leading --- as all body', () => {
    const fm = readFrontMatter('# Hi\n---\nnot: yaml\n---\n');
    expect(fm.data.size).toBe(0);
    expect(fm.body).toBe('# Hi\n---\nnot: yaml\n---\n');
    expect(fm.bodyLine).toBe(1);
  });

  it('accepts blank lines and a BOM before the first ---, and CRLF line ends', () => {
    const fm = readFrontMatter('\uFEFF\r\n  \r\n---\r\ntitle: Hi\r\n---\r\nbody\r\nmore');
    expect(fm.data.get('title')).toBe('Hi');
    expect(fm.body).toBe('body\nmore');
    expect(fm.bodyLine).toBe(6);
    expect(fm.lines.get('title')).toBe(4);
  });

  it('reads lone-CR (classic Mac OS) line ends like any others', () => {
    const fm = readFrontMatter('---\rtitle: Old Mac\rtags: [a]\r---\rbody\rmore\r\n');
    expect([fm.data.get('title'), fm.lines.get('tags')]).toEqual(['Old Mac', 3]);
    expect([fm.body, fm.bodyLine]).toEqual(['body\nmore\n', 5]);
  });

  it('reads tab-indented front matter as Hexo does (a leading tab is two spaces)', () => {
    const fm = readFrontMatter('---\ntitle: Tabs\ncategories:\n\t- a\n\t- [b, c]\nmeta:\n\tauthor:\n\t\tname: x\n---\n');
    expect(fm.data.get('categories')).toEqual(['a', ['b', 'c']]);
    expect(fm.data.get('meta')).toEqual({ author: { name: 'x' } });
  });

  it('keeps a title containing --- and only closes on a line of its own', () => {
    const fm = readFrontMatter('---\ntitle: a --- b\n---  \nbody');
    expect(fm.data.get('title')).toBe('a --- b');
    expect(fm.body).toBe('body');
  });

  it('reads list items indented by four spaces and by one space', () => {
    const four = readFrontMatter('---\ncategories:\n    - a\n    - b\n---\n');
    const one = readFrontMatter('---\ncategories: \n - a\n - b\n---\n');
    expect(four.data.get('categories')).toEqual(['a', 'b']);
    expect(one.data.get('categories')).toEqual(['a', 'b']);
  });

  it('keeps empty, missing and unknown keys without failing', () => {
    const fm = readFrontMatter('---\nauthor:\nmood: {happy: true}\n---\n');
    expect(fm.data.get('author')).toBeNull();
    expect(fm.data.has('title')).toBe(false);
    expect(fm.data.get('mood')).toEqual({ happy: true });
  });

  it('accepts an empty front matter', () => {
    expect(readFrontMatter('---\n---\nhi').body).toBe('hi');
  });

  it('keeps the written form of numbers, for titles and ids such as 1.10', () => {
    const fm = readFrontMatter('---\nid: 1.10\ntitle: 2021\nname: x\n---\n');
    expect(fm.data.get('id')).toBe(1.1);
    expect(fm.sources.get('id')).toBe('1.10');
    expect(fm.sources.get('title')).toBe('2021');
    expect(fm.sources.has('name')).toBe(false);
  });

  it('reads YAML 1.2 core: no 1.1 booleans, no timestamps, unknown tags only warn', () => {
    const fm = readFrontMatter('---\na: yes\nb: 2021-01-01\nc: !!binary abc\nd: !custom x\n---\n');
    expect(fm.data.get('a')).toBe('yes');
    expect(fm.data.get('b')).toBe('2021-01-01');
    expect(fm.data.get('c')).toBe('abc');
    expect(fm.warnings.map((w) => w.line)).toEqual([4, 5]);
  });

  it('reports a YAML error at its line in the file (front matter offset added)', () => {
    const error = errorOf('\n\n---\ntitle: ok\ntags: [a, b\n---\nbody');
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/front matter YAML/);
    expect(error.message).not.toMatch(/at line/);
  });

  it('reads a quoted value that goes on over unindented lines as Hexo (js-yaml) does, with a warning', () => {
    // A real feed post: a Mastodon title with line breaks, written by the generator in single quotes.
    const fm = readFrontMatter(`\n---\ntitle: '@003_miss_ "\n\n#推しの画像\n\n"'\ncategories:\n - 社交媒体\nauthor: Mastodon\n---\n<p>x</p>`);
    // js-yaml's reading of the same lines (checked by hand with js-yaml 4).
    expect(fm.data.get('title')).toBe('@003_miss_ "\n#推しの画像\n"');
    expect(fm.data.get('categories')).toEqual(['社交媒体']);
    expect(fm.data.get('author')).toBe('Mastodon');
    expect(fm.lines.get('author')).toBe(10);
    expect(fm.warnings).toEqual([{ line: 3, message: expect.stringMatching(/quoted value goes on over lines that are not indented/) }]);
    // Double quotes with an escaped quote, a single-quoted '' and a list item.
    const more = readFrontMatter(`---\ntitle: "a \\"b\nc\\" d"\nauthor: 'it''s\nme'\ntags:\n- 'x\ny'\n---\n`);
    expect(Object.fromEntries(more.data)).toMatchObject({ title: 'a "b c" d', author: "it's me", tags: ['x y'] });
    expect(more.warnings.map((w) => w.line)).toEqual([2, 4, 7]);
  });

  it('leaves indented quoted lines alone, and still reports a quote that never closes', () => {
    const indented = readFrontMatter(`---\ntitle: 'a\n  b'\n---\n`);
    expect(indented.data.get('title')).toBe('a b');
    expect(indented.warnings).toEqual([]);
    const error = errorOf(`---\ntitle: 'a\nb\nauthor: x\n---\n`);
    expect(error.message).toMatch(/front matter YAML/);
    expect(error.line).toBe(4);
  });

  it('reports duplicate keys, also in nested mappings, at the repeated key', () => {
    expect(errorOf('---\ntitle: a\ntitle: b\n---\n').line).toBe(3);
    const nested = errorOf('---\ntitle: a\nmeta:\n  x: 1\n  y: 2\n  x: 3\n---\n');
    expect([nested.line, nested.message]).toEqual([6, 'front matter YAML: Map keys must be unique; "x" repeats']);
    expect(readFrontMatter('---\na: {x: 1}\nb: {x: 2}\n---\n').data.get('b')).toEqual({ x: 2 });
  });

  it('checks many keys for repeats in linear time (4× the keys costs well under 16× the time)', () => {
    const keys = (count: number) => `---\n${Array.from({ length: count }, (_, i) => `k${i}: v`).join('\n')}\n---\n`;
    const time = (text: string) => {
      const started = performance.now();
      readFrontMatter(text);
      return performance.now() - started;
    };
    time(keys(2_000));
    const small = time(keys(10_000));
    const large = time(keys(40_000));
    expect(large / small).toBeLessThan(10);
  }, 60_000);

  it('reports an unclosed front matter at its opening line', () => {
    const error = errorOf('\n---\ntitle: never closed\n\nbody text');
    expect(error.message).toMatch(/never closed/);
    expect(error.line).toBe(2);
  });

  it('reports front matter that is not a mapping', () => {
    expect(errorOf('---\n- a\n- b\n---\n').message).toMatch(/not a mapping/);
    expect(errorOf('---\njust text\n---\n').message).toMatch(/not a mapping/);
  });

  it('fails fast on alias bombs', () => {
    let yaml = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) yaml += `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const started = performance.now();
    expect(errorOf(`---\n${yaml}---\n`).message).toMatch(/alias/i);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
