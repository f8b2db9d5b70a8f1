/**
 * Benchmarks the production build at several archive sizes and the pages' Lighthouse figures.
 * Prints tables, then one JSON line. `npm run bench -- --help` lists the options.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditPages } from './bench/lighthouse-run';
import { measureSize, SEED_ARTICLE } from './bench/measure-size';
import { readOptions, USAGE, type BenchOptions } from './bench/options';
import { formatTables, type BuildFigures, type LighthouseFigures } from './bench/report';
import { startPreview, startStaticServer, type RunningServer } from './bench/servers';
import { writeStaticArticle } from './bench/static-page';
import { readSources } from './bench/synth-files';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const log = (message: string) => console.error(`[bench] ${message}`);

/** The commit measured and how many files differed from it: others edit this tree while the bench runs. */
function treeState(): { commit: string | null; changed_files: number | null } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), changed_files: git('status', '--porcelain').split('\n').filter(Boolean).length };
  } catch {
    return { commit: null, changed_files: null };
  }
}

async function lighthouseFigures(distDir: string, articles: number, runs: number, work: string) {
  const servers: RunningServer[] = [];
  try {
    const app = await startPreview(repoRoot, distDir, path.join(work, 'preview.log'));
    servers.push(app);
    writeStaticArticle(path.join(repoRoot, 'articles', SEED_ARTICLE), path.join(work, 'static'));
    const plain = await startStaticServer(path.join(work, 'static'));
    servers.push(plain);
    const seedId = SEED_ARTICLE.replace(/\.txt$/, '');
    const pages = { list: `${app.origin}/`, article: `${app.origin}/article/${seedId}`, static_article: `${plain.origin}/` };
    log(`lighthouse: ${runs} run(s) of ${Object.keys(pages).join(', ')}`);
    const figures = await auditPages(pages, runs);
    const [app_lcp, static_lcp] = [figures.article.lcp_ms, figures.static_article.lcp_ms];
    const ratio = app_lcp !== null && static_lcp ? Number((app_lcp / static_lcp).toFixed(2)) : null;
    const result: LighthouseFigures = {
      articles, form_factor: 'mobile', throttling: 'simulate', pages: figures, lcp_ratio_article_vs_static: ratio,
    };
    return result;
  } finally {
    for (const server of servers) await server.close();
  }
}

const NOTES = [
  'vite build/preview run as `node <vite>/bin/vite.js` (what npx vite runs) so npm start-up is not timed',
  'peak_rss_bytes: max RSS of the largest single build process',
  'gzip sizes: zlib level 9',
  'foreign hosts (article images) are mapped to NOTFOUND in Chromium, for the app and the static page alike',
  'index_bytes: the entry index the first view loads (format 2); list pages and lookup shards load on demand',
  'search: query_ms ranks ~25 title words in Node once their shards are parsed; cold query bytes = manifest + term shards + doc chunks of 20 results, gzip',
  'click_to_text_ms: not measured yet',
];

/** Synthesizes, builds and measures each size; keeps only the dist that Lighthouse will serve. */
async function buildAll(options: BenchOptions, sizes: number[], keepDist: number, work: string) {
  const { sources, skipped } = readSources(options.corpusDir);
  skipped.forEach((file) => log(`corpus file skipped: ${file}`));
  const builds: BuildFigures[] = [];
  for (const size of sizes) {
    const [corpusDir, distDir] = [path.join(work, `corpus-${size}`), path.join(work, `dist-${size}`)];
    const logFile = path.join(work, `build-${size}.log`);
    log(`synthesize ${size} articles from ${sources.length} sources`);
    const { seed, retries, retryDelayMs, repoRoot: root } = options;
    const figures = await measureSize({ repoRoot: root, size, seed, corpusDir, distDir, logFile, retries, retryDelayMs, log }, sources);
    log(`build ${size}: ${figures.ok ? `${figures.build_ms} ms` : 'FAILED'}`);
    builds.push(figures);
    if (!options.keep) rmSync(corpusDir, { recursive: true, force: true });
    if (!options.keep && size !== keepDist) rmSync(distDir, { recursive: true, force: true });
  }
  return builds;
}

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const options = readOptions(repoRoot, process.argv.slice(2), process.env);
  if (!existsSync(options.corpusDir)) throw new Error(`corpus folder ${options.corpusDir} not found (set CORPUS_DIR)`);
  const started = performance.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-'));
  const cleanUp = () => {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  const notes = [...NOTES];
  if (options.keep) notes.push(`work files kept in ${work}`);
  try {
    const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
    const lighthouseSize = sizes.includes(1000) ? 1000 : sizes[0];
    const builds = await buildAll(options, sizes, lighthouseSize, work);
    let lighthouse: LighthouseFigures | null = null;
    if (!options.lighthouse) notes.push('lighthouse skipped (--no-lighthouse)');
    else if (!builds.find((b) => b.articles === lighthouseSize)?.ok) notes.push(`lighthouse skipped: the ${lighthouseSize}-article build failed`);
    else {
      const distDir = path.join(work, `dist-${lighthouseSize}`);
      lighthouse = await lighthouseFigures(distDir, lighthouseSize, options.lighthouseRuns, work).catch((error: Error) => {
        notes.push(`lighthouse failed: ${error.message}`);
        return null;
      });
    }
    console.log(formatTables(builds, lighthouse));
    const report = {
      bench: 'folio', schema: 1, date: new Date().toISOString(), node: process.version, cpus: os.cpus().length,
      ...treeState(), corpus_dir: options.corpusDir, seed: options.seed, sizes, builds, lighthouse,
      notes, total_ms: Math.round(performance.now() - started),
    };
    console.log(JSON.stringify(report));
    const audited = lighthouse !== null && Object.values(lighthouse.pages).every((page) => page.runs > 0);
    return builds.every((b) => b.ok) && (!options.lighthouse || audited) ? 0 : 1;
  } finally {
    cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
