import type { ReadingPosition } from './reading-positions';

/** A stretch of the article: from its start (a chapter heading, or the article's top) to the next. */
interface Segment {
  chapter: string | null;
  top: number;
  bottom: number;
}

function pageTop(element: Element): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/** The page y just below the sticky site header: what the reader sees first. */
function readingLine(): number {
  const header = document.querySelector('.site-header');
  return window.scrollY + (header ? Math.max(header.getBoundingClientRect().bottom, 0) : 0);
}

function segments(article: HTMLElement, chapterIds: readonly string[]): Segment[] {
  const starts: { chapter: string | null; top: number }[] = [{ chapter: null, top: pageTop(article) }];
  for (const id of chapterIds) {
    const heading = document.getElementById(id);
    if (heading) starts.push({ chapter: id, top: pageTop(heading) });
  }
  const end = pageTop(article) + article.offsetHeight;
  return starts.map((start, i) => ({ ...start, bottom: starts[i + 1]?.top ?? end }));
}

/** How much of the article has been scrolled past, 0–1: 1 once its end is in view. */
export function readFraction(article: HTMLElement): number {
  const top = pageTop(article);
  const span = article.offsetHeight - window.innerHeight;
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (window.scrollY - top) / span));
}

/** The current position as chapter + offset, robust to images above it changing height. */
export function capturePosition(article: HTMLElement, chapterIds: readonly string[]): ReadingPosition {
  const line = readingLine();
  const all = segments(article, chapterIds);
  const current = all.findLast((segment) => segment.top <= line) ?? all[0];
  const height = current.bottom - current.top;
  const offset = height > 0 ? Math.min(1, Math.max(0, (line - current.top) / height)) : 0;
  return { chapter: current.chapter, offset, percent: Math.round(readFraction(article) * 100), at: Date.now() };
}

/** The scroll position that shows a saved position again (falls back to the article's top part). */
export function scrollTopFor(article: HTMLElement, chapterIds: readonly string[], position: ReadingPosition): number {
  const all = segments(article, chapterIds);
  const target = all.find((segment) => segment.chapter === position.chapter) ?? all[0];
  const y = target.top + position.offset * (target.bottom - target.top);
  return Math.max(0, y - (readingLine() - window.scrollY));
}
