/**
 * Prerendered article pages: `article/<id>.html`, the app's own index.html with the article's
 * title and first paragraphs already in `#root`, so a reader (and a phone on a slow network) sees
 * text before the app's script runs. The app then renders the full page in its place
 * (src/app/main.tsx). The text is escaped plain text: no markup from the article reaches it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleSummary } from '../shared/article-types.ts';
import { PRERENDER_SETTINGS } from './prerender-settings.ts';

/** The inlined stylesheet (minus its comment), and its CSP hash source for `style-src`. */
export const PRERENDER_CSS = readFileSync(new URL('./prerender.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .trim();
export const PRERENDER_STYLE_HASH = `'sha256-${createHash('sha256').update(PRERENDER_CSS).digest('base64')}'`;

/**
 * Loads the app once the prerendered text has painted (the browser's first-contentful-paint
 * entry; where paint timing is missing, the next frame), so its scripts do not compete with the
 * first paint, not even when the service worker hands them over at once on a slow phone. A
 * hidden tab paints nothing, so it starts at once; 3 s is the limit for a browser that never
 * reports the paint. The data the app opens the article with (`folio-preload`) is preloaded at
 * the same moment, so it downloads beside the code instead of after it. Lighthouse counts
 * whatever is requested before the first paint as holding that paint back (measured: preload
 * links in the HTML raised LCP 1.29 → 1.67 s; starting on the next frame, as this did before,
 * let them begin before a paint that came late, and 3 of 5 runs then had FCP 1.9 s, LCP 3.2 s
 * instead of 0.7 s and 0.9 s).
 * Inline because a file would cost a request before that paint; allowed by its hash in the CSP.
 */
export const PRERENDER_BOOT =
  "const meta=(name)=>document.querySelector('meta[name=\"'+name+'\"]')?.content??'';" +
  "let start=()=>{start=()=>{};for(const href of meta('folio-preload').split(' ').filter(Boolean)){" +
  "const link=document.createElement('link');link.rel='preload';link.as='fetch';link.crossOrigin='';link.href=href;document.head.append(link)}" +
  "import(meta('folio-entry'))};setTimeout(()=>start(),3000);" +
  "if(document.visibilityState==='hidden'||performance.getEntriesByName('first-contentful-paint').length)start();" +
  "else if(self.PerformanceObserver?.supportedEntryTypes?.includes('paint'))new PerformanceObserver((list)=>{if(list.getEntriesByName('first-contentful-paint').length)start()}).observe({type:'paint'});" +
  'else requestAnimationFrame(()=>setTimeout(()=>start()));';
export const PRERENDER_SCRIPT_HASH = `'sha256-${createHash('sha256').update(PRERENDER_BOOT).digest('base64')}'`;

export { PRERENDER_SETTINGS };
export const PRERENDER_SETTINGS_HASH = `'sha256-${createHash('sha256').update(PRERENDER_SETTINGS).digest('base64')}'`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * The file an article's page goes to, below the output folder, or null when its id cannot be a
 * safe file path (empty, `.` or `..` levels, NUL or backslash, over-long levels, or a name the
 * server would read as a file of its own): such an article is served by the app alone.
 */
export function prerenderPath(id: string): string | null {
  const levels = id.split('/');
  const safe = levels.every(
    (level) => level !== '' && level !== '.' && level !== '..' && !/[\0\\]/.test(level) && Buffer.byteLength(level) <= 200,
  );
  return safe && !/\.html?$/i.test(id) ? `article/${id}.html` : null;
}

type PageSummary = Pick<ArticleSummary, 'title' | 'excerpt' | 'author' | 'date'>;

/** The article's text, as the prerendered `#root` content. */
function rootContent(summary: PageSummary, lead: readonly string[]): string {
  const meta = [summary.author, summary.date?.slice(0, 10)].filter(Boolean).join(' · ');
  return [
    '<main class="prerender"><article>',
    `<h1>${escapeHtml(summary.title)}</h1>`,
    meta ? `<p class="prerender-meta">${escapeHtml(meta)}</p>` : '',
    ...lead.map((block) => `<p>${escapeHtml(block)}</p>`),
    '</article></main>',
  ].join('');
}

/**
 * Makes the pages of articles from the built index.html (`shell`), which is prepared once: its
 * stylesheets and scripts load after the first paint (the app links the stylesheets named in
 * `folio-styles` before it renders), so nothing holds that paint back; the inlined stylesheet
 * styles the text until the app takes over.
 */
export function articlePageTemplate(
  shell: string,
): (summary: PageSummary, lead: readonly string[], preload?: readonly string[]) => string {
  const TITLE = '\u0000title\u0000';
  const DESCRIPTION = '\u0000description\u0000';
  const ROOT = '\u0000root\u0000';
  const PRELOAD = '\u0000preload\u0000';
  const styles: string[] = [];
  const marked = shell
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${TITLE} · Folio</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/i, () => `<meta name="description" content="${DESCRIPTION}" />`)
    // The app's stylesheets are linked by the app once it starts (src/app/prerendered.ts).
    .replace(/\s*<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi, (_, href: string) => (styles.push(href), ''))
    // The app's modules load after the first paint (PRERENDER_BOOT), so nothing preloads them before it.
    .replace(/\s*<link rel="modulepreload"[^>]*>/gi, '')
    .replace(
      /<script type="module"(?: crossorigin)? src="([^"]+)"><\/script>/i,
      (_, src: string) => `<meta name="folio-entry" content="${src}" />\n    <script type="module">${PRERENDER_BOOT}</script>`,
    )
    .replace(
      /<\/head>/i,
      () =>
        `${PRELOAD}<meta name="folio-styles" content="${styles.join(' ')}" />\n    <script>${PRERENDER_SETTINGS}</script>\n` +
        `    <style>${PRERENDER_CSS}</style>\n  </head>`,
    )
    .replace(/<div id="root"><\/div>/, () => `<div id="root" data-prerendered="">${ROOT}</div>`);
  // Split once at the markers; each page is then a join of escaped pieces.
  const parts = marked.split(/(\u0000(?:title|description|root|preload)\u0000)/);
  return (summary, lead, preload = []) => {
    const fill: Record<string, string> = {
      [TITLE]: escapeHtml(summary.title),
      [DESCRIPTION]: escapeHtml(summary.excerpt || summary.title),
      [ROOT]: rootContent(summary, lead),
      // URLs are space-separated: the build's data URLs are content hashes below the base URL.
      [PRELOAD]: preload.length > 0 ? `<meta name="folio-preload" content="${escapeHtml(preload.join(' '))}" />\n    ` : '',
    };
    return parts.map((part) => fill[part] ?? part).join('');
  };
}

/** The page of one article (see `articlePageTemplate`). */
export function renderArticlePage(shell: string, summary: PageSummary, lead: readonly string[], preload?: readonly string[]): string {
  return articlePageTemplate(shell)(summary, lead, preload);
}

/**
 * Writes every article's page below `outDir`; returns how many were written. `preload(summary)`
 * lists the URLs the app fetches first on that page (the index, the id's lookup shard and the
 * article), so they download while its code does instead of one after another.
 * Synchronous on purpose: parallel writes into one folder queue on its lock, and measured four
 * times slower.
 */
export function writeArticlePages(
  outDir: string,
  shell: string,
  articles: readonly { summary: ArticleSummary; lead: readonly string[] }[],
  preload: (summary: ArticleSummary) => string[] = () => [],
): number {
  const render = articlePageTemplate(shell);
  const made = new Set<string>();
  let written = 0;
  for (const { summary, lead } of articles) {
    const file = prerenderPath(summary.id);
    if (!file) continue;
    const target = path.join(outDir, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) mkdirSync(dir, { recursive: true }), made.add(dir);
    writeFileSync(target, render(summary, lead, preload(summary)));
    written++;
  }
  return written;
}
