import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is test/e2e/support/server.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const VITE_BIN = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');

/** One production build served by `vite preview`. */
export interface PreviewServer {
  /** Absolute URL of the app's base, ending in `/` (e.g. http://127.0.0.1:41234/reader/). */
  url: string;
  outDir: string;
  process: ChildProcess;
}

/** A TCP port that was free a moment ago (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The environment for a build or preview: only the settings we pass, nothing inherited by accident. */
function viteEnv(articlesDir: string, base: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ARTICLES_DIR: articlesDir, NO_COLOR: '1' };
  delete env.ARTICLES_STRICT;
  delete env.BASE_URL;
  if (base !== '/') env.BASE_URL = base;
  return env;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_BIN, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`vite ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`)),
    );
  });
}

/** `vite build` of `articlesDir` under `base` into a new temporary folder. */
export async function buildApp(articlesDir: string, base: string): Promise<{ outDir: string; log: string }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'folio-e2e-dist-'));
  try {
    const log = await run(['build', '--outDir', outDir, '--emptyOutDir'], viteEnv(articlesDir, base));
    return { outDir, log };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output()}`);
}

/** Starts `vite preview` for a build on a free port and waits until it answers. */
export async function startPreview(outDir: string, articlesDir: string, base: string): Promise<PreviewServer> {
  const port = await freePort();
  const args = ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, [VITE_BIN, ...args], {
    cwd: REPO_ROOT,
    env: viteEnv(articlesDir, base),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}${base}`;
  try {
    await waitUntilAnswering(url, child, () => output);
  } catch (error) {
    await stopPreview({ url, outDir, process: child });
    throw error;
  }
  return { url, outDir, process: child };
}

/** Stops exactly this preview process and removes its build folder. */
export async function stopPreview(server: PreviewServer): Promise<void> {
  const child = server.process;
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  await rm(server.outDir, { recursive: true, force: true });
}

/** Builds once and serves the build; the caller stops it with stopPreview. */
export async function buildAndServe(articlesDir: string, base: string): Promise<PreviewServer & { log: string }> {
  const { outDir, log } = await buildApp(articlesDir, base);
  try {
    return { ...(await startPreview(outDir, articlesDir, base)), log };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
