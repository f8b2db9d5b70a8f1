import { useEffect, useRef, type RefObject } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useImageZoom } from '../hooks/use-image-zoom';

interface ImageZoomProps {
  /** The sanitized article body whose images open full size. */
  bodyRef: RefObject<HTMLElement | null>;
  /** Changes whenever the body's markup does, so new images are wired up. */
  html: unknown;
}

/**
 * A modal `<dialog>` with one body image at full size. `showModal()` makes the rest of the page
 * inert (focus stays inside) and closes on Escape; focus then returns to the image.
 */
export function ImageZoom({ bodyRef, html }: ImageZoomProps) {
  const { t } = useI18n();
  const { image, close } = useImageZoom(bodyRef, html);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (image && element && !element.open) element.showModal();
  }, [image]);

  if (!image) return null;
  return (
    <dialog
      ref={dialog}
      className="image-zoom"
      aria-label={image.alt || t.imageZoomLabel}
      onClose={close}
      // A click anywhere but the close button (on the picture or the backdrop) also closes it.
      onClick={() => dialog.current?.close()}
    >
      <img src={image.src} alt={image.alt} referrerPolicy="no-referrer" decoding="async" />
      <button type="button" className="image-zoom-close" autoFocus onClick={() => dialog.current?.close()}>
        {t.imageZoomClose}
      </button>
    </dialog>
  );
}
