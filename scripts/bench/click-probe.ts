/**
 * Page-side timing of one click, as source text: tsx rewrites functions (adds `__name` helpers),
 * which would break a function handed to `page.evaluate`, so the probe travels as plain JavaScript.
 *
 * Arming it stores a promise in `window.__folioClickToText`. The first click on an article link
 * starts the clock (performance.now() in a capture listener, before the router sees the click);
 * every animation frame after it checks for the reader's body (`[data-article-body]`, CONTRACTS.md)
 * at the link's path, holding text, laid out and inside the viewport. That frame's time minus
 * the click time is the figure. The promise rejects after `timeoutMs` with what it saw last.
 */
export function clickProbeScript(timeoutMs: number): string {
  return `(() => {
  const timeoutMs = ${JSON.stringify(timeoutMs)};
  window.__folioClickToText = new Promise((resolve, reject) => {
    const onClick = (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link) return;
      document.removeEventListener('click', onClick, true);
      const started = performance.now();
      const target = new URL(link.href, location.href).pathname;
      let seen = 'nothing yet';
      const shown = () => {
        if (location.pathname !== target) return (seen = 'path ' + location.pathname), false;
        const body = document.querySelector('[data-article-body]');
        if (!body) return (seen = 'no [data-article-body]'), false;
        if (!body.textContent.trim()) return (seen = 'empty body'), false;
        const box = body.getBoundingClientRect();
        const visible = box.height > 0 && box.top < innerHeight && box.bottom > 0 &&
          (!body.checkVisibility || body.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
        if (!visible) return (seen = 'body not visible'), false;
        return true;
      };
      const frame = () => {
        const elapsed = performance.now() - started;
        if (shown()) return resolve({ ms: elapsed, path: target });
        if (elapsed > timeoutMs) return reject(new Error('no article text after ' + timeoutMs + ' ms: ' + seen));
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    };
    document.addEventListener('click', onClick, true);
  });
})();`;
}

/** Waits for a quiet main thread (`requestIdleCallback`, capped), also as plain JavaScript for the same reason. */
export const IDLE_SCRIPT = `new Promise((resolve) =>
  'requestIdleCallback' in window ? requestIdleCallback(() => resolve(true), { timeout: 3000 }) : setTimeout(() => resolve(false), 50))`;
