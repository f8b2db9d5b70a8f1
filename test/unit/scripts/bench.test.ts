import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clickProbeScript } from '../../../scripts/bench/click-probe';
import type { ClickFigures } from '../../../scripts/bench/click-to-text';
import { initialScripts } from '../../../scripts/bench/dist-stats';
import { median } from '../../../scripts/bench/median';
import { readOptions } from '../../../scripts/bench/options';
import { formatTables, type BuildFigures } from '../../../scripts/bench/report';
import { createRng, zipfSampler } from '../../../scripts/bench/rng';

describe('initialScripts', () => {
  it('lists module scripts and modulepreload links below the base, not stylesheets or foreign hosts', () => {
    const html = `<script type="module" crossorigin src="/reader/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/reader/assets/vendor-b.js">
      <link rel="stylesheet" href="/reader/assets/index-c.css">
      <script src="https://cdn.example.com/x.js"></script>
      <script>inline()</script>`;
    expect(initialScripts(html, '/reader/')).toEqual(['assets/index-a.js', 'assets/vendor-b.js']);
    expect(initialScripts('<script type=module src=./assets/m.js></script>')).toEqual(['assets/m.js']);
  });
});

describe('readOptions', () => {
  it('takes defaults, env and flags in that order of precedence', () => {
    const root = '/repo';
    expect(readOptions(root, [], {})).toMatchObject({
      sizes: [1000, 5000, 20000], corpusDir: '/shared/corpus/posts', lighthouse: true, lighthouseRuns: 3,
    });
    expect(readOptions(root, [], { BENCH_SIZES: '10,20', CORPUS_DIR: '/c' })).toMatchObject({ sizes: [10, 20], corpusDir: '/c' });
    expect(readOptions(root, ['--sizes', '1000', '--no-lighthouse'], { BENCH_SIZES: '5' })).toMatchObject({
      sizes: [1000], lighthouse: false,
    });
    expect(() => readOptions(root, ['--sizes', '1000,x'], {})).toThrow(/positive whole numbers/);
  });
});

describe('zipfSampler', () => {
  it('makes rank 0 about twice as common as rank 1 with exponent 1', () => {
    const rng = createRng('zipf');
    const sample = zipfSampler(50, 1);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 50_000; i++) counts[sample(rng)]++;
    expect(counts[0] / counts[1]).toBeGreaterThan(1.8);
    expect(counts[0] / counts[1]).toBeLessThan(2.2);
    expect(counts[49]).toBeGreaterThan(0);
  });
});

describe('readOptions --cards', () => {
  it('defaults to 5 click-to-text cards, takes BENCH_CARDS and --cards, allows 0 and rejects the rest', () => {
    expect(readOptions('/repo', [], {}).cards).toBe(5);
    expect(readOptions('/repo', [], { BENCH_CARDS: '2' }).cards).toBe(2);
    expect(readOptions('/repo', ['--cards', '0'], { BENCH_CARDS: '2' }).cards).toBe(0);
    expect(() => readOptions('/repo', ['--cards=-1'], {})).toThrow(/whole number/);
    expect(() => readOptions('/repo', ['--cards', '2.5'], {})).toThrow(/whole number/);
    expect(() => readOptions('/repo', ['--cards', ''], {})).toThrow(/whole number/);
  });
});

describe('readOptions --lighthouse-size', () => {
  it('audits the largest size unless told which, and only a size that is built', () => {
    expect(readOptions('/repo', [], {}).lighthouseSize).toBeNull();
    expect(readOptions('/repo', ['--lighthouse-size', '5000'], {}).lighthouseSize).toBe(5000);
    expect(readOptions('/repo', ['--sizes', '10,20'], { BENCH_LH_SIZE: '10' }).lighthouseSize).toBe(10);
    expect(() => readOptions('/repo', ['--lighthouse-size', '7'], {})).toThrow(/not one of --sizes 1000,5000,20000/);
  });
});

