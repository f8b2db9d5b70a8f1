import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { viteBin } from './build-run';

const HOST = '127.0.0.1';

/** A port that was free a moment ago (for `--strictPort`, which fails loudly if it was taken since). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 200, or rejects after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A running server and how to stop it. */
export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
  /** Why the server stopped on its own (its log's error line), or null while it runs. */
  exitReason?: () => string | null;
}

/** Serves a build with `vite preview --outDir <distDir> --port <free> --strictPort` (Vite's CLI run by node). */
export async function startPreview(repoRoot: string, distDir: string, logFile: string): Promise<RunningServer> {
  const port = await freePort();
  const log = openSync(logFile, 'w');
  const args = [viteBin(repoRoot), 'preview', '--outDir', distDir, '--host', HOST, '--port', String(port), '--strictPort'];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', log, log] });
  const origin = `http://${HOST}:${port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitForHttp(`${origin}/`);
  } catch (error) {
    await close();
    throw new Error(`vite preview did not start (see ${logFile}): ${(error as Error).message}`);
  }
  // vite preview dies on some requests (e.g. a malformed %-escape): say so instead of leaving pages to time out.
  const exitReason = () => {
    if (child.exitCode === null && child.signalCode === null) return null;
    const lines = readFileSync(logFile, 'utf8').split('\n');
    const error = lines.find((line) => /^\w*Error\b/.test(line.trim())) ?? `exit ${child.exitCode ?? child.signalCode}`;
    return `vite preview exited: ${error.trim()} (see ${logFile})`;
  };
  return { origin, close, exitReason };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A minimal static file server for `dir` on a free local port, for the plain-HTML baseline page. */
export async function startStaticServer(dir: string): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const relative = path.normalize(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    const file = path.join(dir, relative.replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
    // Gzip like vite preview does (its compression middleware, 1 KiB threshold) so the bytes compare fairly.
    if (body.length >= 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' }).end(gzipSync(body));
    } else {
      res.writeHead(200, headers).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${HOST}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
