import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium';

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
