import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticles } from '../../../src/pipeline/collect';
import { SearchIndexBuilder, shardCountFor } from '../../../src/pipeline/search-index';
import { docTerms } from '../../../src/pipeline/search-terms';
import type { BuiltArticle } from '../../../src/pipeline/types';
import type { ArticleSummary } from '../../../src/shared/article-types';
import type { SearchDocChunk, SearchManifest, SearchShard } from '../../../src/shared/search-types';
import { categoryTerm, queryGroups, queryTerms, queryWords, termShard, tokenize } from '../../../src/shared/search-tokenize';
import { postingsOf, rank } from '../../../src/features/search/utils/rank';

function article(id: string, title: string, body: string, categories: string[][] = [], author: string | null = null): BuiltArticle {
  const summary: Omit<ArticleSummary, 'dataUrl'> = {
    id, title, author, date: null, categories, tags: [], cover: null, excerpt: '', readingMinutes: 1, chapters: [], source: `${id}.md`,
  };
  return { summary, html: `<p>${body}</p>`, text: body, lead: [body], warnings: [] };
}

/** The index of `list` (doc n = list[n]), its docs added in `order`, as worker threads would. */
function buildSearchFiles(list: readonly BuiltArticle[], order = list.map((_, i) => i)) {
  const builder = new SearchIndexBuilder();
  for (const doc of order) builder.add(doc, docTerms(list[doc].summary, list[doc].text, `assets/articles/${doc}.json`));
  const files = new Map<string, string>();
  return { files, ...builder.build('assets/articles', files, list.length) };
}

function load(files: Map<string, string>, manifestUrl: string) {
  const manifest = JSON.parse(files.get(manifestUrl)!) as SearchManifest;
  const shards = manifest.shards.map((url) => JSON.parse(files.get(url)!) as SearchShard);
  const docs = manifest.docChunks.flatMap((url) => (JSON.parse(files.get(url)!) as SearchDocChunk).docs);
  expect(docs.every((doc) => doc !== null)).toBe(true);
  return { manifest, shards, docs };
}

function search(files: Map<string, string>, manifestUrl: string, query: string, category?: string[]) {
  const { shards, docs } = load(files, manifestUrl);
  const filter = category ? postingsOf(shards, categoryTerm(category)) : null;
  return rank(shards, queryGroups(query), filter).hits.map((hit) => docs[hit.doc]!.id);
}

describe('search tokenizer', () => {
  it('finds words, bigrams and Latin words in Chinese text', () => {
    const tokens = tokenize('云原生的微服务 API 网关');
    // Found means: every term of the query is a token of the text.
    for (const query of ['微服务', '网关', 'API', '原生']) {
      for (const term of queryTerms(query)) expect(tokens).toContain(term);
    }
    expect(tokens).toContain('网关');
    expect(queryTerms('服务器').every((term) => tokens.includes(term))).toBe(false);
    expect(tokens.filter((t) => /^[\u4e00-\u9fff]$/u.test(t))).toEqual([]);
    expect(tokens).not.toContain('的');
    expect(tokenize('的', true)).toContain('的');
  });

  it('splits a query into bigrams and words', () => {
    expect(queryTerms('微服务 API')).toEqual(['微服', '服务', 'api']);
    expect(queryTerms('云')).toEqual(['云']);
    // Grouped by query word, so the ranking can ask for the whole word.
    expect(queryGroups('产品经理，API 云 api')).toEqual([['产品', '品经', '经理'], ['api'], ['云']]);
    expect(queryWords('产品经理，API 云 api')).toEqual(['产品经理', 'api', '云']);
  });

  it('shards terms deterministically', () => {
    expect(termShard('微服务', 97)).toBe(termShard('微服务', 97));
    expect(termShard('abc', 1)).toBe(0);
    const spread = new Set(tokenize('云原生的微服务 API 网关 gateway kubernetes docker').map((t) => termShard(t, 8)));
    expect(spread.size).toBeGreaterThan(2);
    expect(shardCountFor(20_000, 0)).toBe(100);
    expect(shardCountFor(10, 0)).toBe(1);
  });
});

