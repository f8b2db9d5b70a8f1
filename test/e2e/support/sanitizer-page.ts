import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './server';

/** The app's real sanitizer, bundled for the browser and served next to a bare page. */
export interface SanitizerPage {
  /** http://127.0.0.1:<port>/ : a page with `window.render(html, raw?)` and one `[data-article-body]`. */
  url: string;
  close: () => Promise<void>;
}

// No CSP here on purpose: the sanitizer alone must stop every vector (the app's CSP is a second wall).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>sanitizer</title></head>
<body><div data-article-body></div><script type="module">
import { sanitizeArticleHtml } from './sanitize.js';
const box = document.querySelector('[data-article-body]');
window.render = (html, raw) => { box.innerHTML = raw ? html : sanitizeArticleHtml(html).__html; return box.innerHTML; };
window.harnessReady = true;
</script></body></html>`;

/** Bundles src/lib/sanitize.ts with Vite (as the app build does) and serves it on 127.0.0.1. */
export async function startSanitizerPage(): Promise<SanitizerPage> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'folio-sanitizer-'));
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: path.join(REPO_ROOT, 'src/lib/sanitize.ts'), formats: ['es'], fileName: () => 'sanitize.js' },
    },
  });
  const script = await readFile(path.join(outDir, 'sanitize.js'));
  const server: Server = createServer((request, response) => {
    const file = request.url === '/sanitize.js' ? script : request.url === '/' ? PAGE : null;
    if (file === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': request.url === '/' ? 'text/html; charset=utf-8' : 'text/javascript' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
