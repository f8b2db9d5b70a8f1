/** Called with a message when a value had to be ignored. */
export type Warn = (message: string) => void;

/** A YAML scalar as a trimmed name; null for anything else (lists, maps, null). */
export function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
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
      path.push(name);
    }
  }
  return path;
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
    paths = name ? [[name]] : [];
  } else if (value.some(Array.isArray)) {
    paths = value.map((item) => pathOf(Array.isArray(item) ? item : [item], warn));
  } else {
    paths = [pathOf(value, warn)];
  }
  const seen = new Set<string>();
  return paths.filter((path) => {
    // JSON of the names is unambiguous even when a name contains `/`.
    const key = JSON.stringify(path);
    if (path.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Tags: a string or a list of names; trimmed, empty and repeated names dropped. */
export function parseTags(value: unknown, warn: Warn): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  const tags = new Set<string>();
  for (const item of items) {
    const name = scalarText(item);
    if (name === null) warn('ignored a value that is not a name');
    else if (name !== '') tags.add(name);
  }
  return [...tags];
}
