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
