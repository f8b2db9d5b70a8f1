import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/** The image shown full size. */
export interface ZoomedImage {
  src: string;
  alt: string;
}

// An image inside a link belongs to the link (often to a bigger version): the click follows it.
function zoomable(target: EventTarget | null, root: HTMLElement): HTMLImageElement | null {
  if (!(target instanceof HTMLImageElement) || !root.contains(target) || target.closest('a[href]')) return null;
  return target.complete && target.naturalWidth === 0 ? null : target;
}

/**
 * Opens a body image full size on click (or Enter/Space once focused: images become tab stops),
 * and gives focus back to that image when the zoom closes.
 */
export function useImageZoom(bodyRef: RefObject<HTMLElement | null>, html: unknown) {
  const [image, setImage] = useState<ZoomedImage | null>(null);
  const opener = useRef<HTMLImageElement | null>(null);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root) return;
    const open = (event: Event) => {
      const img = zoomable(event.target, root);
      if (!img) return;
      if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      opener.current = img;
      setImage({ src: img.currentSrc || img.src, alt: img.alt });
    };
    root.querySelectorAll('img').forEach((img) => !img.closest('a[href]') && img.setAttribute('tabindex', '0'));
    root.addEventListener('click', open);
    root.addEventListener('keydown', open);
    return () => {
      root.removeEventListener('click', open);
      root.removeEventListener('keydown', open);
    };
  }, [bodyRef, html]);

  const close = useCallback(() => {
    setImage(null);
    opener.current?.focus({ preventScroll: true });
    opener.current = null;
  }, []);
  return { image, close };
}
