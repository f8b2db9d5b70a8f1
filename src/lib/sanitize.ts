import DOMPurify, { type Config } from 'dompurify';
import { DEFUSED_STYLE, defuseInline } from './defuse-inline';
import { safeImageUrl, safeLink } from './safe-url';

/** How links in the body behave where it is shown. */
export interface SanitizeOptions {
  /**
   * Absolute URL of the full reader. When set (the embed), `#chapter` links point there and
   * every link opens a new browsing context, so the host page is never navigated.
   */
  readerUrl?: string;
}

// Article bodies are text documents: no scripts, forms, embedded content or styling.
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
    'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2',
    'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q',
    'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
    'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
  ],
  ALLOWED_ATTR: [
    'alt', 'class', 'colspan', 'datetime', 'dir', 'headers', 'height', 'href', 'id', 'lang',
    'reversed', 'rowspan', 'scope', 'span', 'src', 'start', 'title', 'width',
  ],
  FORBID_TAGS: [
    'script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select',
    'textarea', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript',
  ],
  // Drop these with their text: a form control's label or a select's options are noise.
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option'],
  // data-*/aria-* could fake the app's own markers (data-article-body, aria-current).
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Off on purpose: it would rename the pipeline's `ch-` ids (see STYLE.md findings).
  SANITIZE_NAMED_PROPS: false,
};

const ALIGN = /(?:^|;)\s*text-align\s*:\s*(left|right|center|justify|start|end)\b/i;
const ALIGN_TOKEN = /(?:^|\s)align-(left|right|center|justify)(?:\s|$)/;
const ALIGN_CLASS: Record<string, string> = {
  left: 'align-left', start: 'align-left', right: 'align-right', end: 'align-right',
  center: 'align-center', justify: 'align-justify',
};
const KEPT_ID = /^(?:ch|u)-/;
const PIXELS = /^\d{1,5}$/;

const purify = DOMPurify(window);
let readerUrl: string | undefined;

// Inline styles are dropped (CSP forbids them); alignment survives as our own class, as does
// an align-* class the pipeline already wrote.
purify.addHook('beforeSanitizeAttributes', (node) => {
  // DOMPurify runs this hook for text and comment nodes too.
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const style = node.getAttribute(DEFUSED_STYLE) ?? node.getAttribute('style') ?? '';
  const align = (
    ALIGN.exec(style)?.[1] ??
    node.getAttribute('align') ??
    ALIGN_TOKEN.exec(node.getAttribute('class') ?? '')?.[1] ??
    ''
  ).toLowerCase();
  node.removeAttribute('class');
  if (ALIGN_CLASS[align]) node.setAttribute('class', ALIGN_CLASS[align]);
});

purify.addHook('uponSanitizeAttribute', (_node, event) => {
  // The pipeline namespaces ids; any other id could collide with the app's own.
  if (event.attrName === 'id' && !KEPT_ID.test(event.attrValue)) event.keepAttr = false;
  if ((event.attrName === 'width' || event.attrName === 'height') && !PIXELS.test(event.attrValue)) {
    event.keepAttr = false;
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') secureLink(node);
  else if (node.tagName === 'IMG') secureImage(node);
  else if (node.tagName === 'P' && isBlank(node)) node.remove();
});

// Pasted articles space paragraphs with empty ones (`<p><br></p>`); our own margins do that.
function isBlank(node: Element): boolean {
  return node.textContent?.trim() === '' && !node.querySelector('img');
}

function secureLink(node: Element): void {
  const link = safeLink(node.getAttribute('href'));
  node.removeAttribute('target');
  node.removeAttribute('rel');
  if (!link) {
    node.removeAttribute('href');
    return;
  }
  const href = link.kind === 'fragment' && readerUrl ? readerUrl + link.href : link.href;
  node.setAttribute('href', href);
  if (link.kind === 'external' || readerUrl) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

function secureImage(node: Element): void {
  const src = safeImageUrl(node.getAttribute('src'));
  if (!src) {
    node.remove();
    return;
  }
  node.setAttribute('src', src);
  node.setAttribute('loading', 'lazy');
  node.setAttribute('decoding', 'async');
  node.setAttribute('referrerpolicy', 'no-referrer');
}

/**
 * Sanitizes an article body for `dangerouslySetInnerHTML`. The only place untrusted HTML
 * is cleaned; nothing else in the app imports DOMPurify.
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}): { __html: string } {
  readerUrl = options.readerUrl;
  try {
    return { __html: purify.sanitize(defuseInline(html), CONFIG) };
  } finally {
    readerUrl = undefined;
  }
}
