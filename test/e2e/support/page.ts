import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { connectChromium } from './chromium';

/** A 1×1 transparent PNG: the answer to every image request for a host other than 127.0.0.1. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const IMAGE_PATH = /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|image)$/i;

/** Options for one browser context. */
export interface SessionOptions {
  /** Hold every foreign image response this long, to see layout before images arrive. */
  delayImagesMs?: number;
  viewport?: { width: number; height: number };
  /** A phone: touch screen, coarse pointer, no hover. */
  touch?: boolean;
}

/** A page plus everything it did that a test may assert on. */
export interface Session {
  context: BrowserContext;
  page: Page;
  /** Non-image requests to hosts other than 127.0.0.1 (all aborted). */
  foreignRequests: string[];
  /** Image requests to hosts other than 127.0.0.1 (answered with a placeholder PNG). */
  imageRequests: string[];
  /** Uncaught exceptions and console errors, from every frame. */
  errors: string[];
  /** Messages of alert/confirm/prompt dialogs (all dismissed). */
  dialogs: string[];
  /** Requests to the app's own server that failed or answered 4xx/5xx. */
  badResponses: string[];
}

function isImageLike(request: Request): boolean {
  if (request.resourceType() === 'image') return true;
  try {
    return IMAGE_PATH.test(new URL(request.url()).pathname);
  } catch {
    return false;
  }
}

function isLocal(url: string): boolean {
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Opens a fresh context and page that never reach the network beyond 127.0.0.1. */
export async function openSession(browser: Browser, options: SessionOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.touch ? { isMobile: true, hasTouch: true } : {}),
    // Requests made by a service worker bypass context.route, so keep workers out of these tests.
    serviceWorkers: 'block',
  });
  const session: Session = {
    context,
    page: undefined as unknown as Page,
    foreignRequests: [],
    imageRequests: [],
    errors: [],
    dialogs: [],
    badResponses: [],
  };
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (!/^https?:/i.test(url) || isLocal(url)) return route.continue();
    try {
      if (isImageLike(request)) {
        session.imageRequests.push(url);
        if (options.delayImagesMs) await new Promise((resolve) => setTimeout(resolve, options.delayImagesMs));
        await route.fulfill({ status: 200, contentType: 'image/png', body: PLACEHOLDER_PNG });
      } else {
        session.foreignRequests.push(`${request.resourceType()} ${url}`);
        await route.abort('blockedbyclient');
      }
    } catch {
      // The page went away while the response was held back.
    }
  });
  const page = await context.newPage();
  session.page = page;
  page.on('pageerror', (error) => session.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // A blocked foreign request is already in foreignRequests; do not report it twice.
    if (/ERR_BLOCKED_BY_CLIENT/.test(message.text()) && !isLocal(where)) return;
    session.errors.push(`console: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('dialog', (dialog) => {
    session.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('response', (response) => {
    if (isLocal(response.url()) && response.status() >= 400) session.badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // ERR_ABORTED: cancelled because the page navigated or reloaded (e.g. a favicon still loading).
    if (isLocal(request.url()) && reason !== 'net::ERR_ABORTED') session.badResponses.push(`failed ${request.url()} ${reason}`);
  });
  return session;
}

/** Asserts the page threw nothing, logged no error, opened no dialog and asked no foreign host for anything but images. */
export function expectClean(session: Session): void {
  expect({
    errors: session.errors,
    dialogs: session.dialogs,
    foreignRequests: session.foreignRequests,
    badResponses: session.badResponses,
  }).toEqual({ errors: [], dialogs: [], foreignRequests: [], badResponses: [] });
}

/** Runs `body` on `session`, then checks it stayed clean; a failure also says what else the page reported. */
export async function runChecked(session: Session, body: (session: Session) => Promise<void>): Promise<void> {
  try {
    await body(session);
  } catch (error) {
    // Say what else the page did: a failed step is often explained by an error it logged.
    const seen = [...session.errors, ...session.dialogs, ...session.foreignRequests, ...session.badResponses];
    if (error instanceof Error && seen.length) error.message += `\n\nThe page also reported:\n${seen.join('\n')}`;
    throw error;
  }
  expectClean(session);
}

/** Runs `body` with a fresh session, checks it stayed clean, and always closes the context. */
export async function withPage(
  browser: Browser,
  body: (session: Session) => Promise<void>,
  options: SessionOptions = {},
): Promise<void> {
  const session = await openSession(browser, options);
  try {
    await runChecked(session, body);
  } finally {
    await session.context.close();
  }
}

/** The run's shared Chromium (global setup), connected before a file's tests and let go after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connectChromium(inject('browserWsEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser was not launched (see the beforeAll error)');
    return browser;
  };
}