describe('search index', () => {
  const list = [
    article('b-body', '日常笔记', '这里提到了微服务网关的设计'),
    article('a-title', '微服务网关实践', '正文', [['架构', '网关']]),
    article('c-none', 'Cooking', 'nothing relevant here', [['生活']]),
  ];

  it('ranks a title hit above a body hit, and falls back to OR', () => {
    const { files, manifestUrl } = buildSearchFiles(list);
    expect(search(files, manifestUrl, '微服务网关')).toEqual(['a-title', 'b-body']);
    expect(search(files, manifestUrl, 'cooking 微服务')).toHaveLength(3);
    expect(search(files, manifestUrl, 'constructor')).toEqual([]);
  });

  it('ranks a title hit above a body-only hit however often the body repeats it', () => {
    const pair = [article('body', '日常', '他是一名产品经理。'.repeat(20)), article('title', '产品经理手册', '正文')];
    const { files, manifestUrl } = buildSearchFiles(pair);
    expect(search(files, manifestUrl, '产品经理')).toEqual(['title', 'body']);
  });

  it('ranks a whole phrase above its bigrams scattered over the title and body', () => {
    const pair = [
      // 产品 three times, 品经 once (精品经典), 经理 only in the title: no 产品经理 anywhere.
      article('scattered', '销售经理', '我们的产品很多，产品线丰富，推出精品经典系列产品。'),
      article('phrase', '一天', '他是一名产品经理。'),
    ];
    const { files, manifestUrl } = buildSearchFiles(pair);
    expect(search(files, manifestUrl, '产品经理')).toEqual(['phrase', 'scattered']);
    // A category or author naming the phrase still counts above the body.
    const built = buildSearchFiles([...pair, article('meta', 'Notes', '无关', [], '人人都是产品经理')]);
    expect(search(built.files, built.manifestUrl, '产品经理')).toEqual(['meta', 'phrase', 'scattered']);
  });

  it('keeps what a result shows: author, categories, the start of the text, the data URL', () => {
    const { files, manifestUrl } = buildSearchFiles(list);
    const { docs } = load(files, manifestUrl);
    expect(docs[1]).toEqual({
      id: 'a-title', title: '微服务网关实践', author: null, date: null, categories: ['架构 / 网关'], text: '正文', dataUrl: 'assets/articles/1.json',
    });
  });

  it('filters by category and does not depend on the order docs arrive in', () => {
    const one = buildSearchFiles(list);
    const two = buildSearchFiles(list, [2, 0, 1]);
    expect(two.manifestUrl).toBe(one.manifestUrl);
    expect(search(one.files, one.manifestUrl, '微服务', ['架构'])).toEqual(['a-title']);
    expect(search(one.files, one.manifestUrl, '微服务', ['生活'])).toEqual([]);
  });

  it('ranks a title hit first in the fixture folder', async () => {
    const dir = path.resolve('test/fixtures/articles');
    const { articles } = await collectArticles({ articlesDir: dir, timeZone: 'Asia/Shanghai', strict: false });
    const { files, manifestUrl } = buildSearchFiles(articles);
    const { docs, manifest } = load(files, manifestUrl);
    expect(manifest.docCount).toBe(articles.length);
    const target = articles.find((a) => /[\u4e00-\u9fff]{4}/.test(a.summary.title))!;
    const word = target.summary.title.match(/[\u4e00-\u9fff]{4}/)![0];
    const ids = search(files, manifestUrl, word);
    const first = docs.find((d) => d?.id === ids[0])!;
    expect(first.title).toContain(word);
    for (const name of files.keys()) expect(name).toMatch(/^assets\/articles\/(s|d|search)-[\w-]+\.json$/);
  });
});