describe('median', () => {
  it('takes the middle number, averages an even count and skips missing values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, null, 1, undefined, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
});

type ProbeWindow = Window & { __folioClickToText: Promise<{ ms: number; path: string }> };

/** A list page with one card link, the probe armed, and a click on the link that the "router" keeps in-page. */
function clickedPage(timeoutMs: number) {
  const dom = new JSDOM('<main><a id="card" href="/article/a%20b">A</a></main>', {
    url: 'http://127.0.0.1/', runScripts: 'outside-only', pretendToBeVisual: true,
  });
  const window = dom.window as unknown as ProbeWindow & typeof dom.window;
  window.eval(clickProbeScript(timeoutMs));
  window.document.addEventListener('click', (event) => event.preventDefault());
  window.document.getElementById('card')!.click();
  return window;
}

/** What the reader renders: the body marker holding `text`, laid out in the viewport unless `box` says otherwise. */
function renderReader(window: ReturnType<typeof clickedPage>, path: string, text: string, box = { top: 60, height: 400 }) {
  window.history.pushState({}, '', path);
  const body = window.document.createElement('div');
  body.setAttribute('data-article-body', '');
  body.textContent = text;
  body.getBoundingClientRect = () => ({ ...box, bottom: box.top + box.height }) as DOMRect;
  window.document.body.replaceChildren(body);
}

describe('clickProbeScript', () => {
  it('resolves with the time from the click to the first frame showing the body at the link path', async () => {
    const window = clickedPage(2000);
    setTimeout(() => renderReader(window, '/article/a%20b', '正文'), 120);
    const result = await window.__folioClickToText;
    expect(result.path).toBe('/article/a%20b');
    expect(result.ms).toBeGreaterThanOrEqual(100);
    expect(result.ms).toBeLessThan(1500);
  });

  it.each([
    ['another path', '/article/other', '正文', undefined, /path \/article\/other/],
    ['an empty body', '/article/a%20b', '  ', undefined, /empty body/],
    ['a body out of view', '/article/a%20b', '正文', { top: 5000, height: 400 }, /not visible/],
  ])('rejects when the reader shows %s', async (_, path, text, box, reason) => {
    const window = clickedPage(250);
    renderReader(window, path, text, box);
    await expect(window.__folioClickToText).rejects.toThrow(reason);
  });
});

const click: ClickFigures = { hover_ms: 412, cold_ms: 733, hover_samples_ms: [412], cold_samples_ms: [733], failures: [] };

function build(overrides: Partial<BuildFigures>): BuildFigures {
  return {
    articles: 1000, ok: true, attempts: 1, error: null, synth_ms: 250, build_ms: 8000, peak_rss_bytes: 4e8,
    peak_rss_source: 'time -v', dist_bytes: 1.4e7, dist_files: 2060, index_bytes: 1e5, index_gzip_bytes: 2e4,
    initial_js_bytes: 3e5, initial_js_gzip_bytes: 1.2e5, initial_js_files: [], search_index_bytes: 3.5e6,
    search_cold_query_gzip_bytes: 1.1e5, query_ms: 0.1, stats_ms: 160, click_to_text_ms: 412,
    click_to_text_cold_ms: 733, click_to_text: click, click_ms: 41_000, ...overrides,
  };
}

describe('formatTables', () => {
  it('shows click-to-text per size and the time of each bench phase', () => {
    const text = formatTables([build({}), build({ articles: 5000, click_to_text_ms: null, click_to_text_cold_ms: null })], null, {
      startup_ms: 4500, lighthouse_ms: null, total_ms: 60_000,
    });
    expect(text).toMatch(/click-to-text ms\s+cold click ms/);
    expect(text).toMatch(/\n1000\s+3\.3\s+107\.4\s+0\.1\s+412\s+733\n5000\s+3\.3\s+107\.4\s+0\.1\s+-\s+-/);
    expect(text).toMatch(/\n1000\s+0\.25\s+8\.00\s+0\.16\s+41\.00/);
    expect(text).toContain('startup 4.50 s, lighthouse - s, total 60.00 s');
  });
});
