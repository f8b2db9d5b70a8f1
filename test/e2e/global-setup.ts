import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium';
import { launchChromiumServer } from './support/chromium';
import { FIXTURE_ARTICLES } from './support/fixtures';
import { buildAndServe, stopPreview, type PreviewServer } from './support/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Build of test/fixtures/articles with base `/`, e.g. http://127.0.0.1:41234/ */
    rootUrl: string;
    /** The folder that build was written to (read-only for tests: copy it to change it). */
    rootDir: string;
    /** The same articles built with BASE_URL=/reader/, e.g. http://127.0.0.1:41235/reader/ */
    readerUrl: string;
    /** The run's one Chromium: files connect to it rather than each starting a browser. */
    browserWsEndpoint: string;
  }
}

/**
 * Builds the fixture corpus once per base, serves both builds and starts one shared Chromium;
 * stops exactly those after the run. The two builds run side by side: each is mostly one thread,
 * and measured on two cores the pair finishes sooner that way.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fail before building when there is no browser
  const started: PreviewServer[] = [];
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await Promise.all([...started.map((server) => stopPreview(server)), browser?.close()]);
  };
  const launching = launchChromiumServer().then((server) => (browser = server));
  try {
    const [root, reader] = await Promise.all(
      ['/', '/reader/'].map(async (base) => {
        const server = await buildAndServe(FIXTURE_ARTICLES, base);
        started.push(server);
        return server;
      }),
    );
    project.provide('rootUrl', root.url);
    project.provide('rootDir', root.outDir);
    project.provide('readerUrl', reader.url);
    project.provide('browserWsEndpoint', (await launching).wsEndpoint());
  } catch (error) {
    await launching.catch(() => undefined);
    await teardown();
    throw error;
  }
  return teardown;
}
