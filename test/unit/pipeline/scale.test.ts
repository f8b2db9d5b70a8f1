import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, ListPage, LookupShard } from '../../../src/shared/article-types';
import { lookupShard } from '../../../src/shared/lookup-shard';
import { buildFiles } from '../../../src/pipeline/build-index';
import { PAGE_SIZE } from '../../../src/pipeline/build-lists';
import { buildFile } from '../../../src/pipeline/build-file';
import { collectArticles, collectPacked, createArticleCache } from '../../../src/pipeline/collect';
import { WORKER_THRESHOLD } from '../../../src/pipeline/parse-pool';
import type { PipelineOptions } from '../../../src/pipeline/types';

const COUNT = WORKER_THRESHOLD + 37;
let dir: string;
let options: PipelineOptions;

function source(n: number): string {
  const categories = n % 3 === 0 ? '[技术, 前端]' : n % 3 === 1 ? '[[技术], [读书]]' : '随笔';
  const date = `2021-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')} 08:00:00`;
  return `---\ntitle: 第 ${n} 篇\ndate: ${date}\ncategories: ${categories}\n---\n<h1>章 ${n}</h1><p>正文 ${n}，中文内容。</p>\n`;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'folio-scale-'));
  options = { articlesDir: dir, timeZone: 'Asia/Shanghai', strict: false };
  await Promise.all(Array.from({ length: COUNT }, (_, n) => writeFile(path.join(dir, `a${n}.md`), source(n))));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collecting on worker threads', () => {
  it('builds every file as the main thread would, in file order, and rebuilds one change from the cache', async () => {
    const cache = createArticleCache();
    const result = await collectArticles(options, cache);
    expect(result.articles).toHaveLength(COUNT);
    expect(result.problems).toEqual([]);
    const sample = result.articles[7];
    const direct = await buildFile(options, sample.summary.source);
    expect(sample).toEqual(direct.article);

    await writeFile(path.join(dir, 'a5.md'), source(5).replace('正文 5', '改过的正文'));
    await utimes(path.join(dir, 'a5.md'), new Date(), new Date(Date.now() + 5000));
    const started = performance.now();
    const again = await collectArticles(options, cache);
    // Dev rebuild after one edit: only that file is read again (generous bound for a loaded CI box).
    expect(performance.now() - started).toBeLessThan(1000);
    const edited = again.articles.find((a) => a.summary.source === 'a5.md');
    expect(edited?.html).toContain('改过的正文');
    expect(again.articles.find((a) => a.summary.source === 'a6.md')).toBe(result.articles.find((a) => a.summary.source === 'a6.md'));
  }, 60_000);
});

describe('split index', () => {
  it('pages every list, precomputes counts, and finds every id through its lookup shard', async () => {
    const { articles } = await collectPacked(options, { urlDir: 'assets/articles' }, (article) => article);
    const { index, indexFileName, files, summaries } = buildFiles(articles, 'assets');
    // Every article's JSON is among the files (kept in memory: no writeDir), under its data URL.
    for (const { summary } of articles) expect(JSON.parse(files.get(summary.dataUrl)!).id).toBe(summary.id);
    const read = <T,>(url: string) => JSON.parse(files.get(url)!) as T;
    const pageIds = (urls: string[]) => urls.flatMap((url) => read<ListPage>(url).articles.map((a) => a.id));

    expect(index.total).toBe(COUNT);
    expect(index.firstPage.map((a) => a.id)).toEqual(summaries.slice(0, PAGE_SIZE).map((a) => a.id));
    expect(pageIds(index.pages)).toEqual(summaries.map((a) => a.id));
    // Lists carry what a card shows; chapters, tags and the source file come with the article.
    for (const entry of [...index.firstPage, ...read<ListPage>(index.pages[1]).articles]) {
      expect(Object.keys(entry).filter((key) => ['chapters', 'tags', 'source'].includes(key))).toEqual([]);
    }
    const tech = index.categories.find((node) => node.name === '技术')!;
    const inTech = (a: ArticleSummary) => a.categories.some((p) => p[0] === '技术');
    expect(tech.count).toBe(summaries.filter(inTech).length);
    expect(pageIds(tech.pages!)).toEqual(summaries.filter(inTech).map((a) => a.id));
    expect(pageIds(tech.children.find((n) => n.name === '前端')!.pages!)).toHaveLength(Math.ceil(COUNT / 3));

    for (const summary of summaries) {
      const shard = read<LookupShard>(index.lookup[lookupShard(summary.id, index.lookup.length)]);
      expect(shard.entries).toContainEqual([summary.id, summary.dataUrl]);
    }
    // The entry file grows with the tree and the page count, not with every summary.
    expect(files.get(indexFileName)!.length).toBeLessThan(JSON.stringify(summaries).length / 3);
  }, 60_000);
});
