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

/** A run of text a reader sees as one line or block: its text nodes and where each starts in `text`. */
export interface TextRun {
  nodes: Text[];
  starts: number[];
  text: string;
}

/**
 * An element's text in runs, split where the line breaks (at a line-breaking element, and after
 * one): inline markup does not split a run, so a word set half in bold is still one word.
 */
export function textRuns(root: Element): TextRun[] {
  // A walker, not recursion: sanitized bodies can still nest hundreds of levels deep.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const runs: TextRun[] = [];
  let run: TextRun = { nodes: [], starts: [], text: '' };
  const close = () => {
    if (run.nodes.length > 0) runs.push(run);
    run = { nodes: [], starts: [], text: '' };
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (breaksLine(node)) close();
      continue;
    }
    if (breaksLine(node.previousSibling)) close();
    run.starts.push(run.text.length);
    run.nodes.push(node as Text);
    run.text += (node as Text).data;
  }
  close();
  return runs;
}
