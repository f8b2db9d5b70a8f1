import type { MouseEvent as ReactMouseEvent } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Whether a key press is the page's to answer as a shortcut: not while the reader types in a
 * field, not with Ctrl, Alt or Meta (those belong to the browser), not when handled already.
 */
export function isPageKey(event: KeyboardEvent): boolean {
  return !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
}

/**
 * Whether a click on a link is the app's to follow: the main button, no modifier (those open a
 * new tab or window, or download), not handled already.
 */
export function isPlainClick(event: MouseEvent | ReactMouseEvent): boolean {
  return (
    !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
  );
}
