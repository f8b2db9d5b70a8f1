import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../../..');
const SPECIFIER = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

function imports(file: string): string[] {
  return [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(SPECIFIER)].map((match) => match[1]);
}

describe('imports', () => {
  // Vite loads its config and everything it imports; its native loader (planned to become the
  // default) needs file extensions, and without them every build printed a warning per import.
  it('name the file, extension included, in the build-time code Vite loads with its config', () => {
    const files = ['vite.config.ts', ...sources('src/pipeline'), ...sources('src/shared')];
    const bare = files.flatMap((file) => imports(file).filter((s) => s.startsWith('.') && !/\.\w+$/.test(s)).map((s) => `${file}: ${s}`));
    expect(bare).toEqual([]);
  });

  it('keep Node built-ins and the build pipeline out of browser code', () => {
    const files = ['src/app', 'src/features', 'src/lib'].flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    const offending = files.flatMap((file) => imports(file).filter((s) => s.startsWith('node:') || s.includes('/pipeline/')).map((s) => `${file}: ${s}`));
    expect(offending).toEqual([]);
  });
});
