import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pollPeakRss } from './proc-memory';

/** Wall time and peak memory of one production build. */
export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  peakRssBytes: number | null;
  /** How the peak was measured: `time -v` (max RSS of the largest process) or `/proc` polling. */
  peakRssSource: 'time -v' | 'proc VmHWM' | null;
  logFile: string;
}

const GNU_TIME = '/usr/bin/time';

/** Path of Vite's CLI, the file `npx vite` would run. */
export function viteBin(repoRoot: string): string {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  return path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
}

function gnuTimeWorks(): boolean {
  return existsSync(GNU_TIME) && process.env.BENCH_MEMORY_PROBE !== 'proc';
}

/**
 * Runs `vite build --outDir <outDir>` on `articlesDir` in a child process, output to `logFile`.
 * Vite is started with node directly, not through npx, so npm's own start-up is not timed.
 */
export async function runBuild(repoRoot: string, articlesDir: string, outDir: string, logFile: string): Promise<BuildRun> {
  const viteArgs = [viteBin(repoRoot), 'build', '--outDir', outDir, '--emptyOutDir'];
  const timeFile = `${logFile}.time`;
  const useTime = gnuTimeWorks();
  const [command, args] = useTime
    ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...viteArgs]]
    : [process.execPath, viteArgs];
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: { ...process.env, ARTICLES_DIR: articlesDir, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', log, log],
  });
  const probe = useTime ? null : pollPeakRss(child.pid!);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  closeSync(log);
  const polled = probe?.stop() ?? null;
  let peakRssBytes = polled;
  if (useTime && existsSync(timeFile)) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    peakRssBytes = kb ? Number(kb[1]) * 1024 : null;
  }
  return {
    ok: exitCode === 0,
    exitCode,
    wallMs,
    peakRssBytes,
    peakRssSource: peakRssBytes === null ? null : useTime ? 'time -v' : 'proc VmHWM',
    logFile,
  };
}
