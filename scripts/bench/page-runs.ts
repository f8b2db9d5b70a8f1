import path from 'node:path';
import { measureClickToText, type ClickFigures } from './click-to-text';
import { auditPages } from './lighthouse-run';
import { SEED_ARTICLE } from './measure-size';
import type { LighthouseFigures } from './report';
import { startPreview, startStaticServer, type RunningServer } from './servers';
import { writeStaticArticle } from './static-page';

/** Serves `distDir` with `vite preview` and measures click-to-text on its list page. */
export async function clickFigures(repoRoot: string, distDir: string, logFile: string, cards: number): Promise<ClickFigures> {
  const app = await startPreview(repoRoot, distDir, logFile);
  try {
    const figures = await measureClickToText(`${app.origin}/`, cards);
    const died = app.exitReason?.();
    if (died) figures.failures.push(died);
    return figures;
  } finally {
    await app.close();
  }
}

/** Lighthouse of the app's list and seed article (vite preview) and of the plain static seed page the bench writes. */
export async function lighthouseFigures(repoRoot: string, distDir: string, articles: number, runs: number, work: string) {
  const servers: RunningServer[] = [];
  try {
    const app = await startPreview(repoRoot, distDir, path.join(work, 'preview.log'));
    servers.push(app);
    writeStaticArticle(path.join(repoRoot, 'articles', SEED_ARTICLE), path.join(work, 'static'));
    const plain = await startStaticServer(path.join(work, 'static'));
    servers.push(plain);
    const seedId = SEED_ARTICLE.replace(/\.txt$/, '');
    const pages = { list: `${app.origin}/`, article: `${app.origin}/article/${seedId}`, static_article: `${plain.origin}/` };
    console.error(`[bench] lighthouse: ${runs} run(s) of ${Object.keys(pages).join(', ')}`);
    const figures = await auditPages(pages, runs);
    const [app_lcp, static_lcp] = [figures.article.lcp_ms, figures.static_article.lcp_ms];
    const ratio = app_lcp !== null && static_lcp ? Number((app_lcp / static_lcp).toFixed(2)) : null;
    const result: LighthouseFigures = {
      articles, form_factor: 'mobile', throttling: 'simulate', pages: figures, lcp_ratio_article_vs_static: ratio,
      server_error: app.exitReason?.() ?? null,
    };
    return result;
  } finally {
    for (const server of servers) await server.close();
  }
}
