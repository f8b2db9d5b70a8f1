import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { synthesizeCorpus, type SynthFile } from '../../../scripts/bench/synth-corpus';
import { parseSource, type SourceArticle } from '../../../scripts/bench/synth-source';

// Tiny made-up sources in the real format; the real corpus stays outside the repo.
const SOURCE_TEXTS = [
  "\n---\ntitle: '第一篇：云原生网关'\ncategories: \n - 编程\n - 开源中国\n - 资讯\nheadimg: 'https://example.com/a.png'\nauthor: 开源中国\ncomments: false\ndate: Sun, 03 Oct 2021 07:55:00 GMT\nthumbnail: 'https://example.com/a.png'\n---\n\n<div><p>网关发布新版本，支持更多插件。</p></div>\n",
  "\n---\ntitle: 'It''s 周报'\ncategories: \n    - 新媒体\n    - 36kr\n    - 快讯\n\nauthor: 36kr\ncomments: false\ndate: Invalid Date\nthumbnail: ''\n---\n\n<p>快讯正文 Hello world。</p>\n",
  '\uFEFF\n---\ntitle: 番剧\ncategories: 二次元\n---\nplain text body\n',
];
const sources = SOURCE_TEXTS.map((text) => parseSource(text)!);

function frontMatterOf(file: SynthFile): Record<string, unknown> {
  const match = /^\n---\n([\s\S]*?)\n---\n/.exec(file.text);
  expect(match, file.path).not.toBeNull();
  return parseYaml(match![1]) as Record<string, unknown>;
}

const make = (count: number, seed = 'test', from: SourceArticle[] = sources) => [...synthesizeCorpus(from, { count, seed })];

describe('parseSource', () => {
  it('reads title, category path, images and body after a leading blank line or BOM', () => {
    expect(sources[0]).toMatchObject({ title: '第一篇：云原生网关', categories: ['编程', '开源中国', '资讯'] });
    expect(sources[0].images).toEqual(['https://example.com/a.png']);
    expect(sources[0].body).toContain('<p>网关发布新版本');
    expect(sources[1]).toMatchObject({ title: "It's 周报", categories: ['新媒体', '36kr', '快讯'], images: [] });
    expect(sources[2]).toMatchObject({ title: '番剧', categories: ['二次元'], body: 'plain text body\n' });
  });

  it('rejects front matter that is not a mapping', () => {
    expect(parseSource('\n---\n- a list\n---\nbody')).toBeNull();
  });
});

describe('synthesizeCorpus', () => {
  it('makes exactly the requested number of files, with distinct ids and titles', () => {
    const files = make(3000);
    expect(files).toHaveLength(3000);
    const ids = files.map((f) => f.path.replace(/\.md$/, ''));
    expect(new Set(ids).size).toBe(3000);
    expect(new Set(files.map((f) => frontMatterOf(f).title)).size).toBe(3000);
    expect(make(0)).toEqual([]);
  });

  it('writes the real format: nested <top>/<site>/<feed>/<title>-<n>.md and the known keys', () => {
    for (const [i, file] of make(200).entries()) {
      expect(file.path).toMatch(new RegExp(`^[^/.]+/[^/.]+/[^/.]+/[^/]+-${i + 1}\\.md$`));
      const data = frontMatterOf(file);
      expect(data.categories).toEqual(file.path.split('/').slice(0, 3));
      expect(data.author).toBe((data.categories as string[])[1]);
      expect(data.comments).toBe(false);
      expect(typeof data.thumbnail).toBe('string');
      expect(file.text).toMatch(/\n---\n\n<p>[^<]+。<\/p>\n/);
    }
  });

  it('spreads dates over years in both real formats, with some Invalid Date', () => {
    const dates = make(2000).map((f) => String(frontMatterOf(f).date));
    const invalid = dates.filter((d) => d === 'Invalid Date').length;
    const hexo = dates.filter((d) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(d)).length;
    const rfc = dates.filter((d) => /^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/.test(d)).length;
    expect(invalid + hexo + rfc).toBe(dates.length);
    expect(invalid).toBeGreaterThan(20);
    expect(hexo).toBeGreaterThan(100);
    const years = new Set(dates.filter((d) => d !== 'Invalid Date').map((d) => new Date(d).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(5);
  });

  it('has hundreds of categories with a long tail', () => {
    const files = make(20_000);
    const perFeed = new Map<string, number>();
    const perTop = new Map<string, number>();
    for (const file of files) {
      const [top, site, feed] = file.path.split('/');
      perFeed.set(`${top}/${site}/${feed}`, (perFeed.get(`${top}/${site}/${feed}`) ?? 0) + 1);
      perTop.set(top, (perTop.get(top) ?? 0) + 1);
    }
    const counts = [...perFeed.values()].sort((a, b) => b - a);
    expect(perTop.size).toBe(7);
    expect(counts.length).toBeGreaterThan(300);
    const headShare = counts.slice(0, Math.ceil(counts.length / 10)).reduce((a, b) => a + b, 0) / files.length;
    expect(headShare).toBeGreaterThan(0.4); // the top tenth of the feeds holds a large share
    expect(counts.filter((c) => c <= 5).length).toBeGreaterThan(counts.length / 10); // and many are tiny
    const tops = [...perTop.values()].sort((a, b) => b - a);
    expect(tops[0]).toBeGreaterThan(3 * tops[6]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(make(500, 'a')).toEqual(make(500, 'a'));
    expect(make(500, 'b').map((f) => f.path)).not.toEqual(make(500, 'a').map((f) => f.path));
  });

  it('keeps the source bodies and gives each file its own lead paragraph', () => {
    const files = make(300);
    expect(files.every((f) => sources.some((s) => f.text.endsWith(s.body.replace(/^\n+/, ''))))).toBe(true);
    expect(new Set(files.map((f) => /<p>([^<]+)<\/p>/.exec(f.text)![1])).size).toBeGreaterThan(290);
  });

  it('needs at least one source', () => {
    expect(() => make(1, 'x', [])).toThrow(/no source/);
  });
});
