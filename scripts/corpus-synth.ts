/**
 * Makes a synthetic article archive from a folder of real ones, for benchmarks:
 *   npm run corpus:synth -- --count 20000 --out /tmp/corpus [--from articles] [--seed folio]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSources, writeCorpus } from './bench/synth-files';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    out: { type: 'string' },
    from: { type: 'string', default: 'articles' },
    seed: { type: 'string', default: 'folio' },
  },
});
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 0) {
  console.error('usage: npm run corpus:synth -- --count N --out DIR [--from DIR] [--seed S]');
  process.exit(2);
}
const outDir = path.resolve(values.out);
if (!path.relative(process.cwd(), outDir).startsWith('..')) {
  // Bodies come from real posts that must not be committed; see the bench notes.
  console.warn(`warning: ${outDir} is inside the working tree; do not commit it`);
}

const started = performance.now();
try {
  const { sources, skipped } = readSources(path.resolve(values.from));
  for (const file of skipped) console.warn(`skipped ${file}: front matter is not a YAML mapping`);
  const written = writeCorpus(sources, outDir, { count, seed: values.seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${written.files} files (${(written.bytes / 1e6).toFixed(1)} MB, ${written.folders} folders) ` +
      `from ${sources.length} sources in ${seconds}s -> ${outDir}`,
  );
} catch (error) {
  console.error(`corpus:synth: ${(error as Error).message}`);
  process.exit(1);
}
