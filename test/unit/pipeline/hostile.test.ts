import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline/build-article';
import { collectArticles } from '../../../src/pipeline/collect';
import { listArticleFiles } from '../../../src/pipeline/list-files';
import { formatProblem, type CollectResult, type PipelineOptions } from '../../../src/pipeline/types';
import { HOSTILE_OUTCOMES } from '../../fixtures/hostile/outcomes';

const REPO = path.resolve(import.meta.dirname, '../../..');
const HOSTILE = path.join(REPO, 'test/fixtures/hostile');
const BROKEN = path.join(REPO, 'test/fixtures/broken');
const options = (articlesDir: string, strict = false): PipelineOptions => ({ articlesDir, timeZone: 'Asia/Shanghai', strict });
const messages = (result: CollectResult) => result.problems.map(formatProblem);

describe('the hostile folder', () => {
  let result: CollectResult;
  beforeAll(async () => {
    result = await collectArticles(options(HOSTILE));
  });

  it('lists exactly the files the outcome table documents', async () => {
    expect(await listArticleFiles(HOSTILE)).toEqual(Object.keys(HOSTILE_OUTCOMES).sort());
  });

  it.each(Object.entries(HOSTILE_OUTCOMES))('%s is %s', (file, outcome) => {
    const built = result.articles.filter((a) => a.summary.source === file);
    const skips = messages(result).filter((m) => m.startsWith(`${file}:`) && m.includes('skipped'));
    expect({ built: built.length, skips: skips.length }).toEqual(outcome === 'rendered' ? { built: 1, skips: 0 } : { built: 0, skips: 1 });
  });

  it('loses no other article: every rendered file is built, and nothing fails the build', () => {
    const rendered = Object.keys(HOSTILE_OUTCOMES).filter((f) => HOSTILE_OUTCOMES[f] === 'rendered');
    expect(result.articles.map((a) => a.summary.source).sort()).toEqual(rendered);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('under ARTICLES_STRICT every skip becomes an error naming the file with its extension', async () => {
    const strict = await collectArticles(options(HOSTILE, true));
    const failed = strict.problems.filter((p) => p.severity === 'error').map((p) => p.file);
    expect(failed.sort()).toEqual(Object.keys(HOSTILE_OUTCOMES).filter((f) => HOSTILE_OUTCOMES[f] === 'skipped'));
  });

  it('gives every body id a namespace, so none can be `root`, `cookie` or a chapter anchor copy', () => {
    for (const { html, summary } of result.articles) {
      const ids = [...html.matchAll(/\sid\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]);
      expect(ids.filter((id) => !/^(ch|u)-/.test(id)), summary.source).toEqual([]);
      const chapters = summary.chapters.map((c) => c.id);
      expect(new Set(chapters).size, summary.source).toBe(chapters.length);
    }
  });

  it('keeps HTML in front matter as plain text and prototype names as plain category names', () => {
    const byFile = new Map(result.articles.map((a) => [a.summary.source, a.summary]));
    const html = byFile.get('fm-html-in-title-author-category.md')!;
    expect(html.title).toContain('<script>');
    expect(html.cover).toBeNull();
    const proto = byFile.get('fm-proto-constructor-categories.md')!;
    expect(proto.categories).toEqual([['__proto__', 'polluted'], ['constructor', 'prototype'], ['hasOwnProperty']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const tags = byFile.get('fm-yaml-type-tags.md')!;
    expect(typeof tags.author === 'string' || tags.author === null).toBe(true);
  });

  it('skips the alias bomb quickly, naming the file and line', async () => {
    const text = await readFile(path.join(HOSTILE, 'fm-yaml-alias-bomb.md'), 'utf8');
    const started = performance.now();
    expect(() => buildArticle('fm-yaml-alias-bomb.md', text, options(HOSTILE))).toThrow(/alias/i);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('broken edge files', () => {
  it('builds every one, and names the file with its extension in each warning', async () => {
    const dir = path.join(BROKEN, 'edge-files');
    const result = await collectArticles(options(dir));
    expect(result.articles.map((a) => a.summary.source).sort()).toEqual(await listArticleFiles(dir));
    expect(messages(result).sort()).toEqual([
      'invalid-utf8-bytes.txt: is not valid UTF-8; bad bytes shown as U+FFFD',
      'truncated-multibyte.md: is not valid UTF-8; bad bytes shown as U+FFFD',
    ]);
    const crlf = result.articles.find((a) => a.summary.source === 'crlf-line-endings.md')!;
    expect([crlf.summary.title, crlf.summary.chapters.length]).toEqual(['CRLF line endings', 1]);
    expect(result.articles.find((a) => a.summary.source === 'bom-before-front-matter.md')!.summary.title).toBe('BOM before front matter');
  });
});

/** Every file below `dir`, as paths relative to it. */
async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('ids and categories that climb out of the out dir', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'folio-hostile-out-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('a real build writes only below its outDir', async () => {
    // Nested two levels down, so `../../x` from the out dir or its assets would land in `work`.
    const outDir = path.join(work, 'a', 'b', 'dist');
    await mkdir(outDir, { recursive: true });
    const env: NodeJS.ProcessEnv = { ...process.env, ARTICLES_DIR: path.join(BROKEN, 'path-traversal'), NO_COLOR: '1' };
    delete env.BASE_URL;
    delete env.ARTICLES_STRICT;
    const vite = path.join(REPO, 'node_modules/vite/bin/vite.js');
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: REPO,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(`${stdout}${stderr}`).toMatch(/id-dot-dot-etc-passwd\.md:3: id: "\.\.\/\.\.\/etc\/passwd"/);
    const outside = (await listAll(work)).filter((file) => !file.startsWith(`a${path.sep}b${path.sep}dist${path.sep}`));
    expect(outside).toEqual([]);
    const written = await listAll(outDir);
    const pages = written.filter((file) => file.startsWith(`article${path.sep}`));
    expect(written.filter((file) => !pages.includes(file) && !/^[\w.-]+$|^(assets|icons)\/[\w.-]+$|^assets\/articles\/[\w-]+\.json$/.test(file))).toEqual([]);
    // Prerendered pages only for the ids that are plain paths; the climbing ones are served by the app alone.
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThan(6);
    const jsons = written.filter((file) => file.startsWith('assets/articles/'));
    const bodies = await Promise.all(jsons.map(async (file) => JSON.parse(await readFile(path.join(outDir, file), 'utf8'))));
    expect(bodies.filter((json) => typeof json.html === 'string').length).toBe(6);
  }, 180_000);
});

const paragraph = '<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit, 中文段落。</p>\n';
const bigBody = (bytes: number) => `---\ntitle: big\n---\n${paragraph.repeat(Math.ceil(bytes / Buffer.byteLength(paragraph)))}`;
const headings = (count: number) =>
  `---\ntitle: headings\n---\n${Array.from({ length: count }, (_, i) => `# Heading ${i % 50}\n\ntext ${i}\n`).join('\n')}`;

/** Milliseconds to build `text` once. */
function timeBuild(file: string, text: string): { ms: number; chapters: number; html: string } {
  const started = performance.now();
  const article = buildArticle(file, text, options(HOSTILE));
  return { ms: performance.now() - started, chapters: article.summary.chapters.length, html: article.html };
}

describe('large files build in linear time', () => {
  it('10,000 headings: 4× the headings costs well under 16× the time, and every chapter id is unique', () => {
    timeBuild('warm.md', headings(500));
    const small = timeBuild('headings.md', headings(2500));
    const large = timeBuild('headings.md', headings(10_000));
    console.info(`headings 2,500: ${small.ms.toFixed(0)} ms, 10,000: ${large.ms.toFixed(0)} ms`);
    expect(large.chapters).toBe(10_000);
    expect(new Set([...large.html.matchAll(/id="(ch-[^"]*)"/g)].map((m) => m[1])).size).toBe(10_000);
    expect(large.ms / small.ms).toBeLessThan(10);
  }, 120_000);

  it('a 5 MB body: 4× the bytes costs well under 16× the time, and keeps all its text', () => {
    timeBuild('warm.html', bigBody(100_000));
    const small = timeBuild('big.html', bigBody(1_250_000));
    const large = timeBuild('big.html', bigBody(5_000_000));
    console.info(`body 1.25 MB: ${small.ms.toFixed(0)} ms, 5 MB: ${large.ms.toFixed(0)} ms`);
    expect(large.html.split('<p>').length - 1).toBe(Math.ceil(5_000_000 / Buffer.byteLength(paragraph)));
    expect(large.ms / small.ms).toBeLessThan(10);
  }, 240_000);
});

describe('hosting header files', () => {
  it('repeat the built CSP exactly, with frame-ancestors none except for the embed', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../../src/pipeline/csp-plugin');
    const headers = await readFile(path.join(REPO, 'public/_headers'), 'utf8');
    const policies = [...headers.matchAll(/^\s+Content-Security-Policy: (.*)$/gm)].map((m) => m[1]);
    expect(policies).toEqual([`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`, `${CONTENT_SECURITY_POLICY}; frame-ancestors *`]);
    expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
    expect(headers).toMatch(/^\s+Referrer-Policy: no-referrer$/m);
    const nginx = await readFile(path.join(REPO, 'docs/hosting/nginx.conf'), 'utf8');
    expect(nginx).toContain(`set $folio_csp "${CONTENT_SECURITY_POLICY}";`);
    expect(nginx.match(/frame-ancestors [^"]*/g)).toEqual(["frame-ancestors 'none'", 'frame-ancestors *']);
  });
});
