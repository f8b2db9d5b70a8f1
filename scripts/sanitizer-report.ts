/**
 * Runs the app's real sanitizer (in jsdom) over every article the pipeline builds from
 * CORPUS_DIR or ARTICLES_DIR and prints what it removed, by element and by attribute, plus any
 * article whose visible text changed, so we can see that nothing a reader needs was lost.
 * Usage: CORPUS_DIR=/path/to/posts npm run report:sanitizer
 */
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { collectArticles } from '../src/pipeline/collect';

// Text a browser never shows, or that the policy drops on purpose (form controls, players).
const UNSHOWN = 'script, style, noscript, template, title, button, select, textarea, option, svg, math, iframe, video, audio, object, embed';

const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://127.0.0.1/' });
Object.assign(globalThis, { window: dom.window, document: dom.window.document, Node: dom.window.Node });
const { sanitizeWithRemovals } = await import('../src/lib/sanitize');

function visibleText(html: string): string {
  const template = dom.window.document.createElement('template');
  template.innerHTML = html;
  template.content.querySelectorAll(UNSHOWN).forEach((node) => node.remove());
  return (template.content.textContent ?? '').replace(/\s+/g, '');
}

function table(title: string, counts: Map<string, number>): string {
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(title.length, ...rows.map(([name]) => name.length));
  return [`${title.padEnd(width)}  count`, ...rows.map(([name, n]) => `${name.padEnd(width)}  ${String(n).padStart(5)}`)].join('\n');
}

const articlesDir = path.resolve(process.env.CORPUS_DIR ?? process.env.ARTICLES_DIR ?? 'articles');
const { articles, problems } = await collectArticles({ articlesDir, timeZone: process.env.ARTICLES_TIMEZONE ?? 'Asia/Shanghai', strict: false });
const elements = new Map<string, number>();
const attributes = new Map<string, number>();
const textChanged: string[] = [];
let figures = 0;
for (const article of articles) {
  const { html, removed } = sanitizeWithRemovals(article.html);
  for (const { kind, name } of removed) {
    const counts = kind === 'element' ? elements : attributes;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  figures += (html.match(/<figure>/g) ?? []).length - (article.html.match(/<figure[\s>]/g) ?? []).length;
  const before = visibleText(article.html);
  const after = visibleText(html);
  if (before !== after) textChanged.push(`${article.summary.source}: ${before.length} → ${after.length} visible characters${after.length > before.length ? ' (links to removed players added)' : ''}`);
}
console.log(`Sanitizer report for ${articlesDir}: ${articles.length} articles (${problems.length} pipeline problems)\n`);
console.log(`${table('removed element', elements)}\n\n${table('removed attribute', attributes)}\n`);
console.log(`figures made from image + caption: ${figures}`);
console.log(`articles whose visible text changed: ${textChanged.length}`);
for (const line of textChanged) console.log(`  ${line}`);
