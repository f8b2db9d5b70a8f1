/**
 * Rewrites `test/fixtures/pipeline/<case>/expected.json` from the current pipeline.
 * Run: npx tsx scripts/regen-fixtures.ts   (review the diff before committing it)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { goldenCases, goldenJson } from '../test/unit/pipeline/golden-cases';

let changed = 0;
for (const golden of goldenCases()) {
  const next = goldenJson(golden);
  let previous = '';
  try {
    previous = readFileSync(golden.expectedPath, 'utf8');
  } catch {
    // A new case has no expected.json yet.
  }
  if (previous === next) continue;
  writeFileSync(golden.expectedPath, next);
  changed++;
  console.log(`updated ${golden.name}/expected.json`);
}
console.log(`${changed} golden file(s) changed`);
