import { unwrapRedirect } from './sanitize/redirects';

/** A link the reader keeps, by what following it does. */
export type SafeLink =
  | { kind: 'fragment'; href: string }
  /** A page of this app (another bundled article): opens in place, never in a new tab. */
  | { kind: 'internal'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'mailto'; href: string };

// Only ids the pipeline namespaced can be targets; anything else would point nowhere.
const FRAGMENT = /^#(?:ch|u)-[^\s]*$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Small raster images only: they cannot carry script (SVG can), and a big one bloats the page.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;
const MAX_DATA_IMAGE = 64 * 1024;
// Browsers drop these anywhere in a URL before parsing it (`java\tscript:`).
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/g;

function parseAbsolute(raw: string | null | undefined): URL | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  // Protocol-relative URLs would inherit the page's scheme; pin them to https.
  const withScheme = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  // A relative URL names a file on the article's source site, which does not exist here.
  if (!SCHEME.test(withScheme.replace(URL_NOISE, ''))) return null;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

function isWeb(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/** An http(s) image URL (protocol-relative becomes https), a small raster `data:` image, or null. */
export function safeImageUrl(raw: string | null | undefined): string | null {
  const value = raw?.trim() ?? '';
  if (/^data:/i.test(value)) return value.length <= MAX_DATA_IMAGE && DATA_IMAGE.test(value) ? value : null;
  const url = parseAbsolute(value);
  return url && isWeb(url) ? url.href : null;
}

/** The app's own origin and base path, for telling links to bundled articles from the rest. */
export interface AppRoot {
  origin: string;
  /** Starts and ends with `/`. */
  base: string;
}

/**
 * Classifies a link: http(s) (redirect wrappers unwrapped), mailto, in-article `#ch-`/`#u-`
 * anchors and absolute links into this app survive; everything else is null.
 */
export function safeLink(raw: string | null | undefined, app?: AppRoot): SafeLink | null {
  const trimmed = raw?.trim() ?? '';
  if (trimmed.startsWith('#')) return FRAGMENT.test(trimmed) ? { kind: 'fragment', href: trimmed } : null;
  const parsed = parseAbsolute(trimmed);
  if (!parsed) return null;
  if (parsed.protocol === 'mailto:') return { kind: 'mailto', href: parsed.href };
  if (!isWeb(parsed)) return null;
  const url = unwrapRedirect(parsed);
  if (app && url.origin === app.origin) {
    // Our own origin outside the app's base would be some other site's page on this host.
    return url.pathname.startsWith(app.base) ? { kind: 'internal', href: url.pathname + url.search + url.hash } : null;
  }
  return { kind: 'external', href: url.href };
}
