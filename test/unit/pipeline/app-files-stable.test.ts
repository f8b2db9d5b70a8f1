import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/articles');
const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

function build(articlesDir: string, outDir: string): void {
  const run = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, ARTICLES_DIR: articlesDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stderr}`);
}

const scripts = (outDir: string) => readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js')).sort();
const indexMeta = (html: string) => html.match(/<meta name="folio-index" content="([^"]+)">/)?.[1];

// The app's code names no article file: the index is named in index.html. So a changed article
// gives new article and index files, but every script keeps its name and readers' caches.
describe('a build after an article changed', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'folio-stable-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('keeps every script file and names the new index in index.html', () => {
    const changed = path.join(work, 'articles');
    cpSync(FIXTURES, changed, { recursive: true });
    const file = path.join(changed, 'long-read.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, '\n\nOne more paragraph, added later.\n'));

    build(FIXTURES, path.join(work, 'before'));
    build(changed, path.join(work, 'after'));

    expect(scripts(path.join(work, 'after'))).toEqual(scripts(path.join(work, 'before')));
    const [before, after] = ['before', 'after'].map((dir) => indexMeta(readFileSync(path.join(work, dir, 'index.html'), 'utf8')));
    expect(before).toMatch(/^assets\/articles\/index-[\w-]+\.json$/);
    expect(after).toMatch(/^assets\/articles\/index-[\w-]+\.json$/);
    expect(after).not.toBe(before);
    expect(readdirSync(path.join(work, 'after/assets/articles'))).toContain(path.basename(after!));
  }, 120_000);
});

// react-router's package exports only its development build; vite.config.ts picks the production one.
describe('the built app', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'folio-prod-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("ships React Router's production build, without its development warnings", () => {
    build(FIXTURES, work);
    const code = scripts(work).map((name) => readFileSync(path.join(work, 'assets', name), 'utf8')).join('\n');
    // The router is there (an error both of its builds keep), but not two warnings only its development build has.
    expect(code).toContain('may be used only in the context of a <Router>');
    expect(code).not.toContain('No routes matched location');
    expect(code).not.toContain('You rendered descendant');
  }, 120_000);
});
