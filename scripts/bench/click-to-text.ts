import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { clickProbeScript, IDLE_SCRIPT } from './click-probe';
import { median } from './median';

/** Click-to-text figures of one build: medians and every sample, in ms. */
export interface ClickFigures {
  /** Hover the card, wait HOVER_MS (the app prefetches on hover), then click: the headline figure. */
  hover_ms: number | null;
  /** A card below the fold, scrolled into view and clicked at once: no prefetch head start (up to COLD_CARDS samples). */
  cold_ms: number | null;
  hover_samples_ms: number[];
  cold_samples_ms: number[];
  failures: string[];
}

type Mode = 'hover' | 'cold';

// A user moves onto the card, waits a moment, clicks: long enough for the hover prefetch to start.
const HOVER_MS = 300;
// The virtual list renders only about four cards below the fold, and the cold figure is secondary.
const COLD_CARDS = 3;
const SAMPLE_TIMEOUT_MS = 15_000;
const VIEWPORT = { width: 1280, height: 800 };
// 1×1 transparent PNG: the answer to every foreign image request, so no page waits on the outside world.
const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

async function openContext(browser: Browser, origin: string): Promise<BrowserContext> {
  // Service workers would precache the app during the measurement and bypass the routes below.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.route('**/*', (route) => {
    const request = route.request();
    if (request.url().startsWith(origin) || !/^https?:/.test(request.url())) return route.continue();
    if (request.resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/png', body: PLACEHOLDER_PNG });
    return route.abort('blockedbyclient');
  });
  return context;
}

/** Opens the list and waits until it is idle: network quiet (view prefetches done) and a free main thread. */
async function openList(page: Page, listUrl: string): Promise<void> {
  await page.goto(listUrl, { waitUntil: 'load' });
  await page.locator('[data-article-card]').first().waitFor({ state: 'visible', timeout: SAMPLE_TIMEOUT_MS }).catch(() => {
    throw new Error(`no [data-article-card] visible on ${listUrl} within ${SAMPLE_TIMEOUT_MS} ms`);
  });
  await page.waitForLoadState('networkidle', { timeout: SAMPLE_TIMEOUT_MS });
  await page.evaluate(IDLE_SCRIPT);
}

/** The n-th card's link to the reader; for `cold`, counted among the cards rendered below the viewport. */
async function cardLink(page: Page, mode: Mode, n: number): Promise<Locator> {
  const cards = page.locator('[data-article-card]');
  let index = n;
  if (mode === 'cold') {
    const below = await cards.evaluateAll((nodes) => nodes.map((node, i) => (node.getBoundingClientRect().top >= innerHeight ? i : -1)));
    const candidates = below.filter((i) => i >= 0);
    if (n >= candidates.length) throw new Error(`only ${candidates.length} cards rendered below the fold`);
    index = candidates[n];
  }
  return cards.nth(index).locator('a[href*="/article/"]').first();
}

async function sampleOnce(browser: Browser, listUrl: string, mode: Mode, n: number): Promise<number> {
  const context = await openContext(browser, new URL(listUrl).origin);
  try {
    const page = await context.newPage();
    await openList(page, listUrl);
    const link = await cardLink(page, mode, n);
    if (mode === 'hover') {
      await link.hover();
      await page.waitForTimeout(HOVER_MS);
    }
    await page.evaluate(clickProbeScript(SAMPLE_TIMEOUT_MS));
    await link.click();
    const result = await page.evaluate('window.__folioClickToText');
    return (result as { ms: number }).ms;
  } finally {
    await context.close();
  }
}

/**
 * Measures click-to-text on the app at `listUrl`: for each mode, `cards` samples, each in a fresh
 * browser context (a first visit: list loaded, idle, then one article opened). Desktop viewport,
 * no throttling: the number is the app's own work plus local transfer, not a network model.
 */
export async function measureClickToText(listUrl: string, cards: number): Promise<ClickFigures> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  const samples: Record<Mode, number[]> = { hover: [], cold: [] };
  const failures: string[] = [];
  const failed: Record<Mode, number> = { hover: 0, cold: 0 };
  try {
    for (let n = 0; n < cards; n++) {
      for (const mode of ['hover', 'cold'] as const) {
        // A mode that failed twice without a success is broken, not noisy: waiting out more timeouts would cost minutes.
        if ((mode === 'cold' && n >= COLD_CARDS) || (failed[mode] >= 2 && samples[mode].length === 0)) continue;
        try {
          samples[mode].push(Math.round(await sampleOnce(browser, listUrl, mode, n)));
        } catch (error) {
          failed[mode]++;
          failures.push(`${mode} card ${n + 1}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const [hover, cold] = [median(samples.hover), median(samples.cold)];
  return {
    hover_ms: hover === null ? null : Math.round(hover),
    cold_ms: cold === null ? null : Math.round(cold),
    hover_samples_ms: samples.hover, cold_samples_ms: samples.cold, failures,
  };
}
