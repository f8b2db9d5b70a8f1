/*
 * Skip/fail policy (copied into the README):
 * - Every file below ARTICLES_DIR ending in .md, .markdown, .html, .htm or .txt (any case) is an article.
 * - A file that cannot be read as an article (unreadable, unclosed front matter, bad YAML, front matter
 *   that is not a mapping of keys) is SKIPPED: the build warns with the file (extension included) and,
 *   for front-matter errors, the line, then builds every other article.
 * - ARTICLES_STRICT=1 (or true) turns each of those skips into a build failure.
 * - Two files with one id always fail the build, naming both files.
 * - Other oddities only warn and the article is still built: a date that cannot be read (the article
 *   is undated and listed last), invalid UTF-8 (decoded with U+FFFD), values of the wrong type
 *   (ignored), unknown YAML tags. Unknown front-matter keys are kept silently.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { buildArticle, extensionOf } from './build-article';
import { buildInWorkers, WORKER_THRESHOLD } from './parse-pool';
import { ArticleError } from './errors';
import { assertTimeZone } from './time-zone';
import type { BuiltArticle, CollectResult, PipelineOptions, Problem } from './types';

/** File extensions read as articles (compared lower-cased). */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt'];

/** Every article file below `dir`, as `/`-separated paths relative to it, sorted. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new Error(`ARTICLES_DIR ${dir} cannot be read: ${(error as Error).message}`);
  }
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(extensionOf(e.name)))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Decodes a file as UTF-8 (UTF-16 when it has that BOM); invalid bytes become U+FFFD and `lossy` is set. */
export function decodeText(bytes: Uint8Array): { text: string; lossy: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), lossy: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), lossy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), lossy: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), lossy: true };
  }
}

/** One file's result: the article, or null when it was skipped, with its problems. */
export type Outcome = { article: BuiltArticle; problems: Problem[] } | { article: null; problems: Problem[] };

/** Per-file results keyed by absolute path; reused while the file's mtime, size and options match. */
export type ArticleCache = Map<string, { key: string; outcome: Outcome }>;

/** A cache for `collectArticles`, so a dev-server rebuild only re-reads files that changed. */
export function createArticleCache(): ArticleCache {
  return new Map();
}

function skip(error: unknown, relPath: string, strict: boolean): Problem {
  const problem: Problem = {
    severity: strict ? 'error' : 'warning',
    file: relPath,
    message: `skipped: ${(error as Error).message}`,
  };
  if (error instanceof ArticleError && error.line !== undefined) problem.line = error.line;
  return problem;
}

/** Reads and builds one file; never throws (a file that cannot be built becomes a problem). */
export async function buildFile(options: PipelineOptions, relPath: string): Promise<Outcome> {
  try {
    const { text, lossy } = decodeText(await readFile(path.join(options.articlesDir, relPath)));
    const article = buildArticle(relPath, text, options);
    const problems = [...article.warnings];
    if (lossy) problems.unshift({ severity: 'warning', file: relPath, message: 'is not valid UTF-8; bad bytes shown as U+FFFD' });
    return { article, problems };
  } catch (error) {
    return { article: null, problems: [skip(error, relPath, options.strict)] };
  }
}

// Enough to keep the disk busy without running out of file handles on large folders.
const READ_CONCURRENCY = 32;

async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Keeps the first file of each id; every later one is an error naming both files. */
function rejectDuplicateIds(built: BuiltArticle[], problems: Problem[]): BuiltArticle[] {
  const owners = new Map<string, string>();
  return built.filter(({ summary }) => {
    const owner = owners.get(summary.id);
    if (owner === undefined) return owners.set(summary.id, summary.source), true;
    const message = `duplicate id "${summary.id}": used by both ${owner} and ${summary.source}`;
    problems.push({ severity: 'error', file: summary.source, message });
    return false;
  });
}

function cacheKey(info: { mtimeMs: number; size: number } | null, options: PipelineOptions): string {
  return info ? `${info.mtimeMs}:${info.size}:${options.timeZone}:${options.strict}` : '';
}

/** Builds the files the cache cannot answer for; large batches go to worker threads. */
async function buildMisses(options: PipelineOptions, files: string[], cache: ArticleCache): Promise<Outcome[]> {
  const keys = await mapLimited(files, READ_CONCURRENCY, async (relPath) =>
    cacheKey(await stat(path.join(options.articlesDir, relPath)).catch(() => null), options),
  );
  const outcomes = files.map((relPath, i) => {
    const hit = cache.get(path.join(options.articlesDir, relPath));
    return keys[i] && hit?.key === keys[i] ? hit.outcome : null;
  });
  const misses = files.filter((_, i) => outcomes[i] === null);
  const built =
    misses.length >= WORKER_THRESHOLD
      ? await buildInWorkers<Outcome>(options, misses)
      : await mapLimited(misses, READ_CONCURRENCY, (relPath) => buildFile(options, relPath));
  let next = 0;
  return outcomes.map((outcome, i) => {
    if (outcome) return outcome;
    const fresh = built[next++];
    if (keys[i]) cache.set(path.join(options.articlesDir, files[i]), { key: keys[i], outcome: fresh });
    return fresh;
  });
}

/** Reads every article under the folder; a bad file becomes a problem, never a lost neighbour. */
export async function collectArticles(options: PipelineOptions, cache = createArticleCache()): Promise<CollectResult> {
  assertTimeZone(options.timeZone);
  const files = await listArticleFiles(options.articlesDir);
  const outcomes = await buildMisses(options, files, cache);
  const live = new Set(files.map((relPath) => path.join(options.articlesDir, relPath)));
  for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);
  const problems = outcomes.flatMap((o) => o.problems);
  const built = outcomes.flatMap((o) => (o.article ? [o.article] : []));
  return { articles: rejectDuplicateIds(built, problems), problems };
}
