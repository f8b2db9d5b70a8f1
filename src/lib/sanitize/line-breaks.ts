/** Line breaks the source added that a reader would see as empty lines. */
// Node type numbers, so this also runs where `Node` is not a global (the jsdom report script).
const ELEMENT = 1;
const TEXT = 3;
/** Elements whose first line a `<br>` could open; anything else (an image, a table…) is content. */
const WRAPPERS = new Set(['DIV', 'P', 'SECTION', 'ARTICLE', 'SPAN', 'FONT', 'CENTER', 'BLOCKQUOTE']);

/**
 * Removes the line breaks a body opens with (`<div><br><br>Text…`): before any text they only
 * push the article down by empty lines. Breaks after the first text or image are the author's.
 */
export function trimLeadingBreaks(root: Element): void {
  let node = root.firstChild;
  while (node) {
    const next: ChildNode | null = node.nextSibling;
    if (node.nodeType === TEXT && (node.textContent ?? '').trim() !== '') return;
    if (node.nodeType === ELEMENT) {
      const element = node as Element;
      if (element.tagName === 'BR') {
        element.remove();
      } else if (WRAPPERS.has(element.tagName) && element.firstChild) {
        node = element.firstChild;
        continue;
      } else if (!WRAPPERS.has(element.tagName)) {
        return;
      }
    }
    node = next ?? ascend(node, root);
  }
}

/** Blocks whose closing line breaks only add empty lines (a `<pre>`'s are its code's). */
const BLOCKS_WITH_TRAILING_BREAKS = 'article, blockquote, center, dd, div, dt, figcaption, li, p, section, td, th';

/**
 * Removes the line breaks that close a block (`…袁绍:200<br><br><br></blockquote>`): after the
 * block's last text they add empty lines only, and a quote box a third empty. Breaks between
 * its lines are the author's and stay.
 */
export function trimTrailingBreaks(root: Element): void {
  for (const block of [root, ...root.querySelectorAll(BLOCKS_WITH_TRAILING_BREAKS)]) {
    let node = block.lastChild;
    while (node) {
      const previous: ChildNode | null = node.previousSibling;
      if (node.nodeType === ELEMENT && (node as Element).tagName === 'BR') node.remove();
      else if (node.nodeType !== TEXT || (node.textContent ?? '').trim() !== '') break;
      node = previous;
    }
  }
}

/** The next sibling of the nearest ancestor (below `root`) that has one. */
function ascend(node: Node, root: Element): ChildNode | null {
  for (let at = node.parentNode; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/**
 * Code pasted as `line<br>\nline<br>\n` inside a `<pre>` shows every line double spaced: the
 * `<br>` and the newline after it each end the line. The newline goes; the `<br>` stays.
 */
export function collapseCodeBreaks(root: Element): void {
  for (const pre of root.querySelectorAll('pre')) {
    for (const br of pre.querySelectorAll('br')) {
      const next = br.nextSibling;
      if (next?.nodeType === TEXT) next.textContent = (next.textContent ?? '').replace(/^\r?\n/, '');
    }
  }
}
