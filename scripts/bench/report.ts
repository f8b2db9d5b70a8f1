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
  click_to_text_ms: null;
}

/** Lighthouse figures of the app's list and article pages and of the plain static article page. */
export interface LighthouseFigures {
  articles: number;
  form_factor: 'mobile';
  throttling: 'simulate';
  pages: Record<string, PageFigures>;
  lcp_ratio_article_vs_static: number | null;
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

/** The human-readable tables printed above the JSON line. */
export function formatTables(builds: BuildFigures[], lighthouse: LighthouseFigures | null): string {
  const parts = [
    table(
      ['articles', 'synth s', 'build s', 'peak RSS MB', 'dist MB', 'dist files', 'index KB', 'index gz KB', 'init JS gz KB'],
      builds.map((b) => [
        b.ok ? String(b.articles) : `${b.articles} (FAILED)`,
        sec(b.synth_ms), sec(b.build_ms), mb(b.peak_rss_bytes), mb(b.dist_bytes), show(b.dist_files),
        kb(b.index_bytes), kb(b.index_gzip_bytes), kb(b.initial_js_gzip_bytes),
      ]),
    ),
  ];
  if (lighthouse) {
    parts.push(
      `Lighthouse 12, mobile, simulated throttling, ${lighthouse.articles}-article build (medians):`,
      table(
        ['page', 'runs', 'perf', 'LCP ms', 'CLS', 'TBT ms', 'FCP ms'],
        Object.entries(lighthouse.pages).map(([name, p]) => [
          name, String(p.runs), show(p.performance), show(p.lcp_ms), show(p.cls), show(p.tbt_ms), show(p.fcp_ms),
        ]),
      ),
      `LCP(app article) / LCP(static article) = ${show(lighthouse.lcp_ratio_article_vs_static)}`,
    );
  }
  parts.push(
    table(
      ['articles', 'search index MB', 'cold query gz KB', 'query ms'],
      builds.map((b) => [String(b.articles), mb(b.search_index_bytes), kb(b.search_cold_query_gzip_bytes), show(b.query_ms)]),
    ),
    'click_to_text_ms: not measured yet (null)',
  );
  return parts.join('\n\n');
}
