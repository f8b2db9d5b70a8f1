import type { TestProject } from 'vitest/node';
import { findChromium } from './support/chromium';
import { FIXTURE_ARTICLES } from './support/fixtures';
import { buildAndServe, stopPreview, type PreviewServer } from './support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Build of test/fixtures/articles with base `/`, e.g. http://127.0.0.1:41234/ */
    rootUrl: string;
    /** The same articles built with BASE_URL=/reader/, e.g. http://127.0.0.1:41235/reader/ */
    readerUrl: string;
  }
}

/** Builds the fixture corpus once per base, serves both builds, and stops exactly those servers after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail before building when there is no browser
  const started: PreviewServer[] = [];
  const teardown = async () => {
    await Promise.all(started.map((server) => stopPreview(server)));
  };
  try {
    const [root, reader] = await Promise.all(
      ['/', '/reader/'].map(async (base) => {
        const server = await buildAndServe(FIXTURE_ARTICLES, base);
        started.push(server);
        return server;
      }),
    );
    project.provide('rootUrl', root.url);
    project.provide('readerUrl', reader.url);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
