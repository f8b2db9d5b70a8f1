/**
 * Every app route and how to build its href. Hrefs are relative to the router's
 * basename (the app's BASE_URL); never hand-build them elsewhere.
 */

/** Encode each level on its own and join with `/` (a `/` inside a level becomes %2F). */
export function encodeLevels(levels: readonly string[]): string {
  return levels.map((level) => encodeURIComponent(level)).join('/');
}

/** Inverse of encodeLevels; returns null on a malformed escape. */
export function decodeLevels(raw: string): string[] | null {
  if (raw === '') return [];
  try {
    return raw.split('/').map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

/** An article id's folders are separate URL levels (`a/b c` → `a/b%20c`). */
export function encodeArticleId(id: string): string {
  return encodeLevels(id.split('/'));
}

/** The route table as data. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  category: {
    path: '/category/*',
    getHref: (categoryPath: readonly string[]) => `/category/${encodeLevels(categoryPath)}`,
  },
  article: {
    path: '/article/*',
    getHref: (id: string, chapterId?: string) =>
      `/article/${encodeArticleId(id)}${chapterId ? `#${chapterId}` : ''}`,
  },
  search: {
    path: '/search',
    getHref: (query: string) => `/search?${new URLSearchParams({ q: query }).toString()}`,
  },
  embed: {
    path: '/embed/*',
    getHref: (id: string, chapterId?: string) =>
      `/embed/${encodeArticleId(id)}${chapterId ? `#${chapterId}` : ''}`,
  },
} as const;

/**
 * The still-encoded rest of a pathname after a route prefix such as `/article/`.
 * Read from the raw pathname, not router params, so `%2F` inside a level survives.
 */
export function restOfPath(pathname: string, prefix: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  return pathname.slice(prefix.length).replace(/\/+$/, '');
}

/**
 * The article id in an app pathname such as `/article/a/b%20c` (below the basename, still
 * encoded), or null when it names none. `prefix` selects the route (`/embed/` for the embed).
 */
export function articleIdFromPathname(pathname: string, prefix = '/article/'): string | null {
  const rest = restOfPath(pathname, prefix);
  const levels = rest === null ? null : decodeLevels(rest);
  if (!levels || levels.length === 0 || levels.some((level) => level === '')) return null;
  return levels.join('/');
}

/** The category levels in `/category/<path>` (still encoded), or null when malformed. */
export function categoryFromPathname(pathname: string): string[] | null {
  const rest = restOfPath(pathname, '/category/');
  const levels = rest === null ? null : decodeLevels(rest);
  return levels && levels.length > 0 && !levels.includes('') ? levels : null;
}
