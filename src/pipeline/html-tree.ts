import { defaultTreeAdapter, html, type DefaultTreeAdapterTypes as T } from 'parse5';

/** parse5's element node. */
export type Element = T.Element;
/** Any node that can sit in a parent's `childNodes`. */
export type ChildNode = T.ChildNode;
/** A node with `childNodes`. */
export type ParentNode = T.ParentNode;

/** What a visitor wants done with a node: walk into it, pass over it, or put these nodes in its place. */
export type Visit = 'enter' | 'skip' | ChildNode[];

/** Type guard for element nodes. */
export function isElement(node: T.Node): node is Element {
  return 'tagName' in node;
}

/** An attribute's value, or null when absent. */
export function getAttr(element: Element, name: string): string | null {
  for (const attr of element.attrs) if (attr.name === name && !attr.prefix) return attr.value;
  return null;
}

/** Sets (or adds) an attribute. */
export function setAttr(element: Element, name: string, value: string): void {
  const attr = element.attrs.find((a) => a.name === name && !a.prefix);
  if (attr) attr.value = value;
  else element.attrs.push({ name, value });
}

/** Removes every attribute called `name`. */
export function removeAttr(element: Element, ...names: string[]): void {
  element.attrs = element.attrs.filter((a) => !names.includes(a.name));
}

/** A new HTML element holding one text node. */
export function textElement(tagName: string, attrs: Record<string, string>, text: string): Element {
  const list = Object.entries(attrs).map(([name, value]) => ({ name, value }));
  const element = defaultTreeAdapter.createElement(tagName, html.NS.HTML, list);
  defaultTreeAdapter.insertText(element, text);
  return element;
}

interface Frame {
  parent: ParentNode;
  nodes: ChildNode[];
  index: number;
  out: ChildNode[];
  /** False for frames that splice replacement nodes into their parent's list. */
  owner: boolean;
}

/**
 * Visits every node in document order without recursion (deep markup cannot overflow the stack).
 * `leave` runs after an entered element's children. Each child list is rebuilt once, so removing
 * many siblings stays linear.
 */
export function walk(root: ParentNode, visit: (node: ChildNode) => Visit, leave?: (element: Element) => void): void {
  const stack: Frame[] = [{ parent: root, nodes: root.childNodes, index: 0, out: [], owner: true }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (!frame.owner) continue;
      for (const node of frame.out) node.parentNode = frame.parent;
      frame.parent.childNodes = frame.out;
      if (isElement(frame.parent) && frame.parent !== root) leave?.(frame.parent);
      continue;
    }
    const node = frame.nodes[frame.index++];
    const action = visit(node);
    if (Array.isArray(action)) {
      stack.push({ parent: frame.parent, nodes: action, index: 0, out: frame.out, owner: false });
      continue;
    }
    frame.out.push(node);
    if (action === 'enter' && isElement(node)) {
      stack.push({ parent: node, nodes: node.childNodes, index: 0, out: [], owner: true });
    }
  }
}
