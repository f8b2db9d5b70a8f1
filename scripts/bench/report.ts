import type { ClickFigures } from './click-to-text';
import type { PageFigures } from './lighthouse-run';

/** One size's row: build cost and output sizes. Search fields are hooks that stay null until search exists. */
export interface BuildFigures {
  articles: number;
  ok: boolean;
  attempts: number;
  error: string | null;
  synth_ms: number | null;
  build_ms: number | null;
  peak_rss_bytes: number | null;
  peak_rss_source: string | null;
  dist_bytes: number | null;
  dist_files: number | null;
  index_bytes: number | null;
  index_gzip_bytes: number | null;
  initial_js_bytes: number | null;
  initial_js_gzip_bytes: number | null;
  initial_js_files: string[];
  /** Every search file (term shards, doc chunks, manifest), raw bytes. */
  search_index_bytes: number | null;
  /** Largest gzip download of a sample query with nothing cached (see search-stats.ts). */
  search_cold_query_gzip_bytes: number | null;
  /** Median ranking time of the sample queries once their parts are loaded (Node). */
  query_ms: number | null;
  /** Time spent measuring dist and search (a bench phase, not a figure of the app). */
  stats_ms: number | null;
  /** Median ms from a click on a hovered card to the first frame showing its article text (click-to-text.ts). */
  click_to_text_ms: number | null;
  /** The same for cards clicked as soon as they scroll into view: no prefetch head start. */
  click_to_text_cold_ms: number | null;
  click_to_text: ClickFigures | null;
  /** Time spent measuring click-to-text (a bench phase). */
  click_ms: number | null;
}

/** Lighthouse figures of the app's list and article pages and of the plain static article page. */
export interface LighthouseFigures {
  articles: number;
  form_factor: 'mobile';
  throttling: 'simulate';
  pages: Record<string, PageFigures>;
  lcp_ratio_article_vs_static: number | null;
  /** Set when the app's server died during the audits, which makes later pages fail. */
  server_error: string | null;
}

const kb = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024).toFixed(1));
const mb = (bytes: number | null) => (bytes === null ? '-' : (bytes / 1024 / 1024).toFixed(1));
const sec = (ms: number | null) => (ms === null ? '-' : (ms / 1000).toFixed(2));
const show = (value: number | null) => (value === null ? '-' : String(value));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Time the bench spent outside the per-size phases. */
export interface RunTimes {
  startup_ms: number;
  lighthouse_ms: number | null;
  total_ms: number;
}

function lighthouseTable(lighthouse: LighthouseFigures): string[] {
  return [
    `Lighthouse 12, mobile, simulated throttling, ${lighthouse.articles}-article build (medians):`,
    table(
      ['page', 'runs', 'perf', 'LCP ms', 'CLS', 'TBT ms', 'FCP ms'],
      Object.entries(lighthouse.pages).map(([name, p]) => [
        name, String(p.runs), show(p.performance), show(p.lcp_ms), show(p.cls), show(p.tbt_ms), show(p.fcp_ms),
      ]),
    ),
    `LCP(app article) / LCP(static article) = ${show(lighthouse.lcp_ratio_article_vs_static)}`,
    ...(lighthouse.server_error ? [`LIGHTHOUSE INCOMPLETE: ${lighthouse.server_error}`] : []),
  ];
}

/** The human-readable tables printed above the JSON line. */
export function formatTables(builds: BuildFigures[], lighthouse: LighthouseFigures | null, times?: RunTimes): string {
  const parts = [
    table(
      ['articles', 'build s', 'peak RSS MB', 'dist MB', 'dist files', 'index KB', 'index gz KB', 'init JS gz KB'],
      builds.map((b) => [
        b.ok ? String(b.articles) : `${b.articles} (FAILED)`,
        sec(b.build_ms), mb(b.peak_rss_bytes), mb(b.dist_bytes), show(b.dist_files),
        kb(b.index_bytes), kb(b.index_gzip_bytes), kb(b.initial_js_gzip_bytes),
      ]),
    ),
  ];
  if (lighthouse) parts.push(...lighthouseTable(lighthouse));
  parts.push(
    table(
      ['articles', 'search index MB', 'cold query gz KB', 'query ms', 'click-to-text ms', 'cold click ms'],
      builds.map((b) => [
        String(b.articles), mb(b.search_index_bytes), kb(b.search_cold_query_gzip_bytes), show(b.query_ms),
        show(b.click_to_text_ms), show(b.click_to_text_cold_ms),
      ]),
    ),
    'Bench phases:',
    table(
      ['articles', 'synth s', 'build s', 'stats s', 'click s'],
      builds.map((b) => [String(b.articles), sec(b.synth_ms), sec(b.build_ms), sec(b.stats_ms), sec(b.click_ms)]),
    ),
  );
  if (times) {
    parts.push(`startup ${sec(times.startup_ms)} s, lighthouse ${sec(times.lighthouse_ms)} s, total ${sec(times.total_ms)} s`);
  }
  return parts.join('\n\n');
}
