import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium';

/** Lighthouse's mobile performance figures for one page; each number is the median over the runs. */
export interface PageFigures {
  url: string;
  runs: number;
  performance: number | null;
  lcp_ms: number | null;
  cls: number | null;
  tbt_ms: number | null;
  fcp_ms: number | null;
  /** HTML snippet of the LCP element in the last run, to see what was measured. */
  lcp_element: string | null;
  warnings: string[];
}

const LIGHTHOUSE_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

// The LCP-element audit nests its node in list → table → items; the shape varies between versions.
function findSnippet(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.snippet === 'string') return record.snippet;
  for (const child of Object.values(record)) {
    const found = findSnippet(child);
    if (found) return found;
  }
  return null;
}

function median(values: (number | null | undefined)[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One Lighthouse run of one page, or the reason it gave no result. */
type Sample = { score: number | null; lcp?: number; cls?: number; tbt?: number; fcp?: number; lcpElement: string | null; warnings: string[] };

async function auditOnce(url: string, port: number): Promise<Sample | string> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError) return lhr?.runtimeError?.message ?? 'no result';
  const value = (id: string) => lhr.audits[id]?.numericValue;
  return {
    score: lhr.categories.performance?.score ?? null,
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    fcp: value('first-contentful-paint'),
    lcpElement: findSnippet(lhr.audits['largest-contentful-paint-element']?.details)?.slice(0, 160) ?? null,
    warnings: lhr.runWarnings,
  };
}

const round = (value: number | null) => (value === null ? null : Math.round(value));

function summarize(url: string, samples: Sample[], failures: string[]): PageFigures {
  const of = (key: 'lcp' | 'cls' | 'tbt' | 'fcp') => median(samples.map((s) => s[key]));
  const score = median(samples.map((s) => s.score));
  const cls = of('cls');
  return {
    url,
    runs: samples.length,
    performance: score === null ? null : Math.round(score * 100),
    lcp_ms: round(of('lcp')),
    cls: cls === null ? null : Number(cls.toFixed(4)),
    tbt_ms: round(of('tbt')),
    fcp_ms: round(of('fcp')),
    lcp_element: samples.at(-1)?.lcpElement ?? null,
    warnings: [...new Set([...failures, ...samples.flatMap((s) => s.warnings)])],
  };
}

/**
 * Audits every page `runs` times in one headless Chromium, interleaving the pages so that a
 * slow moment of the machine does not land on one page only. Default config: mobile, simulated throttling.
 */
export async function auditPages(pages: Record<string, string>, runs: number): Promise<Record<string, PageFigures>> {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'silent' });
  const samples = new Map<string, Sample[]>(Object.keys(pages).map((name) => [name, []]));
  const failures = new Map<string, string[]>(Object.keys(pages).map((name) => [name, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const [name, url] of Object.entries(pages)) {
        const sample = await auditOnce(url, chrome.port);
        if (typeof sample === 'string') failures.get(name)!.push(`run ${run}: ${sample}`);
        else samples.get(name)!.push(sample);
      }
    }
  } finally {
    await chrome.kill();
  }
  return Object.fromEntries(
    Object.entries(pages).map(([name, url]) => [name, summarize(url, samples.get(name)!, failures.get(name)!)]),
  );
}
