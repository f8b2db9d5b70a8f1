/**
 * A folder the production build writes article files into while Vite bundles, moved into the
 * output folder once Vite has written (and emptied) it. Writing there directly would be undone:
 * Vite empties `outDir` when rendering starts, after the articles were built.
 */
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FileSink } from './build-lists.ts';

/** The staging folder of one build. */
export interface Staging {
  dir: string;
  /** Writes each file (path below the base URL → JSON) into the staging folder as it is made. */
  sink: FileSink;
  /** Moves `sub` (e.g. `assets/articles`) from the staging folder into `outDir`, replacing it. */
  moveInto: (outDir: string, sub: string) => void;
  dispose: () => void;
}

/** Makes a staging folder below `parent` (Vite's cache folder: same disk as the project, usually). */
export function createStaging(parent: string, sub: string): Staging {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, 'folio-articles-'));
  mkdirSync(path.join(dir, sub), { recursive: true });
  return {
    dir,
    sink: { set: (name, json) => writeFileSync(path.join(dir, name), json) },
    moveInto(outDir, sub) {
      const target = path.join(outDir, sub);
      rmSync(target, { recursive: true, force: true });
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        renameSync(path.join(dir, sub), target);
      } catch (error) {
        // Another disk: copy instead (slower, same result).
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        cpSync(path.join(dir, sub), target, { recursive: true });
      }
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
