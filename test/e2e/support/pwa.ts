import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium';
import { REPO_ROOT } from './server';

/** A 1×1 PNG: the answer to every image request for a host other than 127.0.0.1, the worker's included. */
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A context with service workers allowed, plus what its pages reported. */
export interface PwaSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

function isLocal(url: string): boolean {
  return /^https?:\/\/127\.0\.0\.1[:/]/i.test(url) || !/^https?:/i.test(url);
}

// context.route also sees the service worker's own requests in Chromium, so nothing leaves 127.0.0.1.
async function answerForeign(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    if (isLocal(request.url())) return route.continue();
    const image = request.resourceType() === 'image' || /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|image)(\?|$)/i.test(request.url());
    await (image ? route.fulfill({ status: 200, contentType: 'image/png', body: PLACEHOLDER_PNG }) : route.abort('blockedbyclient')).catch(() => undefined);
  });
}

async function attach(context: BrowserContext): Promise<PwaSession> {
  await answerForeign(context);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  return { context, page, errors };
}

/** A fresh (incognito-like) context where the app's service worker may run. */
export async function openPwaSession(browser: Browser): Promise<PwaSession> {
  return attach(await browser.newContext({ serviceWorkers: 'allow', locale: 'en-US' }));
}

/** A context with a real profile: Chromium never reports an incognito window installable. */
export async function openPersistentSession(): Promise<PwaSession & { close: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'folio-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { ...(await attach(context)), close };
}

/** Waits until a service worker controls the page; returns its script URL. */
export async function waitForController(page: Page): Promise<string> {
  const handle = await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL, null, { timeout: 20_000 });
  return (await handle.jsonValue()) as string;
}

/** `vite build` of `articlesDir` under `base` into `outDir` (emptied first), as a new deployment would. */
export function buildInto(outDir: string, articlesDir: string, base = '/'): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ARTICLES_DIR: articlesDir, NO_COLOR: '1' };
  delete env.BASE_URL;
  delete env.ARTICLES_STRICT;
  if (base !== '/') env.BASE_URL = base;
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], { cwd: REPO_ROOT, env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

/** The URLs stored in one Cache Storage cache of the page's origin. */
export function cachedUrls(page: Page, cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    return (await (await caches.open(name)).keys()).map((request) => request.url);
  }, cacheName);
}
