import { getAttr, removeAttr, setAttr, type Element } from './html-tree.ts';

const MAX_SLUG = 48;

/** Prefix of every id the body keeps from its source, so none can equal an app id or a `document` property. */
export const USER_ID_PREFIX = 'u-';

/** The Latin letters and digits of `text` as an ASCII slug (`Ünïcode 2.0` → `unicode-2-0`); may be empty. */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG).replace(/-+$/, '');
}

/** Hands out unique ids: the base, then `base-2`, `base-3`... in constant time per id on repeats. */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  /** Returns `base` or the first free `base-n`, and reserves it. */
  take(base: string): string {
    let id = base;
    if (this.used.has(id)) {
      let n = this.next.get(base) ?? 2;
      while (this.used.has(`${base}-${n}`)) n++;
      this.next.set(base, n + 1);
      id = `${base}-${n}`;
    }
    this.used.add(id);
    return id;
  }
}

/** Attributes that name other elements by id: single ids, then space-separated lists. */
const SINGLE_REFS = ['list', 'form', 'aria-activedescendant', 'aria-details', 'aria-errormessage'];
const LIST_REFS = ['for', 'headers', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-flowto'];

/** True when the element carries an attribute that must be renamed or re-pointed. */
export function hasIdOrRef(element: Element): boolean {
  return element.attrs.some(
    (a) =>
      a.name === 'id' || a.name === 'name' || a.name === 'usemap' || SINGLE_REFS.includes(a.name) ||
      LIST_REFS.includes(a.name) || (a.name === 'href' && a.value.startsWith('#')),
  );
}

function decodeFragment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Prefixes every source id/name with `u-` and re-points in-body references; `renamed` maps
 * source ids that became heading ids. Elements in `keepId` (headings) already carry their final id;
 * a link to no source id but to a heading's slug (Markdown's `[x](#setup)`) goes to that heading.
 */
export function rewriteIds(elements: Element[], renamed: Map<string, string>, keepId: Set<Element>): void {
  const sourceIds = new Set<string>();
  for (const el of elements) {
    for (const attr of el.attrs) if (attr.name === 'name' || (attr.name === 'id' && !keepId.has(el))) sourceIds.add(attr.value);
  }
  const headingIds = new Set([...keepId].map((el) => getAttr(el, 'id')));
  const bySlug = (id: string) => (headingIds.has(`ch-${slugify(id)}`) ? `ch-${slugify(id)}` : null);
  const target = (raw: string) => {
    const id = decodeFragment(raw);
    const found = renamed.get(raw) ?? renamed.get(id);
    if (found) return found;
    return (!sourceIds.has(raw) && !sourceIds.has(id) && bySlug(id)) || USER_ID_PREFIX + raw;
  };
  for (const element of elements) {
    for (const attr of element.attrs) {
      const { name, value } = attr;
      if ((name === 'id' && !keepId.has(element)) || name === 'name') attr.value = value && USER_ID_PREFIX + value;
      else if ((name === 'href' || name === 'usemap') && value.length > 1 && value.startsWith('#')) {
        attr.value = `#${target(value.slice(1))}`;
      } else if (SINGLE_REFS.includes(name) && value !== '') attr.value = target(value);
      else if (LIST_REFS.includes(name)) attr.value = value.split(/\s+/).filter(Boolean).map(target).join(' ');
    }
    if (getAttr(element, 'id') === '') removeAttr(element, 'id');
  }
}

/** Gives a heading its final id; returns the source id it replaced, if any. */
export function setHeadingId(heading: Element, id: string): string | null {
  const previous = getAttr(heading, 'id');
  setAttr(heading, 'id', id);
  return previous;
}
