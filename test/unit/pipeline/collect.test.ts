import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/pipeline/build-file';
import { collectArticles, createArticleCache } from '../../../src/pipeline/collect';
import { listArticleFiles } from '../../../src/pipeline/list-files';
import { formatProblem, type PipelineOptions } from '../../../src/pipeline/types';

const BROKEN = path.join(import.meta.dirname, '../../fixtures/broken');
const options = (articlesDir: string, strict = false): PipelineOptions => ({ articlesDir, timeZone: 'Asia/Shanghai', strict });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'folio-collect-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(relPath: string, text: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.join(dir, relPath)), { recursive: true });
  await writeFile(path.join(dir, relPath), text);
}

describe('listArticleFiles', () => {
  it('walks folders recursively, any case of the five extensions, sorted', async () => {
    for (const name of ['b.md', 'A.MD', 'x/y/z.Markdown', 'p.html', 'q.HTM', 'n.txt', 'skip.json', 'img.png', 'README']) {
      await put(name, 'x');
    }
    expect(await listArticleFiles(dir)).toEqual(['A.MD', 'b.md', 'n.txt', 'p.html', 'q.HTM', 'x/y/z.Markdown']);
  });

  it('never follows symbolic links, and names each link and pipe named like an article', async () => {
    // ARTICLES_DIR is `articles/`; the links lead out of it.
    const inside = path.join(dir, 'articles');
    await put('articles/real.md', '---\ntitle: Real\n---\nbody');
    await put('folder/inner.md', 'inner');
    await put('outside/secret.md', 'not to be published');
    await symlink(path.join(dir, 'outside/secret.md'), path.join(inside, 'link.md'));
    await symlink(path.join(dir, 'folder'), path.join(inside, 'linked-folder'));
    await symlink('nowhere.md', path.join(inside, 'dangling.md'));
    await symlink('loop.md', path.join(inside, 'loop.md'));
    await symlink(path.join(dir, 'outside/secret.md'), path.join(inside, 'image.png'));
    execFileSync('mkfifo', [path.join(inside, 'pipe.md')]);
    const { articles, problems } = await collectArticles(options(inside));
    expect(articles.map((a) => a.summary.source)).toEqual(['real.md']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^dangling\.md: skipped: is a symbolic link, which the build never follows/),
      expect.stringMatching(/^link\.md: skipped: is a symbolic link/),
      expect.stringMatching(/^linked-folder: skipped: is a symbolic link/),
      expect.stringMatching(/^loop\.md: skipped: is a symbolic link/),
      expect.stringMatching(/^pipe\.md: skipped: is not a regular file/),
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
    const strict = await collectArticles(options(inside, true));
    expect(strict.problems.filter((p) => p.severity === 'error')).toHaveLength(5);
  });

  it('names ARTICLES_DIR when it cannot be read', async () => {
    await expect(listArticleFiles(path.join(dir, 'missing'))).rejects.toThrow(/ARTICLES_DIR .*missing/);
  });
});

describe('collectArticles', () => {
  it('gives nested files their folder path as id, and keeps odd names such as " .md"', async () => {
    await put('新媒体/36kr/post one.md', '---\ntitle: t\n---\nx');
    await put(' .md', "---\ntitle: ' '\n---\n<div>text</div>");
    const { articles, problems } = await collectArticles(options(dir));
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.summary.id)).toEqual([' ', '新媒体/36kr/post one']);
    expect(articles[0].summary.title).toBe('text');
  });

  it('fails on two files with one id, naming both, and still builds the others', async () => {
    const { articles, problems } = await collectArticles(options(path.join(BROKEN, 'duplicate-ids')));
    expect(articles.map((a) => a.summary.source)).toEqual(['first.md', 'unique.md']);
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe('error');
    expect(formatProblem(problems[0])).toMatch(/sub\/second\.html: duplicate id "same-id": used by both first\.md and sub\/second\.html/);
  });

  it('skips unreadable files with warnings naming file and line; the rest are built', async () => {
    const { articles, problems } = await collectArticles(options(path.join(BROKEN, 'bad-files')));
    expect(articles.map((a) => a.summary.source)).toEqual(['good.md', 'latin1.txt']);
    const messages = problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/^bad-yaml\.md:4: skipped: front matter YAML/),
      expect.stringMatching(/^good\.md:3: date: "Invalid Date"/),
      expect.stringMatching(/^latin1\.txt: is not valid UTF-8/),
      expect.stringMatching(/^not-a-mapping\.txt:2: skipped: front matter is not a mapping/),
      expect.stringMatching(/^unclosed\.md:1: skipped: front matter .* never closed/),
    ]);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('skips a file too large to build without reading it, and builds the rest', async () => {
    await put('ok.md', 'fine');
    // Sparse: takes no disk, and reading it would be 33 MB of NUL bytes.
    await put('huge.html', '');
    await truncate(path.join(dir, 'huge.html'), MAX_FILE_BYTES + 1);
    const { articles, problems } = await collectArticles(options(dir));
    expect(articles.map((a) => a.summary.source)).toEqual(['ok.md']);
    expect(problems.map(formatProblem)).toEqual(['huge.html: skipped: is 33 MB; files over 32 MB are not built (one could exhaust memory)']);
  });

  it('turns skips (not other warnings) into errors with ARTICLES_STRICT', async () => {
    const { problems } = await collectArticles(options(path.join(BROKEN, 'bad-files'), true));
    const errors = problems.filter((p) => p.severity === 'error').map((p) => p.file);
    expect(errors).toEqual(['bad-yaml.md', 'not-a-mapping.txt', 'unclosed.md']);
  });

  it('decodes invalid UTF-8 with replacement characters', async () => {
    const { articles } = await collectArticles(options(path.join(BROKEN, 'bad-files')));
    const latin1 = articles.find((a) => a.summary.source === 'latin1.txt')!;
    expect(latin1.summary.title).toBe('Latin-1 caf\uFFFD');
  });

  it('rejects an unknown time zone before reading anything', async () => {
    await expect(collectArticles({ ...options(dir), timeZone: 'Nowhere/City' })).rejects.toThrow(/ARTICLES_TIMEZONE/);
  });

  it('rebuilds only files whose mtime or size changed, and forgets deleted files', async () => {
    await put('a.md', 'one');
    await put('b.md', 'two');
    const cache = createArticleCache();
    const first = await collectArticles(options(dir), cache);
    await put('b.md', 'two, edited');
    const second = await collectArticles(options(dir), cache);
    expect(second.articles[0]).toBe(first.articles[0]);
    expect(second.articles[1]).not.toBe(first.articles[1]);
    expect(second.articles[1].summary.excerpt).toBe('two, edited');
    await put('a.md', 'uno');
    await utimes(path.join(dir, 'a.md'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await collectArticles(options(dir), cache)).articles[0].summary.excerpt).toBe('uno');
    await unlink(path.join(dir, 'b.md'));
    await collectArticles(options(dir), cache);
    expect([...cache.keys()]).toEqual([path.join(dir, 'a.md')]);
  });
});
