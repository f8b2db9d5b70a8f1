import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseSource } from './synth-source';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * Writes `dir/index.html`: the article's title and body HTML and nothing else, the floor the
 * reader's article page is compared against. Same charset, viewport and language as the app's HTML.
 */
export function writeStaticArticle(articleFile: string, dir: string): string {
  const source = parseSource(readFileSync(articleFile, 'utf8'));
  if (!source) throw new Error(`${articleFile}: front matter is not a YAML mapping`);
  const title = escapeHtml(source.title);
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="referrer" content="no-referrer" />
<title>${title}</title>
</head>
<body>
<article>
<h1>${title}</h1>
${source.body}
</article>
</body>
</html>
`;
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'index.html');
  writeFileSync(file, html);
  return file;
}
