import { getAttr, removeAttr, setAttr, textElement, type ChildNode, type Element } from './html-tree.ts';

/** Attributes lazy-loading scripts read the real image from, in order of preference. */
const LAZY_SOURCES = ['data-src', 'data-original', 'data-original-src', 'data-actualsrc', 'data-lazy-src'];
/** Attribute pairs that give the image's own size, most specific first. */
const SIZE_PAIRS: [string, string][] = [
  ['img_width', 'img_height'],
  ['data-w', 'data-h'],
  ['data-width', 'data-height'],
  ['data-original-width', 'data-original-height'],
];
// A file named only for its role (`blank.gif`, `loading-2x.png`, `1x1.gif`), not a photo that mentions it.
const PLACEHOLDER_FILE =
  /(?:^|\/)(?:blank|spacer|pixel|placeholder|loading|lazy|lazyload|grey|gray|transparent|empty|1x1)(?:[-_.]?(?:\d+x\d+|\d+x|\d+))?\.(?:gif|png|svg|webp|jpe?g)(?:[?#].*)?$/i;

/** `//host/x` → `https://host/x`; other absolute http(s) URLs as they are; anything else null. */
export function absoluteImageUrl(raw: string): string | null {
  const url = raw.trim();
  if (url.startsWith('//')) return `https:${url}`;
  return /^https?:\/\/[^/\s]/i.test(url) ? url : null;
}

/** True for `src` values lazy loaders put in place of the real image. */
export function isPlaceholderSrc(src: string): boolean {
  const value = src.trim();
  return value === '' || /^(?:data:|about:blank)/i.test(value) || PLACEHOLDER_FILE.test(value);
}

/** The image's real URL (https for `//`), or null when only a placeholder or a foreign-relative path is known. */
export function imageSource(img: Element): string | null {
  const src = getAttr(img, 'src') ?? '';
  const direct = isPlaceholderSrc(src) ? null : absoluteImageUrl(src);
  if (direct) return direct;
  for (const name of LAZY_SOURCES) {
    const lazy = getAttr(img, name);
    const url = lazy === null || isPlaceholderSrc(lazy) ? null : absoluteImageUrl(lazy);
    if (url) return url;
  }
  // An inline `data:` image with no lazy alternative is the image itself.
  return /^\s*data:image\//i.test(src) ? src.trim() : null;
}

/** A positive pixel count from `550`, `550px` or `550.0`; null otherwise. */
function pixels(value: string | null): number | null {
  const match = value === null ? null : /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value);
  const n = match ? Math.round(Number(match[1])) : 0;
  return n > 0 ? n : null;
}

function intrinsicSize(img: Element): [number, number] | null {
  for (const [w, h] of SIZE_PAIRS) {
    const width = pixels(getAttr(img, w));
    const height = pixels(getAttr(img, h));
    if (width && height) return [width, height];
  }
  const pair = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(getAttr(img, 'data-img-size-val') ?? '');
  return pair && +pair[1] > 0 && +pair[2] > 0 ? [+pair[1], +pair[2]] : null;
}

/** Sets numeric `width`/`height` so the page does not jump as images load; keeps the aspect ratio. */
function setSize(img: Element): void {
  const rawWidth = getAttr(img, 'width');
  const rawHeight = getAttr(img, 'height');
  let width = pixels(rawWidth);
  let height = pixels(rawHeight);
  // A non-numeric size (`100%`) is the author's layout; leave it alone.
  if ((rawWidth !== null && width === null) || (rawHeight !== null && height === null)) return;
  const own = intrinsicSize(img);
  if (own && width === null && height === null) [width, height] = own;
  else if (own && height === null && width !== null) height = Math.round((width * own[1]) / own[0]);
  else if (own && width === null && height !== null) width = Math.round((height * own[0]) / own[1]);
  if (width !== null) setAttr(img, 'width', String(width));
  if (height !== null) setAttr(img, 'height', String(height));
}

/** `srcset` survives only when every candidate is an absolute URL (a relative one would hit our own host). */
function fixSrcset(img: Element): void {
  const srcset = getAttr(img, 'srcset');
  if (srcset === null) return;
  const candidates = srcset.split(',').map((c) => c.trim()).filter(Boolean);
  const fixed = candidates.map((c) => c.replace(/^\/\//, 'https://'));
  if (fixed.length > 0 && fixed.every((c) => /^https?:\/\//i.test(c))) setAttr(img, 'srcset', fixed.join(', '));
  else removeAttr(img, 'srcset');
}

/**
 * Points an image at its real source and makes it lazy and referrer-free. An image with no usable
 * source is replaced by its alt text (or nothing), so the reader loses no visible words.
 */
export function normalizeImage(img: Element): { src: string } | ChildNode[] {
  const src = imageSource(img);
  if (src === null) {
    const alt = (getAttr(img, 'alt') ?? '').trim();
    return alt ? [textElement('span', { 'data-missing-image': '' }, alt)] : [];
  }
  setAttr(img, 'src', src);
  removeAttr(img, ...LAZY_SOURCES);
  fixSrcset(img);
  setSize(img);
  setAttr(img, 'loading', 'lazy');
  setAttr(img, 'decoding', 'async');
  setAttr(img, 'referrerpolicy', 'no-referrer');
  return { src };
}
