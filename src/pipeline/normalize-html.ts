import { html as parse5Html, serialize } from 'parse5';
import type { Chapter } from '../shared/article-types.ts';
import { isBlankText } from '../shared/blank-text.ts';
import { hasIdOrRef, rewriteIds } from './anchors.ts';
import { assignHeadingIds, type Heading } from './chapters.ts';
import { CODE_CONTAINERS, codeTagAsText, isCodeWrittenAsTag } from './code-markup.ts';
import { isElement, walk, type ChildNode, type Element, type Visit } from './html-tree.ts';
import { imageSource, normalizeImage } from './images.ts';
import { parseHtml } from './parse-html.ts';
import { TextCollector } from './text-stats.ts';

/** The normalized body and what the summary needs from it. */
export interface NormalizedBody {
  html: string;
  chapters: Chapter[];
  /** Whitespace-collapsed visible text. */
  text: string;
  /** The text of the first blocks, about a phone screen's worth, for the prerendered page. */
  lead: string[];
  firstImage: string | null;
  firstHeading: string | null;
  /** `<title>` of a whole HTML document, if the body was one. */
  documentTitle: string | null;
}

/** Never shown to a reader, so never shipped. */
const DROPPED = new Set(['script', 'style', 'template', 'link', 'meta', 'base', 'title']);
const VALID_ATTR = /^[a-z_:][a-z0-9_.:-]*$/i;
const HEADING = /^h([1-6])$/;

/** Attributes the browser cannot use: malformed names (left by broken quoting) and event handlers. */
function dropUselessAttributes(element: Element): void {
  element.attrs = element.attrs.filter((a) => VALID_ATTR.test(a.name) && !/^on/i.test(a.name));
}

function descendants(element: Element): Element[] {
  const found: Element[] = [];
  const stack: ChildNode[] = [...element.childNodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isElement(node)) found.push(node), stack.push(...node.childNodes);
  }
  return found;
}

/**
 * The reader runs scripts, so a browser would never show `<noscript>`. Its content is kept only when
 * it holds an image not shown yet (lazy-load fallbacks); "enable JavaScript" notes and trackers go.
 */
function noscript(element: Element, shown: Set<string>): Visit {
  const inside = descendants(element);
  if (inside.some((el) => el.tagName === 'script')) return [];
  const newImage = inside.some((el) => el.tagName === 'img' && !shown.has(imageSource(el) ?? ''));
  return newImage ? element.childNodes : [];
}

/** Characters of lead text: about what a phone screen holds below the title, so the prerendered page fills it. */
const LEAD_CHARS = 600;

/** Elements whose whitespace is content. */
const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'xmp', 'plaintext']);

/**
 * Nesting kept; deeper elements become siblings at this depth, as Chromium's parser does at 512.
 * Browsers parse deep nests in quadratic time: 50,000 nested divs took the reader 17 s to show.
 */
const MAX_DEPTH = 512;

/** An element at the depth limit, emptied, followed by what it held (text alone adds no depth, and stays). */
function flatten(element: Element): ChildNode[] {
  const children = element.childNodes;
  element.childNodes = [];
  return [element, ...children];
}

/** The state of one walk over a body: what is kept, what the summary needs. */
class BodyWalk {
  readonly text = new TextCollector();
  readonly headings: Heading[] = [];
  readonly referencing: Element[] = [];
  firstImage: string | null = null;
  private readonly open: { heading: Heading; mark: number }[] = [];
  private readonly shownImages = new Set<string>();
  private preformatted = 0;
  private code = 0;
  /** Elements of a code example's `<template>`: code, whatever their tag (code-markup.ts). */
  private readonly codeOnly = new WeakSet<Element>();
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly dropDebris: (element: Element) => void,
  ) {}

  visit = (node: ChildNode): Visit => {
    if (!isElement(node)) return node.nodeName === '#text' && 'value' in node ? this.visitText(node) : [];
    if (this.code > 0 && (isCodeWrittenAsTag(node) || this.codeOnly.has(node))) {
      const asText = codeTagAsText(node, this.source, this.codeOnly);
      if (asText) return asText;
    }
    if (DROPPED.has(node.tagName)) return [];
    if (node.tagName === 'noscript') return noscript(node, this.shownImages);
    if (this.depth >= MAX_DEPTH && node.childNodes.some(isElement)) return flatten(node);
    this.dropDebris(node);
    dropUselessAttributes(node);
    if (node.tagName === 'img') {
      const result = normalizeImage(node);
      if (Array.isArray(result)) return result;
      this.shownImages.add(result.src);
      if (!this.firstImage && /^https?:/i.test(result.src)) this.firstImage = result.src;
    }
    if (hasIdOrRef(node)) this.referencing.push(node);
    const level = HEADING.exec(node.tagName);
    if (level && node.namespaceURI === parse5Html.NS.HTML) {
      const heading = { element: node, level: Number(level[1]), text: '' };
      this.headings.push(heading);
      this.open.push({ heading, mark: this.text.mark() });
    }
    if (PREFORMATTED.has(node.tagName)) this.preformatted++;
    if (CODE_CONTAINERS.has(node.tagName)) this.code++;
    this.text.edge(node.tagName);
    this.depth++;
    return 'enter';
  };

  leave = (element: Element): void => {
    this.depth--;
    this.text.edge(element.tagName);
    if (PREFORMATTED.has(element.tagName)) this.preformatted--;
    if (CODE_CONTAINERS.has(element.tagName)) this.code--;
    const top = this.open[this.open.length - 1];
    if (top?.heading.element === element) {
      const text = this.text.since(this.open.pop()!.mark);
      // A heading that shows nothing is no chapter (and no title): it counts as empty.
      top.heading.text = isBlankText(text) ? '' : text;
    }
  };

  /** Whitespace between tags renders as one space; shrinking it keeps deeply indented sources small. */
  private visitText(node: { value: string }): Visit {
    if (this.preformatted === 0 && /^\s{2,}$/.test(node.value)) node.value = node.value.includes('\n') ? '\n' : ' ';
    this.text.add(node.value);
    return 'skip';
  }
}

/** Parses, cleans and annotates body HTML in one linear walk, then serializes it. */
export function normalizeHtml(source: string): NormalizedBody {
  const { root, documentTitle, dropDebris } = parseHtml(source);
  const body = new BodyWalk(source, dropDebris);
  walk(root, body.visit, body.leave);
  const { chapters, renamed, withIds } = assignHeadingIds(body.headings);
  rewriteIds(body.referencing, renamed, withIds);
  return {
    html: serialize(root),
    chapters,
    text: body.text.since(0),
    lead: body.text.lead(LEAD_CHARS),
    firstImage: body.firstImage,
    firstHeading: body.headings.find((h) => h.text !== '')?.text ?? null,
    documentTitle,
  };
}
