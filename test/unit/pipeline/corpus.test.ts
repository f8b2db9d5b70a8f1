import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectArticles } from '../../../src/pipeline/collect';
import type { BuiltArticle, CollectResult } from '../../../src/pipeline/types';

// The real articles stay outside the repo; point CORPUS_DIR at them (e.g. /work/shared/corpus/posts).
const CORPUS_DIR = process.env.CORPUS_DIR;

/** Chapter titles by the CONTRACTS rule, computed straight from the source file with parse5. */
function expectedChapterTitles(file: string): string[] {
  const body = readFileSync(file, 'utf8').split(/^---\s*$/m).slice(2).join('---');
  const headings: { level: number; text: string; bodyText: boolean }[] = [];
  const visit = (node: T.Node): void => {
    if ('tagName' in node && /^h[1-6]$/.test(node.tagName)) {
      const label = node.attrs.find((a) => a.name === 'label')?.value.trim();
      headings.push({ level: Number(node.tagName[1]), text: textOf(node), bodyText: label === '正文' });
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(body));
  const eligible = headings.filter((h) => h.text !== '' && !h.bodyText);
  const level = Math.min(...eligible.map((h) => h.level));
  return eligible.filter((h) => h.level === level).map((h) => h.text);
}

function textOf(node: T.Node): string {
  const parts: string[] = [];
  const visit = (n: T.Node): void => {
    if (n.nodeName === '#text' && 'value' in n) parts.push(n.value);
    if ('tagName' in n && n.tagName === 'br') parts.push(' ');
    if ('childNodes' in n) n.childNodes.forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

describe.skipIf(!CORPUS_DIR)('the real corpus (CORPUS_DIR)', { timeout: 60_000 }, () => {
  const dir = CORPUS_DIR ?? '';
  let files: string[] = [];
  let result: CollectResult = { articles: [], problems: [] };
  let bySource = new Map<string, BuiltArticle>();

  beforeAll(async () => {
    files = readdirSync(dir).filter((name) => /\.(md|markdown|html?|txt)$/i.test(name));
    result = await collectArticles({ articlesDir: dir, timeZone: 'Asia/Shanghai', strict: true });
    bySource = new Map(result.articles.map((a) => [a.summary.source, a]));
  }, 60_000);

  it('builds every file: none skipped, none failing', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect([...bySource.keys()].sort()).toEqual([...files].sort());
  });

  it('only warns about unreadable dates, naming file and line', () => {
    for (const problem of result.problems) expect(problem.message).toMatch(/^date: "Invalid Date"/);
    for (const problem of result.problems) expect(bySource.get(problem.file)?.summary.date).toBeNull();
  });

  it('gives every file the chapters the CONTRACTS rule names', () => {
    for (const name of files) {
      const titles = bySource.get(name)?.summary.chapters.map((c) => c.title);
      expect(titles, name).toEqual(expectedChapterTitles(path.join(dir, name)));
    }
  });

  it('follows the rule on the known cases', () => {
    const chapters = (name: string) => bySource.get(name)?.summary.chapters ?? [];
    const layering = chapters('10个维度，4种手段，帮你搞定用户分层.md');
    expect(layering.map((c) => c.level)).toEqual([1, 1, 1, 1]);
    expect(bySource.get('10个维度，4种手段，帮你搞定用户分层.md')?.html).toMatch(/<h2 label="正文"[^>]* id="ch-/);
    expect(chapters('00后断供大厂.md').map((c) => c.level)).toEqual([2, 2, 2, 2]);
    expect(chapters('Python安装库太慢？配置好这个速度飞起.md').map((c) => c.level)).toEqual([3, 3, 3, 3]);
    expect(chapters('Apache Pulsar 271 发布，云原生分布式消息流平台.md').map((c) => c.level)).toEqual([1]);
  });

  it('keeps ids ASCII-namespaced and the blank-titled " .md" readable', () => {
    for (const article of result.articles) {
      for (const [, id] of article.html.matchAll(/\sid="([^"]*)"/g)) expect(id).toMatch(/^(?:ch-[a-z0-9-]+|u-.+)$/);
    }
    const blank = bySource.get(' .md');
    expect(blank?.summary.id).toBe(' ');
    expect(blank?.summary.title).toMatch(/^5月2日消息/);
  });
});
