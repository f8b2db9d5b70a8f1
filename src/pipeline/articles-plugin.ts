import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { INDEX_META_NAME, type ArticleSummary } from '../shared/article-types.ts';
import { lookupShard } from '../shared/lookup-shard.ts';
import { buildFiles, type BuiltFiles } from './build-index.ts';
import { collectPacked, createArticleCache, type ArticleCache } from './collect.ts';
import type { PackedArticle } from './pack-article.ts';
import { SearchIndexBuilder } from './search-index.ts';
import { writeArticlePages } from './prerender.ts';
import { createStaging, type Staging } from './staging.ts';
import { formatProblem, type PipelineOptions } from './types.ts';

/** Reads ARTICLES_DIR, ARTICLES_TIMEZONE and ARTICLES_STRICT (see README). */
export function optionsFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): PipelineOptions {
  return {
    articlesDir: path.resolve(root, env.ARTICLES_DIR || 'articles'),
    timeZone: env.ARTICLES_TIMEZONE || 'Asia/Shanghai',
    strict: env.ARTICLES_STRICT === '1' || env.ARTICLES_STRICT === 'true',
  };
}

/** The built files, and the packed articles the prerendered pages are made from. */
type Built = BuiltFiles & { articles: PackedArticle[] };

type Fail = (message: string) => never;
type Warn = (message: string) => void;

/** What the plugin's hooks share. */
interface Context {
  config: ResolvedConfig;
  options: PipelineOptions;
  /** The built files, building them (once) if needed. */
  current: (fail: Fail, warn: Warn) => Promise<Built>;
  /** Forgets the built files so the next request rebuilds (changed files only, thanks to the cache). */
  reset: () => void;
  /** Where a production build's article files wait for Vite to write the bundle. */
  staging?: Staging;
}

/** Failing and warning outside a Rollup hook: throw, and Vite's logger. */
function plainHooks(config: ResolvedConfig): { fail: Fail; warn: Warn } {
  return {
    fail: (message) => {
      throw new Error(message);
    },
    warn: (message) => config.logger.warn(`[folio] ${message}`),
  };
}

/** Dev: rebuild on change and serve the article JSON from memory. */
function serveArticles(ctx: Context, server: ViteDevServer): void {
  const { config, options } = ctx;
  const { fail, warn } = plainHooks(config);
  const onChange = (file: string) => {
    if (!file.startsWith(options.articlesDir + path.sep)) return;
    ctx.reset();
    // The reload fetches index.html again, which names the rebuilt index.
    server.ws.send({ type: 'full-reload' });
  };
  server.watcher.add(options.articlesDir);
  server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
  server.middlewares.use(async (req, res, next) => {
    try {
      const url = decodeURIComponent((req.url ?? '').split('?')[0]);
      const name = url.startsWith(config.base) ? url.slice(config.base.length) : null;
      if (!name?.startsWith(`${config.build.assetsDir}/articles/`)) return next();
      const { files } = await ctx.current(fail, warn);
      const source = files instanceof Map ? files.get(name) : undefined;
      if (source === undefined) return next();
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(source);
    } catch (error) {
      next(error);
    }
  });
}

async function build(ctx: Context, cache: ArticleCache<PackedArticle>, fail: Fail, warn: Warn): Promise<Built> {
  const serve = ctx.config.command === 'serve';
  const assetsDir = ctx.config.build.assetsDir;
  const urlDir = `${assetsDir}/articles`;
  // A production build writes each article's JSON from the thread that built it, to a staging
  // folder: no copy of the archive's bodies is held in memory, or handed to the bundler.
  ctx.staging?.dispose();
  ctx.staging = serve ? undefined : createStaging(path.join(ctx.config.cacheDir, 'folio'), urlDir);
  const search = new SearchIndexBuilder();
  const result = await collectPacked(
    ctx.options,
    { urlDir, writeDir: ctx.staging?.dir },
    (article, index) => {
      if (article.search) search.add(index, article.search);
      // The dev cache keeps the search terms for the next rebuild; a build drops them here.
      return serve ? article : { summary: article.summary, json: article.json, lead: article.lead };
    },
    serve ? cache : undefined,
  );
  // Errors (duplicate ids; skips under ARTICLES_STRICT) fail once every file has been reported.
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  for (const problem of result.problems) if (problem.severity === 'warning') warn(formatProblem(problem));
  if (errors.length > 0) fail(errors.join('\n'));
  // Dev keeps the files in memory to serve them; a build writes each one as soon as it is made.
  const files = ctx.staging?.sink ?? new Map<string, string>();
  const built = buildFiles(result.articles, assetsDir, search.build(urlDir, files, result.fileCount), files);
  return { ...built, articles: result.articles };
}

/**
 * Turns the articles folder into content-hashed JSON files and names the entry index in
 * index.html (`<meta name="folio-index">`). In dev the files are served from memory and rebuilt on change.
 */
export function articlesPlugin(): Plugin {
  let built: Promise<Built> | undefined;
  // Survives rebuilds in dev, so an edit re-reads only the changed file.
  const cache = createArticleCache<PackedArticle>();
  // `config` and `options` are filled in by configResolved, which Vite runs before any other hook.
  const ctx = {
    current: (fail: Fail, warn: Warn) => (built ??= build(ctx, cache, fail, warn)),
    reset: () => void (built = undefined),
  } as Context;

  return {
    name: 'folio:articles',
    configResolved(resolved) {
      ctx.config = resolved;
      ctx.options = optionsFromEnv(resolved.root);
    },
    buildStart() {
      // Start reading articles as the build starts, not when index.html first asks for the
      // index's name; their errors surface there.
      if (ctx.config.command === 'build') void ctx.current(this.error.bind(this), this.warn.bind(this)).catch(() => undefined);
    },
    // The index's hashed name goes into index.html, not into a module: the app's code then never
    // depends on the articles, so it bundles while they build, and its files keep their names
    // (and readers' caches) when only articles change.
    transformIndexHtml: {
      order: 'post',
      async handler() {
        const { fail, warn } = plainHooks(ctx.config);
        const { indexFileName } = await ctx.current(fail, warn);
        return [{ tag: 'meta', attrs: { name: INDEX_META_NAME, content: indexFileName }, injectTo: 'head' }];
      },
    },
    writeBundle: {
      // Before vite-plugin-pwa's closeBundle globs the output for the precache manifest.
      sequential: true,
      order: 'pre',
      async handler(_options, bundle) {
        const { articles, index, indexFileName } = await ctx.current(this.error.bind(this), this.warn.bind(this));
        const outDir = path.resolve(ctx.config.root, ctx.config.build.outDir);
        ctx.staging?.moveInto(outDir, `${ctx.config.build.assetsDir}/articles`);
        const shell = bundle['index.html'];
        if (shell?.type !== 'asset' || typeof shell.source !== 'string') return;
        // What the app fetches to open an article by URL (src/features/articles/api), in that order.
        const { base } = ctx.config;
        const preload = ({ id, dataUrl }: ArticleSummary) =>
          [indexFileName, index.lookup[lookupShard(id, index.lookup.length)], dataUrl].map((url) => base + url);
        writeArticlePages(outDir, shell.source, articles, preload);
      },
    },
    closeBundle() {
      ctx.staging?.dispose();
      ctx.staging = undefined;
    },
    configureServer(server: ViteDevServer) {
      serveArticles(ctx, server);
    },
  };
}
