import DOMPurify from 'dompurify';
import { defuseInline } from './defuse-inline';
import type { AppRoot } from './safe-url';
import { SANITIZE_CONFIG } from './sanitize/config';
import { makeFigures, markLineImages } from './sanitize/figures';
import { installHooks, type SanitizeRun } from './sanitize/hooks';
import { unwrapLayoutTables } from './sanitize/layout-tables';
import { collapseCodeBreaks, trimLeadingBreaks, trimTrailingBreaks } from './sanitize/line-breaks';

/** How links in the body behave where it is shown. */
export interface SanitizeOptions {
  /**
   * Absolute URL of the full reader. When set (the embed), `#chapter` links point there and
   * every link opens a new browsing context, so the host page is never navigated.
   */
  readerUrl?: string;
}

/** One thing the sanitizer took out: an element (by tag) or an attribute (by name). */
export interface Removal {
  kind: 'element' | 'attribute';
  name: string;
}

/** The part of the Trusted Types API used here (TypeScript's DOM library does not declare it yet). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (markup: string) => string }): { createHTML: (markup: string) => unknown };
}

// Attributes the policy removes and then sets again itself (images, links), and the parse root.
const REWRITTEN = new Set(['loading', 'decoding', 'referrerpolicy', 'target', 'rel']);

const purify = DOMPurify(window);
// The only policy that makes HTML (CSP `trusted-types`, src/pipeline/csp-plugin.ts); it only ever
// wraps markup this module has just cleaned, and it never leaves this module.
const trustedHtml = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('folio-sanitizer', {
  createHTML: (markup) => markup,
});
const run: SanitizeRun = {};
installHooks(purify, run);

// Absolute links into this app stay in the app; computed lazily because Node scripts (the
// sanitizer report) load this module without Vite's import.meta.env.
function appRoot(): AppRoot | undefined {
  const origin = window.location?.origin;
  if (!origin || origin === 'null') return undefined;
  return { origin, base: import.meta.env?.BASE_URL ?? '/' };
}

function clean(html: string, options: SanitizeOptions, record?: SanitizeRun['record']): string {
  Object.assign(run, { readerUrl: options.readerUrl, app: appRoot(), record });
  try {
    const body = purify.sanitize(defuseInline(html, record), SANITIZE_CONFIG) as unknown as Element | null;
    // No body at all: the markup was a `<frameset>` document, which has nothing to read.
    if (!body) return '';
    trimLeadingBreaks(body);
    trimTrailingBreaks(body);
    collapseCodeBreaks(body);
    unwrapLayoutTables(body);
    makeFigures(body);
    markLineImages(body);
    return body.innerHTML;
  } finally {
    Object.assign(run, { readerUrl: undefined, app: undefined, record: undefined });
  }
}

/**
 * Sanitizes an article body for `dangerouslySetInnerHTML`. The only place untrusted HTML
 * is cleaned; nothing else in the app imports DOMPurify. Policy: README, "Security".
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}): { __html: string } {
  // A TrustedHTML where the browser enforces Trusted Types (the CSP requires it); it reads as the same markup.
  const markup = clean(html, options);
  return { __html: (trustedHtml?.createHTML(markup) ?? markup) as unknown as string };
}

/** Sanitizes like sanitizeArticleHtml and lists everything removed, for the sanitizer report. */
export function sanitizeWithRemovals(html: string, options: SanitizeOptions = {}): { html: string; removed: Removal[] } {
  const removed: Removal[] = [];
  const record = (kind: Removal['kind'], name: string) => removed.push({ kind, name });
  const out = clean(html, options, record);
  for (const item of purify.removed) {
    if ('element' in item && item.element) {
      const name = item.element.nodeName.toLowerCase();
      if (name !== 'body') removed.push({ kind: 'element', name });
    } else if ('attribute' in item && item.attribute) {
      const name = item.attribute.name.toLowerCase();
      if (!REWRITTEN.has(name)) removed.push({ kind: 'attribute', name: name === 'data-folio-style' ? 'style' : name });
    }
  }
  return { html: out, removed };
}
