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
      const emitted: string[] = [];
      const hooks = {
        error: (message: string): never => {
          throw new Error(message);
        },
        warn: (message: string) => void warnings.push(message),
        emitFile: (file: { fileName: string }) => void emitted.push(file.fileName),
      };
      (plugin.configResolved as (config: object) => void)({ root: '/', build: { assetsDir: 'assets' } });
      const code = await (plugin.load as (this: object, id: string) => Promise<string>).call(hooks, '\0virtual:folio-articles');
      await (plugin.generateBundle as (this: object) => Promise<void>).call(hooks);
      return { code, warnings, emitted };
    } finally {
      restore('ARTICLES_DIR', saved.dir);
      restore('ARTICLES_STRICT', saved.strict);
    }
  }

  it('warns about skipped files and emits the others', async () => {
    const { code, warnings, emitted } = await run(path.join(BROKEN, 'bad-files'), false);
    expect(code).toMatch(/^export const indexUrl = "assets\/articles\/index-[\w-]+\.json";$/);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^bad-yaml\.md:4: skipped:/)]));
    // Two articles' own files (named by their hash alone), beside the index, list pages and lookup shard.
    expect(emitted.filter((name) => /^assets\/articles\/[\w-]{12}\.json$/.test(name))).toHaveLength(2);
  });

  it('fails the build on skips under ARTICLES_STRICT, naming every file', async () => {
    await expect(run(path.join(BROKEN, 'bad-files'), true)).rejects.toThrow(/bad-yaml\.md:4[\s\S]*unclosed\.md:1/);
  });

  it('fails the build on duplicate ids, naming both files', async () => {
    await expect(run(path.join(BROKEN, 'duplicate-ids'), false)).rejects.toThrow(/first\.md and sub\/second\.html/);
  });
});
