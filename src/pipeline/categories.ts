import { excerpt, plainText } from './text-stats.ts';

/** Called with a message when a value had to be ignored. */
export type Warn = (message: string) => void;

/**
 * Limits on one article's names: real ones are far smaller. Every category of every article is
 * in the entry index each reader downloads first, so a hostile file with 10,000 categories or
 * megabyte names would slow every first view.
 */
export const NAME_LIMITS = { chars: 200, paths: 64, depth: 16, tags: 64 };

/** `name` cut to `NAME_LIMITS.chars` characters (with `…`), with a warning when cut. */
export function clipName(name: string, warn: Warn): string {
  if (name.length <= NAME_LIMITS.chars) return name;
  warn(`a name of ${name.length} characters was cut to ${NAME_LIMITS.chars}`);
  return excerpt(name, NAME_LIMITS.chars);
}

/** The first `limit` items, with a warning naming what was dropped. */
function firstOf<T>(items: T[], limit: number, what: string, warn: Warn): T[] {
  if (items.length <= limit) return items;
  warn(`${items.length} ${what}; the first ${limit} are kept`);
  return items.slice(0, limit);
}

/** A YAML scalar as a one-line name; null for anything else (lists, maps, null). */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return plainText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return null;
}

/** The names of one path, trimmed, empty names dropped. */
function pathOf(items: unknown[], warn: Warn): string[] {
  const path: string[] = [];
  for (const item of items) {
    const name = scalarText(item);
    if (name === null) {
      if (item !== null && item !== undefined) warn('ignored a nested value that is not a name');
    } else if (name !== '') {
      path.push(clipName(name, warn));
    }
  }
  return firstOf(path, NAME_LIMITS.depth, 'levels in one category path', warn);
}

/**
 * Hexo categories: a string is one category; a list is ONE path (top level first);
 * a list holding lists is several paths, and a name beside them is a path of its own.
 */
export function parseCategories(value: unknown, warn: Warn): string[][] {
  if (value === null || value === undefined) return [];
  let paths: string[][];
  if (!Array.isArray(value)) {
    const name = scalarText(value);
    if (name === null) warn('expected a name or a list, ignored');
    paths = name ? [[clipName(name, warn)]] : [];
  } else if (value.some(Array.isArray)) {
    paths = value.map((item) => pathOf(Array.isArray(item) ? item : [item], warn));
  } else {
    paths = [pathOf(value, warn)];
  }
  const seen = new Set<string>();
  const unique = paths.filter((path) => {
    // JSON of the names is unambiguous even when a name contains `/`.
    const key = JSON.stringify(path);
    if (path.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return firstOf(unique, NAME_LIMITS.paths, 'category paths', warn);
}

/** Tags: a string or a list of names; trimmed, empty and repeated names dropped. */
export function parseTags(value: unknown, warn: Warn): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  const tags = new Set<string>();
  for (const item of items) {
    const name = scalarText(item);
    if (name === null) warn('ignored a value that is not a name');
    else if (name !== '') tags.add(clipName(name, warn));
  }
  return firstOf([...tags], NAME_LIMITS.tags, 'tags', warn);
}
