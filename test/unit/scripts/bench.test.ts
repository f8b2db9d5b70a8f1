import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../../scripts/bench/dist-stats';
import { readOptions } from '../../../scripts/bench/options';
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
