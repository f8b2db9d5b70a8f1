import type { Plugin } from 'vite';
import { PRERENDER_SCRIPT_HASH, PRERENDER_SETTINGS_HASH, PRERENDER_STYLE_HASH } from './prerender.ts';

/**
 * The Trusted Types policies the app may create: the sanitizer's (src/lib/sanitize.ts), DOMPurify's
 * own (it parses the markup it is about to clean), and a `default` policy that makes no HTML and
 * vouches only for the service worker's URL (src/lib/trusted-types.ts).
 */
export const TRUSTED_TYPES_POLICIES = ['folio-sanitizer', 'dompurify', 'default'];

/**
 * The built app's Content-Security-Policy. Scripts, styles and data come only from the site;
 * images may come from any web host (articles embed foreign images); nothing may be framed,
 * posted or loaded as a plugin. No inline script or style is allowed but the prerendered pages'
 * two scripts and one stylesheet, named by hash.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Plus the two inline scripts of prerendered article pages (boot, settings), by hash (prerender.ts).
  `script-src 'self' ${PRERENDER_SCRIPT_HASH} ${PRERENDER_SETTINGS_HASH}`,
  // Plus the one stylesheet inlined into prerendered article pages, by its hash (prerender.ts).
  `style-src 'self' ${PRERENDER_STYLE_HASH}`,
  "img-src 'self' https: http: data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  // Trusted Types: only the named policies may turn strings into HTML or script URLs.
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

/**
 * Writes the CSP into the built index.html as a `<meta>` tag, early in `<head>`, because
 * `dist/` may be served by any plain static server that sets no headers. Build only: the dev
 * server needs inline scripts for hot reload.
 */
export function cspPlugin(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  return {
    name: 'folio:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, so the policy governs every tag that follows it.
      handler: (html) =>
        /<meta\s+charset[^>]*>/i.test(html)
          ? html.replace(/<meta\s+charset[^>]*>/i, (charset) => `${charset}\n    ${tag}`)
          : html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`),
    },
  };
}
