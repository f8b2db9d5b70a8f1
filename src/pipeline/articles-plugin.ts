import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { buildFiles, type BuiltFiles } from './build-index';
import { collectArticles } from './collect';
import { formatProblem, type PipelineOptions } from './types';

const VIRTUAL_ID = 'virtual:folio-articles';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/** Reads ARTICLES_DIR, ARTICLES_TIMEZONE and ARTICLES_STRICT (see README). */
export function optionsFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): PipelineOptions {
  return {
    articlesDir: path.resolve(root, env.ARTICLES_DIR || 'articles'),
    timeZone: env.ARTICLES_TIMEZONE || 'Asia/Shanghai',
    strict: env.ARTICLES_STRICT === '1' || env.ARTICLES_STRICT === 'true',
  };
}

/**
 * Turns the articles folder into content-hashed JSON files and exposes the index URL as
 * `virtual:folio-articles`. In dev the files are served from memory and rebuilt on change.
 */
export function articlesPlugin(): Plugin {
  let config: ResolvedConfig;
  let options: PipelineOptions;
  let built: Promise<BuiltFiles> | undefined;

  const build = async (fail: (message: string) => never, warn: (message: string) => void) => {
    const result = await collectArticles(options);
    for (const problem of result.problems) {
      const message = formatProblem(problem);
      if (problem.severity === 'error' || options.strict) fail(message);
      warn(message);
    }
    return buildFiles(result.articles, config.build.assetsDir);
  };
  const current = (fail: (message: string) => never, warn: (message: string) => void) =>
    (built ??= build(fail, warn));

  return {
    name: 'folio:articles',
    configResolved(resolved) {
      config = resolved;
      options = optionsFromEnv(resolved.root);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = await current(this.error.bind(this), this.warn.bind(this));
      return `export const indexUrl = ${JSON.stringify(files.indexFileName)};`;
    },
    async generateBundle() {
      const files = await current(this.error.bind(this), this.warn.bind(this));
      for (const [fileName, source] of files.files) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server: ViteDevServer) {
      const logFail = (message: string): never => {
        throw new Error(message);
      };
      const logWarn = (message: string) => config.logger.warn(`[folio] ${message}`);
      server.watcher.add(options.articlesDir);
      const onChange = (file: string) => {
        if (!file.startsWith(options.articlesDir)) return;
        built = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
      server.middlewares.use(async (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        const name = url.startsWith(config.base) ? url.slice(config.base.length) : null;
        if (!name?.startsWith(`${config.build.assetsDir}/articles/`)) return next();
        try {
          const source = (await current(logFail, logWarn)).files.get(name);
          if (source === undefined) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(source);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
