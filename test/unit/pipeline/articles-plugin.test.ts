import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesPlugin, optionsFromEnv } from '../../../src/pipeline/articles-plugin';

describe('optionsFromEnv', () => {
  it('uses the documented defaults', () => {
    expect(optionsFromEnv('/app', {})).toEqual({
      articlesDir: path.resolve('/app', 'articles'),
      timeZone: 'Asia/Shanghai',
      strict: false,
    });
  });

  it('reads ARTICLES_DIR, ARTICLES_TIMEZONE and ARTICLES_STRICT', () => {
    const options = optionsFromEnv('/app', { ARTICLES_DIR: 'posts', ARTICLES_TIMEZONE: 'UTC', ARTICLES_STRICT: '1' });
    expect(options).toEqual({ articlesDir: path.resolve('/app', 'posts'), timeZone: 'UTC', strict: true });
    expect(optionsFromEnv('/app', { ARTICLES_STRICT: 'true' }).strict).toBe(true);
    expect(optionsFromEnv('/app', { ARTICLES_STRICT: '0' }).strict).toBe(false);
  });
});

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

describe('articlesPlugin', () => {
  const BROKEN = path.join(import.meta.dirname, '../../fixtures/broken');

  async function run(articlesDir: string, strict: boolean) {
    const saved = { dir: process.env.ARTICLES_DIR, strict: process.env.ARTICLES_STRICT };
    process.env.ARTICLES_DIR = articlesDir;
    process.env.ARTICLES_STRICT = strict ? '1' : '';
    try {
      const plugin = articlesPlugin();
      const warnings: string[] = [];
      const hooks = {
        error: (message: string): never => {
          throw new Error(message);
        },
        warn: (message: string) => void warnings.push(message),
      };
      const outDir = await mkdtemp(path.join(tmpdir(), 'folio-plugin-'));
      const config = { root: '/', command: 'build', cacheDir: path.join(outDir, '.cache'), build: { assetsDir: 'assets', outDir: path.join(outDir, 'dist') } };
      (plugin.configResolved as (config: object) => void)(config);
      try {
        (plugin.buildStart as (this: object) => void).call(hooks);
        const html = plugin.transformIndexHtml as unknown as { handler: () => Promise<{ attrs: Record<string, string> }[]> };
        const [meta] = await html.handler();
        await (plugin.writeBundle as { handler: (this: object, options: object, bundle: object) => Promise<void> }).handler.call(hooks, {}, {});
        (plugin.closeBundle as () => void)();
        const written = await readdir(path.join(outDir, 'dist/assets/articles'));
        const leftovers = await readdir(path.join(outDir, '.cache/folio'));
        return { meta, warnings, written: written.map((name) => `assets/articles/${name}`), leftovers };
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    } finally {
      restore('ARTICLES_DIR', saved.dir);
      restore('ARTICLES_STRICT', saved.strict);
    }
  }

  it('warns about skipped files and writes the others into the output folder', async () => {
    const { meta, warnings, written, leftovers } = await run(path.join(BROKEN, 'bad-files'), false);
    // index.html names the entry index for the app.
    expect(meta.attrs.name).toBe('folio-index');
    expect(meta.attrs.content).toMatch(/^assets\/articles\/index-[\w-]+\.json$/);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^bad-yaml\.md:4: skipped:/)]));
    // Two articles' own files (named by their hash alone), beside the index, list pages and lookup shard.
    expect(written.filter((name) => /^assets\/articles\/[\w-]{12}\.json$/.test(name))).toHaveLength(2);
    expect(written).toContain(meta.attrs.content);
    // The staging folder is gone once the files are in place.
    expect(leftovers).toEqual([]);
  });

  it('fails the build on skips under ARTICLES_STRICT, naming every file', async () => {
    await expect(run(path.join(BROKEN, 'bad-files'), true)).rejects.toThrow(/bad-yaml\.md:4[\s\S]*unclosed\.md:1/);
  });

  it('fails the build on duplicate ids, naming both files', async () => {
    await expect(run(path.join(BROKEN, 'duplicate-ids'), false)).rejects.toThrow(/first\.md and sub\/second\.html/);
  });
});
