import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { BuiltArticle, CollectResult, PipelineOptions, Problem } from './types';

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt'];

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

// PLACEHOLDER parse: replaced by the full pipeline (front-matter.ts, render-body.ts, chapters.ts).
function buildArticle(relPath: string, text: string): BuiltArticle {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  const data = (match ? parseYaml(match[1]) : {}) ?? {};
  const html = match ? match[2] : text;
  const id = relPath.replace(/\.[^./]+$/, '');
  return {
    summary: {
      id,
      title: String(data.title ?? id),
      author: data.author ? String(data.author) : null,
      date: data.date && !Number.isNaN(Date.parse(data.date)) ? new Date(data.date).toISOString() : null,
      categories: Array.isArray(data.categories) ? [data.categories.map(String)] : [],
      tags: [],
      cover: data.headimg || null,
      excerpt: '',
      readingMinutes: 1,
      chapters: [],
      source: relPath,
    },
    html,
  };
}

/** Reads every article under the folder; a bad file becomes a problem, never a lost neighbour. */
export async function collectArticles(options: PipelineOptions): Promise<CollectResult> {
  const problems: Problem[] = [];
  const articles: BuiltArticle[] = [];
  for (const relPath of await listArticleFiles(options.articlesDir)) {
    try {
      const text = await readFile(path.join(options.articlesDir, relPath), 'utf8');
      articles.push(buildArticle(relPath, text));
    } catch (error) {
      problems.push({ severity: 'warning', file: relPath, message: `skipped: ${(error as Error).message}` });
    }
  }
  return { articles, problems };
}
