import { breaksLine } from '../line-breaks';

/** The class the sanitizer puts on elements the source marked as captions (`pgc-img-caption`…). */
export const CAPTION_HINT = 'caption-hint';
/** The class of an image that stands on a line of its own (article-body.css shows it as a block). */
export const LINE_IMAGE = 'img-line';

// How Chinese (and some English) articles label the picture above: ▲图：…, 图1 …, 图片来源：…
const MARKER = /^(?:[▲△▲▴▵↑]|图\s*[:：\d一二三四五六七八九十]|图片?来源|图源|(?:fig(?:ure)?\.?|image|photo|source)\s*[:：\d])/i;
// Node type numbers, so this also runs where `Node` is not a global (the jsdom report script).
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;
const MAX_MARKED = 160;
const MAX_CENTERED = 60;
const CAPTION_TAGS = new Set(['P', 'DIV', 'SPAN']);
// A figure may only go where flow content may: never inside a paragraph or inline element.
const FLOW_PARENTS = new Set(['BODY', 'DIV', 'SECTION', 'BLOCKQUOTE', 'LI', 'TD', 'TH', 'DD', 'DETAILS']);
const WRAPPERS = new Set(['A', 'SPAN', 'P', 'DIV', 'STRONG', 'B', 'EM', 'CENTER']);

function isBlankNode(node: Node): boolean {
  if (node.nodeType === TEXT) return node.textContent?.trim() === '';
  if (node.nodeType !== ELEMENT) return node.nodeType === COMMENT;
  const element = node as Element;
  if (element.tagName === 'IMG') return false;
  return element.tagName === 'BR' || (element.textContent?.trim() === '' && !element.querySelector('img'));
}

/** The only non-blank child of `element`, if there is exactly one. */
function soleChild(element: Element): Node | null {
  const meaningful = [...element.childNodes].filter((node) => !isBlankNode(node));
  return meaningful.length === 1 ? meaningful[0] : null;
}

/** The outermost element around `img` that holds nothing else, and the inline part to move. */
function imageBlock(img: Element): { block: Element; inner: Element } {
  let block = img;
  let inner = img;
  for (let parent = img.parentElement; parent && WRAPPERS.has(parent.tagName); parent = parent.parentElement) {
    if (soleChild(parent) !== block) break;
    block = parent;
    if (parent.tagName === 'A') inner = parent;
  }
  return { block, inner };
}

function nextMeaningful(node: Node, skipped: Node[]): Element | null {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (!isBlankNode(next)) return next.nodeType === ELEMENT ? (next as Element) : null;
    skipped.push(next);
  }
  return null;
}

function isCaption(element: Element): boolean {
  if (!CAPTION_TAGS.has(element.tagName) || element.querySelector('img, table, ul, ol, pre, h1, h2, h3, h4, h5, h6, blockquote, p, div')) return false;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return false;
  if (element.classList.contains(CAPTION_HINT)) return true;
  if (MARKER.test(text)) return text.length <= MAX_MARKED;
  if (!element.classList.contains('align-center') || text.length > MAX_CENTERED) return false;
  // A short centered line set all in bold is a heading over what follows, not a caption.
  const bold = [...element.querySelectorAll('strong, b')].map((node) => node.textContent ?? '').join('');
  return bold.replace(/\s+/g, '') !== text.replace(/\s+/g, '');
}

function wrap(img: Element): boolean {
  if (img.closest('figure')) return false;
  const { block, inner } = imageBlock(img);
  const parent = block.parentElement;
  if (!parent || !FLOW_PARENTS.has(parent.tagName)) return false;
  const skipped: Node[] = [];
  const caption = nextMeaningful(block, skipped);
  if (!caption || !isCaption(caption)) return false;
  const doc = img.ownerDocument;
  const figure = doc.createElement('figure');
  const figcaption = doc.createElement('figcaption');
  block.replaceWith(figure);
  figure.append(inner, figcaption);
  figcaption.append(...caption.childNodes);
  for (const node of [...skipped, caption]) node.parentNode?.removeChild(node);
  return true;
}

/**
 * Turns an image followed by its caption (a paragraph starting with ▲/△/图：/图片来源, one the
 * source marked as a caption, or a short centered one; blank paragraphs in between are skipped)
 * into `figure` + `figcaption`. Works on the already sanitized tree: it only moves nodes.
 * Returns how many figures it made.
 */
export function makeFigures(root: Element): number {
  let made = 0;
  for (const img of [...root.querySelectorAll('img')]) if (wrap(img)) made++;
  for (const hinted of [...root.querySelectorAll(`.${CAPTION_HINT}`)]) {
    hinted.classList.remove(CAPTION_HINT);
    if (hinted.classList.length === 0) hinted.removeAttribute('class');
  }
  return made;
}

/** Whether nothing but blank nodes stands between `node` and the end of its line, looking one way. */
function lineEdge(node: Node, direction: 'previousSibling' | 'nextSibling', root: Element): boolean {
  for (let at = node; ; ) {
    let sibling = at[direction];
    while (sibling && sibling.nodeName !== 'BR' && isBlankNode(sibling)) sibling = sibling[direction];
    if (sibling) return breaksLine(sibling);
    const parent = at.parentNode;
    // The edge of a block (or of the body) is the edge of a line; an inline parent's is not.
    if (!parent || parent === root || breaksLine(parent)) return true;
    at = parent;
  }
}

/**
 * Marks every image that stands on a line of its own (`LINE_IMAGE`): alone in its block, or
 * between line breaks and blocks, as in `<div><img><span></span></div>` or `…<br><img><br>…`.
 * An icon inside a sentence, or images side by side, stay in the line. Images in figures are
 * laid out by the figure.
 */
export function markLineImages(root: Element): void {
  for (const img of [...root.querySelectorAll('img')]) {
    if (img.closest('figure')) continue;
    const { block } = imageBlock(img);
    if (lineEdge(block, 'previousSibling', root) && lineEdge(block, 'nextSibling', root)) img.classList.add(LINE_IMAGE);
  }
}
