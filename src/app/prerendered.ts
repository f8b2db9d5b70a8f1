/**
 * A prerendered article page (src/pipeline/prerender.ts) arrives with the article's text in
 * `#root`, and the app's stylesheets only named (`<meta name="folio-styles">`), so that they do
 * not hold back its first paint. The app takes over in one step: it links the stylesheets, waits
 * until they and the router's first route (code and data) are ready, and only then renders, so
 * the reader never sees the text vanish behind a loading view or an unstyled page.
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

/** Links one of the app's stylesheets; resolves when it has loaded (or failed, or taken too long). */
function linkStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  // Loaded but not applied until the app's first commit (see `prepareTakeOver`).
  link.media = 'print';
  link.crossOrigin = '';
  link.href = href;
  document.head.append(link);
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(link), { once: true });
    link.addEventListener('error', () => resolve(link), { once: true });
    setTimeout(() => resolve(link), STYLESHEET_WAIT_MS);
  });
}

/**
 * Resolves when the app may render over the prerendered text (at once when there is none), with
 * what to run in the commit that replaces it: turning the stylesheets on there, before that frame
 * paints, means no frame shows the prerendered text under the app's styles.
 */
export async function prepareTakeOver(container: HTMLElement, router: Router): Promise<() => void> {
  if (!container.hasAttribute('data-prerendered')) return () => undefined;
  const styles = document.querySelector<HTMLMetaElement>('meta[name="folio-styles"]')?.content.split(' ') ?? [];
  const [, ...links] = await Promise.all([routerReady(router), ...styles.filter(Boolean).map(linkStylesheet)]);
  container.removeAttribute('data-prerendered');
  return () => {
    for (const link of links) link.media = 'all';
  };
}
