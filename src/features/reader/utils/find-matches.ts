import { textRuns, type TextRun } from '../../../lib/line-breaks';
import { matchPattern } from '../../search/utils/match-pattern';
import type { FindState } from './find-state';

/** Matches marked at most: enough to step through, bounded for a body that repeats a word everywhere. */
export const MAX_FIND_MATCHES = 1000;

/** Where a match starting at `start` begins: the last text node starting at or before it, from node `from` on. */
function startIn(run: TextRun, start: number, from: number): number {
  let i = from;
  while (i + 1 < run.nodes.length && run.starts[i + 1] <= start) i++;
  return i;
}

/** Where a match ending at `end` ends: the last text node starting before it, so the range never takes in the next node. */
function endIn(run: TextRun, end: number, from: number): number {
  let i = from;
  while (i + 1 < run.nodes.length && run.starts[i + 1] < end) i++;
  return i;
}

function rangesOf(runs: readonly TextRun[], pattern: RegExp, limit: number): Range[] {
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
