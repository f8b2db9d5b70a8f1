import { useEffect } from 'react';

function hashTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  } catch {
    return null;
  }
}

/**
 * Lands on the URL's `#chapter` once an article's body is in the DOM: on first load and on
 * reload, where the browser's own fragment scroll ran before the body existed. Later hash
 * changes are scrolled by the router's ScrollRestoration.
 */
export function useScrollToHash(articleId: string): void {
  useEffect(() => {
    hashTarget()?.scrollIntoView();
  }, [articleId]);
}
