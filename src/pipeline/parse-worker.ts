/** Worker-thread entry: builds batches of article files sent by `parse-pool.ts`. */
import { parentPort } from 'node:worker_threads';
import { buildFile } from './collect';
import type { PipelineOptions } from './types';

interface Job {
  options: PipelineOptions;
  batch: string[];
}

parentPort?.on('message', async ({ options, batch }: Job) => {
  const outcomes = [];
  // One file at a time: the thread is CPU-bound, and file order keeps memory flat.
  for (const relPath of batch) outcomes.push(await buildFile(options, relPath));
  parentPort?.postMessage(outcomes);
});
