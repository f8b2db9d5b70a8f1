/**
 * A prerendered article page (src/pipeline/prerender.ts) arrives with the article's text in
 * `#root` and the app's stylesheets deferred. The app takes over in one step: it waits until the
 * router has the first route's code and data, turns the stylesheets on, and only then renders,
 * so the reader never sees the text vanish behind a loading view.
 */
import type { createBrowserRouter } from 'react-router';

type Router = ReturnType<typeof createBrowserRouter>;

/** Longest wait for a deferred stylesheet; after it the app renders anyway. */
const STYLESHEET_WAIT_MS = 3000;

function routerReady(router: Router): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

function stylesheetLoaded(link: HTMLLinkElement): Promise<void> {
  if (link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    setTimeout(resolve, STYLESHEET_WAIT_MS);
  });
}

/** Resolves when the app may render over the prerendered text (at once when there is none). */
export async function readyToTakeOver(container: HTMLElement, router: Router): Promise<void> {
  if (!container.hasAttribute('data-prerendered')) return;
  const deferred = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][data-deferred]')];
  await Promise.all([routerReady(router), ...deferred.map(stylesheetLoaded)]);
  for (const link of deferred) link.media = 'all';
  container.removeAttribute('data-prerendered');
}
