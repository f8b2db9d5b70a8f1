import { existsSync } from 'node:fs';

// Foreign hosts fail at DNS at once for every page alike; nothing here can reach them anyway.
/** Debian Chromium's flags for headless runs in a container, away from the network (brief and CONTRACTS.md). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` (CONTRACTS.md). */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidate = env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(`no Chromium at ${candidate}: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH`);
  }
  return candidate;
}
