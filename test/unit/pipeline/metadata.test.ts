import { describe, expect, it } from 'vitest';
import { WarningSink } from '../../../src/pipeline/errors';
import { readFrontMatter } from '../../../src/pipeline/front-matter';
import { readMetadata } from '../../../src/pipeline/metadata';

function meta(yaml: string, timeZone = 'Asia/Shanghai') {
  const sink = new WarningSink('post.md');
  const metadata = readMetadata(readFrontMatter(`---\n${yaml}\n---\n`), timeZone, sink);
  return { ...metadata, warnings: sink.problems };
}

describe('readMetadata', () => {
  it('trims titles and treats a blank title as missing', () => {
    expect(meta("title: '  Hello\n  world '").title).toBe('Hello world');
    expect(meta("title: ' '").title).toBeNull();
    expect(meta('title:').title).toBeNull();
  });

  it('keeps HTML in a title as literal text', () => {
    expect(meta("title: '<b>Bold</b> &amp; co'").title).toBe('<b>Bold</b> &amp; co');
  });

  it('coerces numbers to their written text and ignores lists and maps with a warning', () => {
    expect(meta('title: 1.10').title).toBe('1.10');
    const list = meta('title: [a, b]\nauthor: {name: x}');
    expect(list.title).toBeNull();
    expect(list.author).toBeNull();
    expect(list.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'title: expected text, ignored'],
      [3, 'author: expected text, ignored'],
    ]);
  });

  it('takes the id from id, then slug, as text', () => {
    expect(meta('id: my-post\nslug: other').id).toBe('my-post');
    expect(meta('slug: folder/post').id).toBe('folder/post');
    expect(meta('id: 0012').id).toBe('0012');
    expect(meta('title: x').id).toBeNull();
  });

  it('refuses ids whose URL levels would be empty, . or ..', () => {
    for (const id of ['../../etc', 'a//b', '/abs', 'a/.']) {
      const result = meta(`id: '${id}'`);
      expect(result.id, id).toBeNull();
      expect(result.warnings[0].message).toMatch(/file path is used/);
    }
  });

  it('parses the date and warns with the line when it cannot', () => {
    expect(meta('date: 2021-04-17 08:08:06').date).toBe('2021-04-17T00:08:06.000Z');
    const bad = meta('title: x\ndate: Invalid Date');
    expect(bad.date).toBeNull();
    expect(bad.warnings).toEqual([
      expect.objectContaining({ file: 'post.md', line: 3, message: expect.stringMatching(/Invalid Date.*undated/) }),
    ]);
  });

  it("reads Hexo's updated date like the date; one that cannot be read is ignored with a warning", () => {
    expect(meta('date: 2024-01-02 08:00:00\nupdated: 2024-03-04 08:00:00').updated).toBe('2024-03-04T00:00:00.000Z');
    expect(meta('date: 2024-01-02 08:00:00').updated).toBeNull();
    const bad = meta('date: 2024-01-02 08:00:00\nupdated: Invalid Date');
    expect(bad.date).toBe('2024-01-02T00:00:00.000Z');
    expect(bad.updated).toBeNull();
    expect(bad.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, 'updated: "Invalid Date" is not an RFC 2822, ISO 8601 or YYYY-MM-DD HH:mm:ss date; ignored'],
    ]);
  });

  it('does not warn about a missing or empty date', () => {
    expect(meta('date:').warnings).toEqual([]);
    expect(meta("date: ''").warnings).toEqual([]);
  });

  it('picks the cover from headimg, thumbnail, cover; // becomes https', () => {
    expect(meta("headimg: ''\nthumbnail: '//cdn.example.com/t.png'").cover).toBe('https://cdn.example.com/t.png');
    expect(meta('cover: https://x.example.com/c.jpg').cover).toBe('https://x.example.com/c.jpg');
    const relative = meta("headimg: '/img/a.png'");
    expect(relative.cover).toBeNull();
    expect(relative.warnings).toHaveLength(1);
    expect(meta("headimg: 'javascript:alert(1)'").cover).toBeNull();
  });

  it('reads author, description, categories and tags', () => {
    const result = meta('author: 鸟哥笔记\ndescription: Short.\ncategories: \n - a\n - b\ntags: t');
    expect(result).toMatchObject({ author: '鸟哥笔记', description: 'Short.', categories: [['a', 'b']], tags: ['t'] });
  });

  it('drops control characters and bidi overrides from titles and names, keeping the text', () => {
    // A right-to-left override left open would reverse what follows it on the line.
    const result = meta('title: "report\\u202Egnp.exe"\nauthor: "A\\u0000B\\u001b[31m"\ncategories: ["\\u2066新媒体\\u2069", "\\u202E"]\ntags: "t\\u0085ag"');
    expect(result).toMatchObject({ title: 'reportgnp.exe', author: 'AB[31m', categories: [['新媒体']], tags: ['tag'] });
    expect(meta('title: "\\u0000\\u202E"').title).toBeNull();
    // Direction marks have no scope and are kept; so are joiners inside emoji.
    expect(meta('title: "a\\u200Fb \\U0001F469\\u200D\\U0001F4BB"').title).toBe('a\u200fb \u{1f469}\u200d\u{1f4bb}');
  });
});
