import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium';
import { buildAndServe, stopPreview } from '../e2e/support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the real-article folder under test (CORPUS_DIR). */
    corpusDir: string;
    /** Base URL of the build of that folder, e.g. http://127.0.0.1:41236/ */
    corpusUrl: string;
  }
}

/** Builds CORPUS_DIR once, serves it, and stops exactly that server after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const raw = process.env.CORPUS_DIR;
  if (!raw) {
    throw new Error('CORPUS_DIR is not set. Point it at a folder of article files, e.g. `CORPUS_DIR=../shared/corpus/posts npm run test:corpus`.');
  }
  const corpusDir = path.resolve(raw);
  if (!existsSync(corpusDir)) throw new Error(`CORPUS_DIR=${raw} does not exist (resolved to ${corpusDir}).`);
  findChromium();
  const server = await buildAndServe(corpusDir, '/');
  const warnings = server.log.split('\n').filter((line) => line.includes('[plugin folio'));
  if (warnings.length) console.warn(`build of ${corpusDir} reported:\n${warnings.join('\n')}`);
  project.provide('corpusDir', corpusDir);
  project.provide('corpusUrl', server.url);
  return () => stopPreview(server);
}
