/** Reading one article file: decoding, building, packing; a failure becomes a problem, never a throw. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildArticle } from './build-article.ts';
import { decodeText } from './decode-text.ts';
import { ArticleError } from './errors.ts';
import { packArticle, type PackedArticle, type PackOptions } from './pack-article.ts';
import type { BuiltArticle, PipelineOptions, Problem } from './types.ts';

/** One file's result: the article, or null when it was skipped, with its problems. */
export type Outcome<A = BuiltArticle> = { article: A; problems: Problem[] } | { article: null; problems: Problem[] };

/**
 * Largest file read. Building holds a parsed tree of about 60 bytes per byte of dense HTML: a
 * 110 MB file ran Node out of memory and took every other article's build down with it.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The file's bytes; a file too large to build safely is an ArticleError, and is never read. */
function readArticleBytes(file: string): Uint8Array {
  const { size } = statSync(file);
  if (size > MAX_FILE_BYTES) {
    throw new ArticleError(`is ${Math.ceil(size / 2 ** 20)} MB; files over ${MAX_FILE_BYTES / 2 ** 20} MB are not built (one could exhaust memory)`);
  }
  return readFileSync(file);
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
export function buildFileSync(options: PipelineOptions, relPath: string): Outcome {
  try {
    // Synchronous: builds are CPU-bound, and a promise per read only added idle time.
    const { text, note } = decodeText(readArticleBytes(path.join(options.articlesDir, relPath)));
    const article = buildArticle(relPath, text, options);
    const problems = [...article.warnings];
    if (note) problems.unshift({ severity: 'warning', file: relPath, message: note });
    return { article, problems };
  } catch (error) {
    return { article: null, problems: [skip(error, relPath, options.strict)] };
  }
}

/** `buildFileSync` as a promise. */
export async function buildFile(options: PipelineOptions, relPath: string): Promise<Outcome> {
  return buildFileSync(options, relPath);
}

/** Builds and packs one file (see pack-article.ts); never throws. */
export function packFile(options: PipelineOptions, relPath: string, pack: PackOptions): Outcome<PackedArticle> {
  const outcome = buildFileSync(options, relPath);
  return outcome.article ? { article: packArticle(outcome.article, pack), problems: outcome.problems } : outcome;
}
