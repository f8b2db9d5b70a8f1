/**
 * Code written into a page without escaping its angle brackets: `Map<String, Parser> map;`, an
 * XML config, a Vue component, `<your app key>`. The parser reads each `<…>` as a tag, and the
 * tag's own text is gone from the code: generics vanish, XML shows only its values, a `<script>`
 * example disappears whole. Inside `<pre>` and `<code>`, a tag no HTML element has, or one whose
 * content HTML never shows (script, style, template, title, textarea), was code: it goes back to
 * its text, taken from the source. Tags a highlighter writes (span, b, a, br…) stay markup.
 */
import { defaultTreeAdapter, html } from 'parse5';
import { isElement, type ChildNode, type Element, type ParentNode } from './html-tree.ts';

/** Elements whose content is code, however it is marked up inside. */
export const CODE_CONTAINERS = new Set(['pre', 'code', 'listing', 'xmp']);
const SHOWN_AS_NOTHING = new Set(['script', 'style', 'template', 'title', 'textarea']);

/** Whether `element`, inside code, was most likely code text that the parser took for a tag. */
export function isCodeWrittenAsTag(element: Element): boolean {
  if (element.namespaceURI !== html.NS.HTML) return false;
  return html.getTagID(element.tagName) === html.TAG_ID.UNKNOWN || SHOWN_AS_NOTHING.has(element.tagName);
}

/** Whether any code in the tree holds such a tag (the body is then parsed again with source locations). */
export function hasCodeWrittenAsTags(root: ParentNode): boolean {
  const stack: [ChildNode, boolean][] = root.childNodes.map((node) => [node, false]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, inCode] = entry;
    if (!isElement(node)) continue;
    if (inCode && isCodeWrittenAsTag(node)) return true;
    const childInCode = inCode || CODE_CONTAINERS.has(node.tagName);
    for (const child of childNodesOf(node)) stack.push([child, childInCode]);
  }
  return false;
}

/** An element's children; a `<template>` keeps them in its content fragment. */
function childNodesOf(element: Element): ChildNode[] {
  return element.tagName === 'template' ? (element as Element & { content: ParentNode }).content.childNodes : element.childNodes;
}

/**
 * The element as the source wrote it: its start tag as text, its children, its end tag (if the
 * source has one) as text. Null without source locations (the body was parsed without them).
 * A `<template>`'s content was never part of the page, so every element in it is code as well:
 * those are added to `codeOnly`, for the caller to turn into text in turn (a Vue example's
 * `<h1>` must not become a heading, or a chapter).
 */
export function codeTagAsText(element: Element, source: string, codeOnly: WeakSet<Element>): ChildNode[] | null {
  const location = element.sourceCodeLocation;
  if (!location?.startTag) return null;
  const text = (from: number, to: number) => defaultTreeAdapter.createTextNode(source.slice(from, to)) as ChildNode;
  const { startTag, endTag } = location;
  const children = childNodesOf(element);
  if (element.tagName === 'template') {
    const stack = [...children];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (isElement(node)) codeOnly.add(node), stack.push(...childNodesOf(node));
    }
  }
  return [
    text(startTag.startOffset, startTag.endOffset),
    ...children,
    ...(endTag ? [text(endTag.startOffset, endTag.endOffset)] : []),
  ];
}
