/** A link the reader keeps, by what following it does. */
export type SafeLink =
  | { kind: 'fragment'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'mailto'; href: string };

// Only ids the pipeline namespaced can be targets; anything else would point nowhere.
const FRAGMENT = /^#(?:ch|u)-[^\s]*$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function parseAbsolute(raw: string | null | undefined): URL | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  // Protocol-relative URLs would inherit the page's scheme; pin them to https.
  const withScheme = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!SCHEME.test(withScheme)) return null;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/** An http(s) image URL (protocol-relative becomes https), or null for anything else. */
export function safeImageUrl(raw: string | null | undefined): string | null {
  const url = parseAbsolute(raw);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
}

/** Classifies a link: http(s), mailto and in-article `#ch-`/`#u-` anchors survive; the rest is null. */
export function safeLink(raw: string | null | undefined): SafeLink | null {
  const trimmed = raw?.trim() ?? '';
  if (trimmed.startsWith('#')) return FRAGMENT.test(trimmed) ? { kind: 'fragment', href: trimmed } : null;
  const url = parseAbsolute(trimmed);
  if (!url) return null;
  if (url.protocol === 'https:' || url.protocol === 'http:') return { kind: 'external', href: url.href };
  if (url.protocol === 'mailto:') return { kind: 'mailto', href: url.href };
  return null;
}
