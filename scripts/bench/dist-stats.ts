import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of one build output folder. */
export interface DistStats {
  distBytes: number;
  distFiles: number;
  /** `assets/articles/index-*.json`, raw and gzip -9. */
  indexBytes: number;
  indexGzipBytes: number;
  indexFiles: number;
  /** The JavaScript `index.html` loads before anything else: script tags plus modulepreload links. */
  initialJsBytes: number;
  initialJsGzipBytes: number;
  initialJsFiles: string[];
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The dist-relative files of every `<script src>` and `<link rel="modulepreload" href>` in the HTML. */
export function initialScripts(html: string, base = '/'): string[] {
  const urls: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload\b/i.test(tag)) continue;
    const url = new RegExp(`\\b${isScript ? 'src' : 'href'}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
    // Only files of the site itself; a foreign script would not be in dist/ anyway.
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    const local = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\.?\//, '');
    urls.push(decodeURIComponent(local.split(/[?#]/)[0]));
  }
  return [...new Set(urls)];
}

/** Measures a built `dist` folder. */
export function distStats(distDir: string, base = '/'): DistStats {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  let distBytes = 0;
  let indexBytes = 0;
  let indexGzipBytes = 0;
  let indexFiles = 0;
  for (const entry of files) {
    const full = path.join(entry.parentPath, entry.name);
    const size = statSync(full).size;
    distBytes += size;
    const rel = path.relative(distDir, full).split(path.sep).join('/');
    if (/^assets\/articles\/index-[^/]*\.json$/.test(rel)) {
      indexBytes += size;
      indexGzipBytes += gzipSize(full);
      indexFiles++;
    }
  }
  const initialJsFiles = initialScripts(readFileSync(path.join(distDir, 'index.html'), 'utf8'), base);
  let initialJsBytes = 0;
  let initialJsGzipBytes = 0;
  for (const rel of initialJsFiles) {
    const full = path.join(distDir, rel);
    initialJsBytes += statSync(full).size;
    initialJsGzipBytes += gzipSize(full);
  }
  return { distBytes, distFiles: files.length, indexBytes, indexGzipBytes, indexFiles, initialJsBytes, initialJsGzipBytes, initialJsFiles };
}
