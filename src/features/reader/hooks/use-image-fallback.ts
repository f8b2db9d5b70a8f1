import { useLayoutEffect, type RefObject } from 'react';

// Reserve the failed image's shape (CSSOM styles are allowed by the CSP) so the text does not jump.
function placeholderFor(img: HTMLImageElement, label: string): HTMLElement {
  const box = document.createElement('span');
  const text = img.alt.trim() || label;
  box.className = 'img-fallback';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', text);
  box.textContent = text;
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (width > 0 && height > 0) {
    box.style.aspectRatio = `${width} / ${height}`;
    box.style.maxWidth = `${width}px`;
  }
  return box;
}

function isBroken(img: HTMLImageElement): boolean {
  return img.complete && img.naturalWidth === 0 && img.getAttribute('src') !== null;
}

/**
 * Swaps each body image that fails to load for a tidy box with its alt text. `error` does not
 * bubble, so one capturing listener on the container sees every image in the sanitized HTML.
 */
export function useImageFallback(ref: RefObject<HTMLElement | null>, html: unknown, label: string): void {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const replace = (img: HTMLImageElement) => img.replaceWith(placeholderFor(img, label));
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement && root.contains(event.target)) replace(event.target);
    };
    root.addEventListener('error', onError, true);
    root.querySelectorAll('img').forEach((img) => isBroken(img) && replace(img));
    return () => root.removeEventListener('error', onError, true);
  }, [ref, html, label]);
}
