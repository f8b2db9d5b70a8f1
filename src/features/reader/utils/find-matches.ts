import { breaksLine } from '../../../lib/line-breaks';
import { matchPattern } from '../../search/utils/match-pattern';
import type { FindState } from './find-state';

/** Matches marked at most: enough to step through, bounded for a body that repeats a word everywhere. */
export const MAX_FIND_MATCHES = 1000;

/** A run of text a reader sees as one line or block: its text nodes and where each starts in `text`. */
interface Run {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** The body's text in runs, split where the line breaks (as the search snippet's text is): inline markup does not. */
function textRuns(root: Element): Run[] {
  // A walker, not recursion: sanitized bodies can still nest hundreds of levels deep.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const runs: Run[] = [];
  let run: Run = { nodes: [], starts: [], text: '' };
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

/** Where a match starting at `start` begins: the last text node starting at or before it, from node `from` on. */
function startIn(run: Run, start: number, from: number): number {
  let i = from;
  while (i + 1 < run.nodes.length && run.starts[i + 1] <= start) i++;
  return i;
}

/** Where a match ending at `end` ends: the last text node starting before it, so the range never takes in the next node. */
function endIn(run: Run, end: number, from: number): number {
  let i = from;
  while (i + 1 < run.nodes.length && run.starts[i + 1] < end) i++;
  return i;
}

function rangesOf(runs: readonly Run[], pattern: RegExp, limit: number): Range[] {
  const ranges: Range[] = [];
  for (const run of runs) {
    let node = 0;
    for (const match of run.text.matchAll(pattern)) {
      if (ranges.length >= limit) return ranges;
      const start = match.index;
      const end = start + match[0].length;
      node = startIn(run, start, node);
      const last = endIn(run, end, node);
      const range = run.nodes[0].ownerDocument.createRange();
      range.setStart(run.nodes[node], start - run.starts[node]);
      range.setEnd(run.nodes[last], end - run.starts[last]);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Every place in `root`'s text where the search that opened the article matched, in reading
 * order: the query's whole words if any is there, else its terms (as the result's snippet marks).
 */
export function findMatches(root: Element, find: FindState, limit = MAX_FIND_MATCHES): Range[] {
  const runs = textRuns(root);
  for (const marks of [find.words, find.terms]) {
    const pattern = matchPattern(marks);
    if (!pattern) continue;
    const ranges = rangesOf(runs, pattern, limit);
    if (ranges.length > 0) return ranges;
  }
  return [];
}
