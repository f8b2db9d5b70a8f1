import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticle } from '../../../src/pipeline/build-article';
import type { BuiltArticle } from '../../../src/pipeline/types';

/** Folder of golden cases: `<case>/source.<ext>` + `expected.json`. */
export const GOLDEN_DIR = path.join(import.meta.dirname, '../../fixtures/pipeline');
/** Golden builds use one fixed zone so expected dates never depend on the machine. */
export const GOLDEN_TIME_ZONE = 'Asia/Shanghai';

/** One golden folder. */
export interface GoldenCase {
  name: string;
  sourcePath: string;
  expectedPath: string;
  /** Path the article is built under: `<case>.<ext>`, so ids and messages name the case. */
  relPath: string;
}

/** Every golden folder, in name order (the seed first). */
export function goldenCases(): GoldenCase[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(GOLDEN_DIR, name);
      const source = readdirSync(dir).find((file) => file.startsWith('source.'));
      if (!source) throw new Error(`${dir} has no source.<ext> file`);
      return {
        name,
        sourcePath: path.join(dir, source),
        expectedPath: path.join(dir, 'expected.json'),
        relPath: name + path.extname(source),
      };
    });
}

/** What `expected.json` holds: the summary, the warnings and the body HTML (nothing here is volatile). */
export function goldenOutput(golden: GoldenCase): Pick<BuiltArticle, 'summary' | 'warnings' | 'html'> {
  const built = buildArticle(golden.relPath, readFileSync(golden.sourcePath, 'utf8'), { timeZone: GOLDEN_TIME_ZONE });
  return { summary: built.summary, warnings: built.warnings, html: built.html };
}

/** The exact text `expected.json` should contain. */
export function goldenJson(golden: GoldenCase): string {
  return `${JSON.stringify(goldenOutput(golden), null, 2)}\n`;
}
