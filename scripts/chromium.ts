/**
 * The one Chromium every tool here drives, tests and bench alike: Debian's, never a downloaded
 * one (see CONTRACTS.md), with the flags it needs headless in a container away from the network.
 */
import { existsSync } from 'node:fs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep headless Chromium working in containers and away from the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--dns-prefetch-disable',
  // Only 127.0.0.1 is ever contacted; every other host fails at once, the same way for every page.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** How to get a browser, for every "no browser" failure. */
export const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium fonts-noto-cjk` ' +
  '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** The browser to drive: CHROMIUM_PATH, then /usr/bin/chromium; throws with install help. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there. ${INSTALL_HINT}`);
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(`No Chromium found (CHROMIUM_PATH unset, ${DEFAULT_CHROMIUM} missing). ${INSTALL_HINT}`);
}
