import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases, goldenOutput } from './golden-cases';

// Readability-style golden folders; `npx tsx scripts/regen-fixtures.ts` rewrites expected.json.
describe('golden pipeline fixtures', () => {
  const cases = goldenCases();

  it('starts with the shared seed article', () => {
    expect(cases[0].name).toBe('01-seed');
  });

  for (const golden of cases) {
    it(golden.name, () => {
      expect(existsSync(golden.expectedPath), `${golden.expectedPath} missing: run scripts/regen-fixtures.ts`).toBe(true);
      const expected: unknown = JSON.parse(readFileSync(golden.expectedPath, 'utf8'));
      expect(goldenOutput(golden)).toEqual(expected);
    });
  }
});
