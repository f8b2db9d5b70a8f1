/** Elements that start a new line of text, so their words do not run into their neighbours'. */
const LINE_BREAKING = new Set([
  'address', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Whether `node` is an element that breaks the line: text before and after it are not one run of words. */
export function breaksLine(node: Node | null): boolean {
  // 1 is Node.ELEMENT_NODE, spelled out: the sanitizer's report script runs where `Node` is no global.
  return node?.nodeType === 1 && LINE_BREAKING.has(node.nodeName.toLowerCase());
}
