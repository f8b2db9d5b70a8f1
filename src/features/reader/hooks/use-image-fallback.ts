import { useLayoutEffect, type RefObject } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';

// Reserve the failed image's shape (CSSOM styles are allowed by the CSP) so the text does not jump.
function placeholderFor(img: HTMLImageElement, label: string, retry: string): HTMLElement {
  const box = document.createElement('span');
  const text = document.createElement('span');
  const button = document.createElement('button');
  box.className = 'img-fallback';
  box.setAttribute('data-image-fallback', '');
  text.textContent = img.alt.trim() || label;
  button.type = 'button';
  button.textContent = retry;
  // A fresh element makes the browser fetch again; the same element would keep its error.
  button.addEventListener('click', () => box.replaceWith(img.cloneNode(true)));
  box.append(text, button);
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
 * Swaps each body image that fails to load for a tidy box with its alt text and a Retry button.
 * `error` does not bubble, so one capturing listener on the container sees every image, also
 * the ones a retry puts back.
 */
export function useImageFallback(ref: RefObject<HTMLElement | null>, html: unknown, label: string): void {
  const { t } = useI18n();
  const retry = t.imageRetry;
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const replace = (img: HTMLImageElement) => img.replaceWith(placeholderFor(img, label, retry));
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement && root.contains(event.target)) replace(event.target);
    };
    root.addEventListener('error', onError, true);
    root.querySelectorAll('img').forEach((img) => isBroken(img) && replace(img));
    return () => root.removeEventListener('error', onError, true);
  }, [ref, html, label, retry]);
}
