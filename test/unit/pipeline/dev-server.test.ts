import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/articles');

const indexMeta = (html: string) => html.match(/<meta name="folio-index" content="([^"]+)">/)?.[1];

// `npm run dev`: the page names the current index, and an edited article is served after the
// reload the edit triggers, rebuilt from the per-file cache.
describe('the dev server', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'folio-dev-'));
  const articles = path.join(work, 'articles');
  let server: ViteDevServer;
  let origin: string;
  const saved = process.env.ARTICLES_DIR;

  beforeAll(async () => {
    cpSync(FIXTURES, articles, { recursive: true });
    process.env.ARTICLES_DIR = articles;
    server = await createServer({ root: ROOT, logLevel: 'silent', server: { host: '127.0.0.1', port: 0, hmr: false } });
    await server.listen();
    const address = server.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('dev server has no port');
    origin = `http://127.0.0.1:${address.port}`;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    if (saved === undefined) delete process.env.ARTICLES_DIR;
    else process.env.ARTICLES_DIR = saved;
    rmSync(work, { recursive: true, force: true });
  });

  async function currentIndex(): Promise<{ url: string; body: string }> {
    const html = await (await fetch(`${origin}/`)).text();
    const url = indexMeta(html);
    expect(url).toMatch(/^assets\/articles\/index-[\w-]+\.json$/);
    const response = await fetch(`${origin}/${url}`);
    expect(response.status).toBe(200);
    return { url: url!, body: await response.text() };
  }

  it('names the index in the page and names a new one after an article changes', async () => {
    const before = await currentIndex();
    const file = path.join(articles, 'long-read.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "A retitled long read"'));
    // The watcher resets the build on the change event; poll until the page names the new index.
    let after = before;
    for (let tries = 0; tries < 50 && after.url === before.url; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await currentIndex();
    }
    expect(after.url).not.toBe(before.url);
    expect(after.body).toContain('A retitled long read');
  }, 60_000);
});
