import type { Browser } from 'playwright-core';
import { afterAll } from 'vitest';
import { openSession, runChecked, type Session, type SessionOptions } from './page';

/**
 * One context kept for many tests of a file: a new page load per test is cheap, a new context is
 * not. For tests that each open their own document and leave nothing behind that the next reads.
 * `prepare` runs once, when the context is first opened (init scripts, listeners).
 */
export function useSharedSession(
  browser: () => Browser,
  prepare: (session: Session) => Promise<void> = async () => undefined,
  options: SessionOptions = {},
): () => Promise<Session> {
  let opened: Promise<Session> | undefined;
  afterAll(async () => {
    if (opened) await (await opened).context.close();
  });
  return () =>
    (opened ??= openSession(browser(), options).then(async (session) => {
      await prepare(session);
      return session;
    }));
}

/** Like withPage on a shared session: starts from a blank page with nothing recorded, then checks it stayed clean. */
export async function inSharedSession(get: () => Promise<Session>, body: (session: Session) => Promise<void>): Promise<void> {
  const session = await get();
  // Leave the previous test's document first, so nothing it still does is counted against this one.
  await session.page.goto('about:blank');
  for (const list of [session.errors, session.dialogs, session.foreignRequests, session.badResponses, session.imageRequests]) list.length = 0;
  await runChecked(session, body);
}
