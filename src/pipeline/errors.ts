import type { Problem } from './types.ts';

/** A file that cannot be read as an article; `line` is 1-based in the source file. */
export class ArticleError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    public file?: string,
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

/** Collects non-fatal messages about one file while it is being built. */
export class WarningSink {
  readonly problems: Problem[] = [];

  constructor(private readonly file: string) {}

  /** Records a warning; `line` is 1-based in the source file when known. */
  warn(message: string, line?: number): void {
    const problem: Problem = { severity: 'warning', file: this.file, message };
    if (line !== undefined) problem.line = line;
    this.problems.push(problem);
  }
}
