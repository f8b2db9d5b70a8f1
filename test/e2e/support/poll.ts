import { expect } from 'vitest';

/** How long a browser assertion may take to come true: generous, because CI machines can be slow and busy. */
export const POLL_TIMEOUT = 15_000;

/** `expect.poll` with POLL_TIMEOUT instead of vitest's 1 s default. */
export function poll<T>(fn: () => T | Promise<T>, options: { timeout?: number; message?: string } = {}) {
  return expect.poll(fn, { timeout: POLL_TIMEOUT, ...options });
}
