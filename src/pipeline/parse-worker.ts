/** Worker-thread entry: builds (and packs) batches of article files sent by `parse-pool.ts`. */
import { parentPort } from 'node:worker_threads';
import { buildFileSync, packFile } from './build-file.ts';
import type { WorkerJob } from './parse-pool.ts';

parentPort?.on('message', ({ options, pack, batch }: WorkerJob) => {
  // One file at a time, read synchronously: the thread is CPU-bound, and a promise per read
  // only adds idle time.
  const outcomes = batch.map((relPath) => (pack ? packFile(options, relPath, pack) : buildFileSync(options, relPath)));
  parentPort?.postMessage(outcomes);
});
