import type { ArticleSummary } from '../shared/article-types.ts';

/** Settings the pipeline reads from the environment (see README). */
export interface PipelineOptions {
  /** Absolute path of the folder of article files. */
  articlesDir: string;
  /** IANA zone for dates written without one. */
  timeZone: string;
  /** When true, a file that would be skipped fails the build instead. */
  strict: boolean;
}

/** A message about one source file; `file` is relative to the articles folder. */
export interface Problem {
  severity: 'warning' | 'error';
  file: string;
  line?: number;
  message: string;
}

/** One article as the pipeline built it, before it gets a URL. */
export interface BuiltArticle {
  summary: Omit<ArticleSummary, 'dataUrl'>;
  html: string;
  /** Whitespace-collapsed visible text of the body (for the search index). */
  text: string;
  /** The text of the body's first blocks (for the prerendered page). */
  lead: string[];
  /** Non-fatal messages about the file (undated, ignored keys, ...); the article is still built. */
  warnings: Problem[];
}

/** Everything the pipeline made from a folder. */
export interface CollectResult {
  articles: BuiltArticle[];
  problems: Problem[];
}

/** Formats a problem as `file:line: message` for logs and errors. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.message}`;
}
