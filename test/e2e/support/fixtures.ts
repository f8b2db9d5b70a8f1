import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { REPO_ROOT } from './server';

/** The fixture corpus every browser test reads. */
export const FIXTURE_ARTICLES = path.join(REPO_ROOT, 'test/fixtures/articles');

const EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt'];
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** What the tests expect of one source file, worked out here from the raw file, not by the app's code. */
export interface SourceArticle {
  /** Path relative to the articles folder, `/`-separated. */
  file: string;
  id: string;
  title: string;
  /** Epoch milliseconds, or null when undated. */
  date: number | null;
  categories: string[][];
  /** The body after the front matter, untouched. */
  body: string;
}

/**
 * Splits a file into its front matter (parsed) and its raw body. The YAML is read with js-yaml,
 * as Hexo reads it, not with the library the app uses: what Hexo shows, the app must show.
 */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  // The core schema: no YAML 1.1 timestamps, so dates stay the text they were written as.
  const data = loadYaml(match[1], { schema: CORE_SCHEMA });
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: match[2] };
}

/** Hexo categories: a string is one category, a list is one path, a list of lists is several paths. */
export function categoryPaths(value: unknown): string[][] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) return [[String(value)]];
  if (value.some(Array.isArray)) return value.map((item) => (Array.isArray(item) ? item.map(String) : [String(item)]));
  return value.length ? [value.map(String)] : [];
}

/** RFC 2822, ISO 8601, or `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai; anything else is undated. */
export function parseDate(value: unknown): number | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (typeof value !== 'string') return null;
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    return Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - SHANGHAI_OFFSET_MS;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every article file below `dir`, read as the contract describes. */
export function readSourceArticles(dir: string = FIXTURE_ARTICLES): SourceArticle[] {
  return listFiles(dir).map((file) => {
    const { data, body } = splitFrontMatter(readFileSync(path.join(dir, file), 'utf8'));
    const explicitId = data.id ?? data.slug;
    const id = explicitId !== undefined && explicitId !== null && explicitId !== '' ? String(explicitId) : file.replace(/\.[^./]+$/, '');
    return {
      file,
      id,
      title: data.title === undefined || data.title === null ? '' : String(data.title),
      date: parseDate(data.date),
      categories: categoryPaths(data.categories),
      body,
    };
  });
}

/** Ids newest first, undated last. */
export function newestFirst(articles: readonly SourceArticle[]): string[] {
  return [...articles]
    .sort((a, b) => {
      if (a.date === b.date) return a.id < b.id ? -1 : 1;
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return b.date - a.date;
    })
    .map((article) => article.id);
}

/** True when one of the article's paths starts with `levels` (a category includes those below it). */
export function inCategory(article: SourceArticle, levels: readonly string[]): boolean {
  return article.categories.some((p) => levels.length <= p.length && levels.every((level, i) => p[i] === level));
}

/** The fixture with this file name (relative path); throws if the corpus lacks it. */
export function fixture(file: string, articles: readonly SourceArticle[] = readSourceArticles()): SourceArticle {
  const found = articles.find((article) => article.file === file);
  if (!found) throw new Error(`fixture ${file} is missing from ${FIXTURE_ARTICLES}`);
  return found;
}
