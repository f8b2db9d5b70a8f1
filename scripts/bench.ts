/**
 * Benchmarks the production build at several archive sizes and the pages' Lighthouse figures.
 * Prints tables, then one JSON line. `npm run bench -- --help` lists the options.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSize } from './bench/measure-size';
import { readOptions, USAGE, type BenchOptions } from './bench/options';
import { clickFigures, lighthouseFigures } from './bench/page-runs';
import { formatTables, type BuildFigures, type LighthouseFigures } from './bench/report';
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

const NOTES = [
  'vite build/preview run as `node <vite>/bin/vite.js` (what npx vite runs) so npm start-up is not timed',
  'peak_rss_bytes: max RSS of the largest single build process',
  'gzip sizes: zlib level 9',
  'foreign hosts (article images) are mapped to NOTFOUND in Chromium, for the app and the static page alike',
  'index_bytes: the entry index the first view loads (format 2); list pages and lookup shards load on demand',
  'search: query_ms ranks ~25 title words in Node once their shards are parsed; cold query bytes = manifest + term shards + doc chunks of 20 results, gzip',
  'click_to_text_ms: at every size, right after its build, on vite preview in headless Chromium (playwright-core), 1280x800, no throttling, service workers blocked, foreign images answered locally; each sample a fresh context: list loaded and idle (network quiet + requestIdleCallback), then one card opened; ms from the click (capture listener) to the first animation frame whose [data-article-body] at the link path has text and is in view; median of --cards cards',
  'click_to_text_ms hovers the card link 300 ms before the click (hover/view prefetch allowed); click_to_text_cold_ms clicks one of the first 3 cards rendered below the fold as soon as it scrolls into view (its prefetch starts with the click)',
  'stats_ms, click_ms, startup_ms, lighthouse_ms: time the bench itself spent in each phase; total_ms counts from node start',
];

/** Measures click-to-text on one size's build; a failure is recorded, never thrown, so the other figures survive. */
async function addClickFigures(figures: BuildFigures, options: BenchOptions, distDir: string, logFile: string) {
  const started = performance.now();
  try {
    const click = await clickFigures(options.repoRoot, distDir, logFile, options.cards);
    Object.assign(figures, { click_to_text: click, click_to_text_ms: click.hover_ms, click_to_text_cold_ms: click.cold_ms });
    click.failures.forEach((failure) => log(`click-to-text ${figures.articles}: ${failure}`));
  } catch (error) {
    figures.click_to_text = { hover_ms: null, cold_ms: null, hover_samples_ms: [], cold_samples_ms: [], failures: [(error as Error).message] };
  }
  figures.click_ms = Math.round(performance.now() - started);
  log(`click-to-text ${figures.articles}: hover ${figures.click_to_text_ms} ms, cold ${figures.click_to_text_cold_ms} ms`);
}

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
    if (figures.ok && options.cards > 0) await addClickFigures(figures, options, distDir, path.join(work, `preview-${size}.log`));
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
  // performance.now() counts from process start: what came before this line is npm, tsx and module loading.
  const startup_ms = Math.round(performance.now());
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
  if (options.cards === 0) notes.push('click-to-text skipped (--cards 0)');
  try {
    const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
    // The largest archive by default: the one the speed targets are about.
    const lighthouseSize = options.lighthouseSize ?? sizes[sizes.length - 1];
    const builds = await buildAll(options, sizes, lighthouseSize, work);
    let lighthouse: LighthouseFigures | null = null;
    let lighthouse_ms: number | null = null;
    if (!options.lighthouse) notes.push('lighthouse skipped (--no-lighthouse)');
    else if (!builds.find((b) => b.articles === lighthouseSize)?.ok) notes.push(`lighthouse skipped: the ${lighthouseSize}-article build failed`);
    else {
      const distDir = path.join(work, `dist-${lighthouseSize}`);
      const lhStarted = performance.now();
      lighthouse = await lighthouseFigures(repoRoot, distDir, lighthouseSize, options.lighthouseRuns, work).catch((error: Error) => {
        notes.push(`lighthouse failed: ${error.message}`);
        return null;
      });
      lighthouse_ms = Math.round(performance.now() - lhStarted);
      if (lighthouse?.server_error) notes.push(`lighthouse incomplete: ${lighthouse.server_error}`);
    }
    console.log(formatTables(builds, lighthouse, { startup_ms, lighthouse_ms, total_ms: Math.round(performance.now()) }));
    const report = {
      bench: 'folio', schema: 1, date: new Date().toISOString(), node: process.version, cpus: os.cpus().length,
      ...treeState(), corpus_dir: options.corpusDir, seed: options.seed, sizes, builds, lighthouse,
      notes, startup_ms, lighthouse_ms, total_ms: Math.round(performance.now()),
    };
    console.log(JSON.stringify(report));
    const audited = lighthouse !== null && Object.values(lighthouse.pages).every((page) => page.runs > 0);
    const clicked = options.cards === 0 || builds.every((b) => !b.ok || b.click_to_text_ms !== null);
    return builds.every((b) => b.ok) && (!options.lighthouse || audited) && clicked ? 0 : 1;
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
