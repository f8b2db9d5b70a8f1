import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { synthesizeCorpus, type SynthOptions } from './synth-corpus';
import { parseSource, type SourceArticle } from './synth-source';

// The same extensions the pipeline reads (CONTRACTS.md, "Article files").
const ARTICLE_FILE = /\.(md|markdown|html?|txt)$/i;

/** Reads every article file below `dir`, in path order so the output does not depend on the disk. */
export function readSources(dir: string): { sources: SourceArticle[]; skipped: string[] } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const sources: SourceArticle[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const source = parseSource(readFileSync(file, 'utf8'));
    if (source) sources.push(source);
    else skipped.push(path.relative(dir, file));
  }
  return { sources, skipped };
}

/** Writes a synthetic archive into `outDir` (which must be empty or missing); returns the file count and bytes. */
export function writeCorpus(sources: readonly SourceArticle[], outDir: string, options: SynthOptions) {
  mkdirSync(outDir, { recursive: true });
  if (readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty; refusing to mix archives`);
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of synthesizeCorpus(sources, options)) {
    const target = path.join(outDir, ...file.path.split('/'));
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(target, file.text);
    files++;
    bytes += Buffer.byteLength(file.text);
  }
  return { files, bytes, folders: made.size };
}
