/*
 * Skip/fail policy (copied into the README):
 * - Every file below ARTICLES_DIR ending in .md, .markdown, .html, .htm or .txt (any case) is an article.
 * - A file that cannot be read as an article (unreadable, over 32 MB, binary, unclosed front matter, bad
 *   YAML, front matter that is not a mapping of keys) is SKIPPED: the build warns with the file
 *   (extension included) and, for front-matter errors, the line, then builds every other article.
 *   So is a symbolic link named like an article or leading to a folder (links are never followed),
 *   and a pipe or device named like an article.
 * - ARTICLES_STRICT=1 (or true) turns each of those skips into a build failure.
 * - Two files with one id always fail the build, naming both files.
 * - Other oddities only warn and the article is still built: a date that cannot be read (the article
 *   is undated and listed last), text not in UTF-8 (read as UTF-16 without a byte-order mark or as
 *   GB18030 when it is valid there, else decoded with U+FFFD), Markdown past its render time budget
 *   (shown as plain text), values of the wrong type (ignored), unknown YAML tags. Unknown
 *   front-matter keys are kept silently.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { buildFileSync, packFile, type Outcome } from './build-file.ts';
import { scanArticleFolder, type ArticleFolder } from './list-files.ts';
import type { PackedArticle, PackOptions } from './pack-article.ts';
import { buildInWorkers, WORKER_THRESHOLD } from './parse-pool.ts';
import { assertTimeZone } from './time-zone.ts';
import type { BuiltArticle, CollectResult, PipelineOptions, Problem } from './types.ts';

/** Per-file results keyed by absolute path; reused while the file's mtime, size and options match. */
export type ArticleCache<A = BuiltArticle> = Map<string, { key: string; outcome: Outcome<A> }>;

/** A cache for `collectArticles`/`collectPacked`, so a dev-server rebuild only re-reads files that changed. */
export function createArticleCache<A = BuiltArticle>(): ArticleCache<A> {
  return new Map();
}

/** Keeps the first file of each id; every later one is an error naming both files. */
function rejectDuplicateIds<A extends { summary: { id: string; source: string } }>(built: A[], problems: Problem[]): A[] {
  const owners = new Map<string, string>();
  return built.filter(({ summary }) => {
    const owner = owners.get(summary.id);
    if (owner === undefined) return owners.set(summary.id, summary.source), true;
    const message = `duplicate id "${summary.id}": used by both ${owner} and ${summary.source}`;
    problems.push({ severity: 'error', file: summary.source, message });
    return false;
  });
}

function statOrNull(file: string): { mtimeMs: number; size: number } | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function cacheKey(info: { mtimeMs: number; size: number } | null, options: PipelineOptions): string {
  return info ? `${info.mtimeMs}:${info.size}:${options.timeZone}:${options.strict}` : '';
}

/**
 * Every file's outcome, in file order: from the cache when it is fresh, else built (on worker
 * threads for large batches). `onOutcome` sees each outcome once, with its file's index, in no
 * particular order; it may trim what is kept.
 */
async function buildAll<A>(
  options: PipelineOptions,
  files: string[],
  cache: ArticleCache<A> | undefined,
  pack: PackOptions | undefined,
  onOutcome: (outcome: Outcome<A>, index: number) => Outcome<A>,
): Promise<Outcome<A>[]> {
  const absolute = files.map((relPath) => path.join(options.articlesDir, relPath));
  const keys = cache ? absolute.map((file) => cacheKey(statOrNull(file), options)) : [];
  const outcomes = absolute.map((file, i): Outcome<A> | null => {
    const hit = cache?.get(file);
    return keys[i] && hit?.key === keys[i] ? onOutcome(hit.outcome, i) : null;
  });
  const missing = outcomes.flatMap((outcome, i) => (outcome ? [] : [i]));
  const fresh = (outcome: Outcome<A>, miss: number) => {
    const i = missing[miss];
    if (keys[i]) cache?.set(absolute[i], { key: keys[i], outcome });
    return (outcomes[i] = onOutcome(outcome, i));
  };
  const buildOne = (relPath: string) =>
    (pack ? packFile(options, relPath, pack) : buildFileSync(options, relPath)) as Outcome<A>;
  const relPaths = missing.map((i) => files[i]);
  if (relPaths.length >= WORKER_THRESHOLD) await buildInWorkers({ options, pack }, relPaths, fresh);
  else relPaths.forEach((relPath, miss) => fresh(buildOne(relPath), miss));
  return outcomes as Outcome<A>[];
}

/** Entries the walk did not read are skips like any other: warnings, or errors under ARTICLES_STRICT. */
function unreadProblems(unread: ArticleFolder['unread'], options: PipelineOptions): Problem[] {
  const severity = options.strict ? 'error' : 'warning';
  return unread.map(({ file, reason }) => ({ severity, file, message: `skipped: ${reason}` }));
}

function finish<A extends { summary: { id: string; source: string } }>(outcomes: Outcome<A>[], unread: Problem[]) {
  const problems = [...unread, ...outcomes.flatMap((o) => o.problems)];
  const built = outcomes.flatMap((o) => (o.article ? [o.article] : []));
  return { articles: rejectDuplicateIds(built, problems), problems };
}

function forgetDeleted(cache: ArticleCache<unknown> | undefined, options: PipelineOptions, files: string[]): void {
  if (!cache) return;
  const live = new Set(files.map((relPath) => path.join(options.articlesDir, relPath)));
  for (const file of cache.keys()) if (!live.has(file)) cache.delete(file);
}

/** Reads every article under the folder; a bad file becomes a problem, never a lost neighbour. */
export async function collectArticles(options: PipelineOptions, cache?: ArticleCache): Promise<CollectResult> {
  assertTimeZone(options.timeZone);
  const { files, unread } = await scanArticleFolder(options.articlesDir);
  forgetDeleted(cache, options, files);
  return finish(await buildAll(options, files, cache, undefined, (outcome) => outcome), unreadProblems(unread, options));
}

/**
 * `collectArticles`, packing each article as it is built (see pack-article.ts). `onArticle` gets
 * each packed article with its file's index (a stable doc number), as soon as it is ready.
 */
export async function collectPacked(
  options: PipelineOptions,
  pack: PackOptions,
  onArticle: (article: PackedArticle, index: number) => PackedArticle,
  cache?: ArticleCache<PackedArticle>,
): Promise<{ articles: PackedArticle[]; problems: Problem[]; fileCount: number }> {
  assertTimeZone(options.timeZone);
  const { files, unread } = await scanArticleFolder(options.articlesDir);
  forgetDeleted(cache, options, files);
  const outcomes = await buildAll(options, files, cache, pack, (outcome, index) =>
    outcome.article ? { article: onArticle(outcome.article, index), problems: outcome.problems } : outcome,
  );
  return { ...finish(outcomes, unreadProblems(unread, options)), fileCount: files.length };
}
