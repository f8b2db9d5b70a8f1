/** Reading one article file: decoding, building, packing; a failure becomes a problem, never a throw. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticle } from './build-article';
import { ArticleError } from './errors';
import { packArticle, type PackedArticle, type PackOptions } from './pack-article';
import type { BuiltArticle, PipelineOptions, Problem } from './types';

/** One file's result: the article, or null when it was skipped, with its problems. */
export type Outcome<A = BuiltArticle> = { article: A; problems: Problem[] } | { article: null; problems: Problem[] };

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
    const { text, lossy } = decodeText(readFileSync(path.join(options.articlesDir, relPath)));
    const article = buildArticle(relPath, text, options);
    const problems = [...article.warnings];
    if (lossy) problems.unshift({ severity: 'warning', file: relPath, message: 'is not valid UTF-8; bad bytes shown as U+FFFD' });
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
