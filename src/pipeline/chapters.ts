import type { Chapter } from '../shared/article-types.ts';
import { IdAllocator, setHeadingId, slugify } from './anchors.ts';
import { getAttr, type Element } from './html-tree.ts';

/** A heading found in the body, with its whitespace-collapsed text. */
export interface Heading {
  element: Element;
  level: number;
  text: string;
}

/** Labels sites put on headings that are styled body text, not sections (`<h2 label="正文">`). */
const BODY_TEXT_LABELS = new Set(['正文']);

/** True for a heading marked as body text; such headings are never chapters. */
export function isBodyTextHeading(element: Element): boolean {
  return BODY_TEXT_LABELS.has((getAttr(element, 'label') ?? '').trim());
}

function canBeChapter(heading: Heading): boolean {
  return heading.text !== '' && !isBodyTextHeading(heading.element);
}

/** The chapter level: 1 when an `<h1>` chapter exists, else the highest level present; null for none. */
export function chapterLevel(headings: readonly Heading[]): number | null {
  let level: number | null = null;
  for (const heading of headings) {
    if (canBeChapter(heading) && (level === null || heading.level < level)) level = heading.level;
  }
  return level;
}

/** What assigning heading ids produced. */
export interface HeadingIds {
  chapters: Chapter[];
  /** Source id → new id, for in-body links to a heading. */
  renamed: Map<string, string>;
  /** Headings that now carry a `ch-` id. */
  withIds: Set<Element>;
}

/** Each non-empty heading with whether it is a chapter and its fallback ordinal (`3`, or `2-1` below chapter 2). */
function classify(headings: readonly Heading[]): { heading: Heading; isChapter: boolean; ordinal: string }[] {
  const level = chapterLevel(headings);
  let chapter = 0;
  let sub = 0;
  return headings
    .filter((heading) => heading.text !== '')
    .map((heading) => {
      const isChapter = heading.level === level && canBeChapter(heading);
      if (isChapter) (chapter++, (sub = 0));
      else sub++;
      return { heading, isChapter, ordinal: isChapter ? `${chapter}` : `${chapter}-${sub}` };
    });
}

/**
 * Gives every non-empty heading an ASCII id and returns the chapters in order: `ch-<slug>`, or
 * `ch-<n>` when the text has no Latin letters or digits (`ch-<chapter>-<k>` below chapter level).
 * Chapters take their ids first, so a sub-heading never pushes a chapter to a `-2` id.
 */
export function assignHeadingIds(headings: readonly Heading[]): HeadingIds {
  const classified = classify(headings);
  const ids = new IdAllocator();
  const result: HeadingIds = { chapters: [], renamed: new Map(), withIds: new Set() };
  const byId = new Map<Heading, string>();
  for (const pass of [true, false]) {
    for (const { heading, isChapter, ordinal } of classified) {
      if (isChapter === pass) byId.set(heading, ids.take(`ch-${slugify(heading.text) || ordinal}`));
    }
  }
  for (const { heading, isChapter } of classified) {
    const id = byId.get(heading)!;
    const previous = setHeadingId(heading.element, id);
    if (previous && !result.renamed.has(previous)) result.renamed.set(previous, id);
    result.withIds.add(heading.element);
    if (isChapter) result.chapters.push({ id, title: heading.text, level: heading.level });
  }
  return result;
}
