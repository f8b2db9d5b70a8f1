/** The part of the Prioritized Task Scheduling API used here (TypeScript's DOM library lacks it). */
interface TaskScheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, so the work before and after it run as separate tasks and the browser
 * can paint and handle input in between. `scheduler.yield()` keeps the continuation ahead of
 * other queued work where the browser has it.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
