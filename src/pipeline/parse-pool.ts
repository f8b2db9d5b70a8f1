import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PackOptions } from './pack-article.ts';
import type { PipelineOptions } from './types.ts';

/** Below this many files to parse, starting threads costs more than it saves. */
export const WORKER_THRESHOLD = 400;
// Small enough to balance the threads near the end, large enough that messaging is noise.
const BATCH_SIZE = 64;

/** One batch for a worker: files to build, and how to pack them (none: return built articles). */
export interface WorkerJob {
  options: PipelineOptions;
  pack?: PackOptions;
  batch: string[];
}

// Workers cannot load the pipeline's TypeScript on Node 20 (loader hooks do not reach them, and
// tsx's require hook turns parse5 into getter-laden CommonJS that parses at half speed), so the
// worker entry is bundled once per build into a plain ES module.
async function bundleWorker(): Promise<{ file: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'folio-worker-'));
  const file = path.join(dir, 'parse-worker.mjs');
  // Loaded on demand: small builds never start workers, and esbuild refuses to load under jsdom.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(new URL('./parse-worker.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // yaml is CommonJS and requires Node built-ins, which an ES module bundle must provide.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Builds every file on worker threads (one per core, at most `threads`). Each result goes to
 * `onResult` with its index in `files` as soon as its batch is back, in no particular order;
 * what `onResult` returns is kept, in input order. `R` must be structured-cloneable.
 */
export async function buildInWorkers<R, K>(
  job: Omit<WorkerJob, 'batch'>,
  files: string[],
  onResult: (result: R, index: number) => K,
  threads = 2,
): Promise<K[]> {
  const count = Math.max(1, Math.min(threads, availableParallelism(), Math.ceil(files.length / BATCH_SIZE)));
  const kept = new Array<K>(files.length);
  let next = 0;
  const bundle = await bundleWorker();
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= files.length) return resolve();
        const start = next;
        next += BATCH_SIZE;
        worker.once('message', (results: R[]) => {
          results.forEach((result, i) => (kept[start + i] = onResult(result, start + i)));
          send();
        });
        worker.postMessage({ ...job, batch: files.slice(start, start + BATCH_SIZE) } satisfies WorkerJob);
      };
      worker.once('error', reject);
      send();
    });
  const workers = Array.from({ length: count }, () => new Worker(bundle.file));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
    await bundle.dispose();
  }
  return kept;
}
