import { mkdtemp, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline/build-article';
import { decodeText } from '../../../src/pipeline/decode-text';
import { collectArticles } from '../../../src/pipeline/collect';
import { ArticleError } from '../../../src/pipeline/errors';

const HOSTILE = path.join(import.meta.dirname, '../../fixtures/hostile');
const OPTIONS = { timeZone: 'Asia/Shanghai' };
// Small enough for a loaded machine, large enough to find a crash in the front matter or body path.
const RUNS = { numRuns: 150 };

const SEED = `
---
title: "Seed: article"
categories:
  - [新媒体, 鸟哥笔记]
  - 36kr
tags: [a, b]
author: Someone
date: 2021-10-03 05:00:00
updated: Sun, 03 Oct 2021 05:00:00 GMT
id: seed/one
cover: https://img.example/c.png
---
<h1>第一章</h1><p>Text <a href="#x">link</a></p><img src="https://img.example/a.png">
# Markdown heading

- item
`;

// Characters that mean something to YAML, Markdown or HTML.
const SPECIAL = ['---', '\n', '\r\n', '\t', ':', '&a', '*a', '!!', '!tag ', '[', ']', '{', '}', '"', "'", '#', '<', '>', '&#', '\u0000', '\uFEFF', '\uD800', '- ', '? ', '|', '%YAML 1.2\n'];

/** One edit of a text: insert a special token or random text, delete a range, or cut the text short. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 20 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, edits: Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length ? edit.at % (out.length + 1) : 0;
    if (edit.kind === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
    else if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    else out = out.slice(0, at);
  }
  return out;
}

const fileName = fc.tuple(
  fc.array(fc.constantFrom('a', 'Z', '0', '.', '..', ' ', '中', '%2e', '-', '_'), { minLength: 1, maxLength: 6 }),
  fc.constantFrom('.md', '.markdown', '.html', '.htm', '.txt', '.MD'),
).map(([parts, ext]) => `${parts.join('')}${ext}`);

/** Builds, and if it throws, the error must be an ArticleError naming the file (with extension). */
function buildOrName(relPath: string, text: string): void {
  try {
    const article = buildArticle(relPath, text, OPTIONS);
    expect(typeof article.html).toBe('string');
    expect(article.summary.source).toBe(relPath);
    for (const warning of article.warnings) expect(warning.file).toBe(relPath);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleError);
    expect((error as ArticleError).file).toBe(relPath);
  }
}

const fixtures = readdirSync(HOSTILE)
  .filter((name) => /\.(md|html)$/.test(name))
  .map((name) => readFileSync(path.join(HOSTILE, name), 'utf8'));

describe('the pipeline never crashes without naming the file', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fileName, fc.uint8Array({ maxLength: 600 }), (name, bytes) => {
        let text: string;
        try {
          text = decodeText(bytes).text;
        } catch (error) {
          // Binary: skipped by build-file.ts, which names the file.
          return void expect(error).toBeInstanceOf(ArticleError);
        }
        buildOrName(name, text);
      }),
      RUNS,
    );
  });

  it('on random text with YAML, HTML and Markdown tokens', () => {
    const token = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 6 }), fc.constantFrom('title: ', 'categories: ', 'date: ', 'id: '));
    fc.assert(
      fc.property(fileName, fc.array(token, { maxLength: 60 }), (name, parts) => buildOrName(name, parts.join(''))),
      RUNS,
    );
  });

  it('on mutated and truncated real-ish front matter', () => {
    fc.assert(
      fc.property(fileName, fc.array(mutation, { minLength: 1, maxLength: 6 }), (name, edits) => buildOrName(name, mutate(SEED, edits))),
      RUNS,
    );
  });

  it('on mutated and truncated hostile fixtures', () => {
    fc.assert(
      fc.property(
        fileName,
        fc.constantFrom(...fixtures),
        fc.array(mutation, { maxLength: 4 }),
        (name, text, edits) => buildOrName(name, mutate(text, edits)),
      ),
      { numRuns: 60 },
    );
  });

  it('collectArticles over a folder of mutated files builds or names every file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(mutation, { maxLength: 5 }), { minLength: 1, maxLength: 5 }), async (edits) => {
        const dir = await new Promise<string>((resolve, reject) =>
          mkdtemp(path.join(tmpdir(), 'folio-fuzz-'), (error, made) => (error ? reject(error) : resolve(made))),
        );
        try {
          const names = edits.map((_, i) => `f${i}.md`);
          await Promise.all(edits.map((e, i) => writeFile(path.join(dir, names[i]), mutate(SEED.replace('id: seed/one', `id: seed/${i}`), e))));
          const result = await collectArticles({ articlesDir: dir, timeZone: 'Asia/Shanghai', strict: false });
          for (const problem of result.problems) expect(names).toContain(problem.file);
          // Every file is either built or named by a problem: none vanishes silently.
          for (const name of names) {
            const seen = result.articles.some((a) => a.summary.source === name) || result.problems.some((p) => p.file === name);
            expect(seen, name).toBe(true);
          }
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 20 },
    );
  });
});
