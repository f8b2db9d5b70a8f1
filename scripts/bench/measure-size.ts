import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from './build-run';
import { distStats } from './dist-stats';
import type { BuildFigures } from './report';
import { searchStats } from './search-stats';
import type { SourceArticle } from './synth-source';
import { writeCorpus } from './synth-files';

/** The seed article every synthetic archive carries verbatim, so its reader URL is stable. */
export const SEED_ARTICLE = '000_25b3c9fe8c11fde1.txt';

/** Where one size's files go and how to retry a build that fails (others may be mid-edit). */
export interface SizeJob {
  repoRoot: string;
  size: number;
  seed: string;
  corpusDir: string;
  distDir: string;
  logFile: string;
  retries: number;
  retryDelayMs: number;
  log: (message: string) => void;
}

function emptyFigures(size: number): BuildFigures {
  return {
    articles: size, ok: false, attempts: 0, error: null, synth_ms: null, build_ms: null,
    peak_rss_bytes: null, peak_rss_source: null, dist_bytes: null, dist_files: null, index_bytes: null,
    index_gzip_bytes: null, initial_js_bytes: null, initial_js_gzip_bytes: null, initial_js_files: [],
    search_index_bytes: null, search_cold_query_gzip_bytes: null, query_ms: null, stats_ms: null,
    click_to_text_ms: null, click_to_text_cold_ms: null, click_to_text: null, click_ms: null,
  };
}

function logTail(file: string, lines = 25): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function firstError(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  return (lines.find((line) => /error|could not|failed/i.test(line)) ?? lines.at(-1) ?? '').trim();
}

/** Synthesizes `size` articles (the seed article plus size-1 made-up ones), builds them and measures dist. */
export async function measureSize(job: SizeJob, sources: readonly SourceArticle[]): Promise<BuildFigures> {
  const figures = emptyFigures(job.size);
  const started = performance.now();
  writeCorpus(sources, job.corpusDir, { count: job.size - 1, seed: job.seed });
  copyFileSync(path.join(job.repoRoot, 'articles', SEED_ARTICLE), path.join(job.corpusDir, SEED_ARTICLE));
  figures.synth_ms = Math.round(performance.now() - started);
  for (let attempt = 1; attempt <= job.retries + 1; attempt++) {
    figures.attempts = attempt;
    job.log(`build ${job.size} articles (attempt ${attempt})`);
    const run = await runBuild(job.repoRoot, job.corpusDir, job.distDir, job.logFile);
    if (run.ok) {
      const measured = performance.now();
      const stats = distStats(job.distDir);
      const search = searchStats(job.distDir);
      return {
        ...figures, ok: true, error: null, build_ms: Math.round(run.wallMs),
        stats_ms: Math.round(performance.now() - measured),
        peak_rss_bytes: run.peakRssBytes, peak_rss_source: run.peakRssSource,
        dist_bytes: stats.distBytes, dist_files: stats.distFiles,
        index_bytes: stats.indexFiles ? stats.indexBytes : null,
        index_gzip_bytes: stats.indexFiles ? stats.indexGzipBytes : null,
        initial_js_bytes: stats.initialJsBytes, initial_js_gzip_bytes: stats.initialJsGzipBytes,
        initial_js_files: stats.initialJsFiles,
        search_index_bytes: search?.search_index_bytes ?? null,
        search_cold_query_gzip_bytes: search?.search_cold_query_gzip_bytes ?? null,
        query_ms: search?.query_ms ?? null,
      };
    }
    figures.error = `vite build exited with ${run.exitCode}: ${firstError(run.logFile)}`;
    const last = attempt > job.retries;
    job.log(last ? `${figures.error}; last lines of the log:\n${logTail(run.logFile)}` : figures.error);
    // The app is being rewritten by others in this tree: a broken build may be fixed in a minute.
    if (attempt <= job.retries) await new Promise((r) => setTimeout(r, job.retryDelayMs));
  }
  return figures;
}
