import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium working in containers and away from the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--dns-prefetch-disable',
  // Tests only ever talk to 127.0.0.1; every other request is answered by a route handler.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** How to get a browser, for every "no browser" failure. */
export const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium fonts-noto-cjk` ' +
  '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** The browser for tests: CHROMIUM_PATH, then /usr/bin/chromium; throws with install help. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. ${INSTALL_HINT}`);
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(`No Chromium found for the browser tests (CHROMIUM_PATH unset, ${DEFAULT_CHROMIUM} missing). ${INSTALL_HINT}`);
}

/** Launches headless Chromium; never downloads a browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** One headless Chromium for the whole run: each test file connects to it instead of starting its own. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, host: '127.0.0.1' });
}

/** Connects to the run's shared Chromium, or launches one when no endpoint is given (a file run alone). */
export function connectChromium(wsEndpoint: string | undefined): Promise<Browser> {
  return wsEndpoint ? chromium.connect(wsEndpoint) : launchChromium();
}
