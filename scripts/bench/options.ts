import path from 'node:path';
import { parseArgs } from 'node:util';

/** Everything `npm run bench` can be told, from flags first and then the environment. */
export interface BenchOptions {
  repoRoot: string;
  sizes: number[];
  corpusDir: string;
  seed: string;
  lighthouse: boolean;
  lighthouseRuns: number;
  /** The archive size whose build Lighthouse audits; null: the largest size built. */
  lighthouseSize: number | null;
  /** Cards clicked per mode for click-to-text at each size; 0 skips it. */
  cards: number;
  retries: number;
  retryDelayMs: number;
  keep: boolean;
}

/** The option summary printed by `--help` and with any option error. */
export const USAGE = `usage: npm run bench -- [--sizes 1000,5000,20000] [--no-lighthouse] [--runs 3]
  [--lighthouse-size N] [--cards 5] [--corpus DIR] [--seed S] [--retries 2] [--retry-delay 30] [--keep]
  --lighthouse-size N: audit the build of N articles (one of --sizes; default the largest)
  --cards N: click-to-text samples per mode and size (0 skips it)
env: BENCH_SIZES, CORPUS_DIR (default ../shared/corpus/posts), BENCH_LH_RUNS, BENCH_LH_SIZE, BENCH_CARDS, CHROMIUM_PATH`;

function positiveInts(text: string, what: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`${what} must be positive whole numbers, got "${text}"\n${USAGE}`);
  }
  return values;
}

function wholeNumber(text: string, what: string): number {
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 0 || text.trim() === '') throw new Error(`${what} must be a whole number, got "${text}"\n${USAGE}`);
  return value;
}

/** Parses argv and env; throws with the usage text on anything it cannot read. */
export function readOptions(repoRoot: string, argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      'no-lighthouse': { type: 'boolean', default: false },
      runs: { type: 'string' },
      'lighthouse-size': { type: 'string' },
      cards: { type: 'string' },
      corpus: { type: 'string' },
      seed: { type: 'string', default: 'folio' },
      retries: { type: 'string', default: '2' },
      'retry-delay': { type: 'string', default: '30' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizes = positiveInts(values.sizes ?? env.BENCH_SIZES ?? '1000,5000,20000', '--sizes');
  const auditSize = values['lighthouse-size'] ?? env.BENCH_LH_SIZE;
  const lighthouseSize = auditSize === undefined ? null : positiveInts(auditSize, '--lighthouse-size')[0];
  if (lighthouseSize !== null && !sizes.includes(lighthouseSize)) {
    throw new Error(`--lighthouse-size ${lighthouseSize} is not one of --sizes ${sizes.join(',')}\n${USAGE}`);
  }
  return {
    repoRoot,
    sizes,
    lighthouseSize,
    corpusDir: path.resolve(repoRoot, values.corpus ?? env.CORPUS_DIR ?? '../shared/corpus/posts'),
    seed: values.seed,
    lighthouse: !values['no-lighthouse'],
    lighthouseRuns: positiveInts(values.runs ?? env.BENCH_LH_RUNS ?? '3', '--runs')[0],
    cards: wholeNumber(values.cards ?? env.BENCH_CARDS ?? '5', '--cards'),
    retries: Number(values.retries) || 0,
    retryDelayMs: (Number(values['retry-delay']) || 0) * 1000,
    keep: values.keep,
  };
}
