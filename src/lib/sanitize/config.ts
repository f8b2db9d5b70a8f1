import type { Config } from 'dompurify';

// Wrappers whose text a reader needs but whose element is noise (`<font>`, `<center>`, `<label>`,
// landmark tags like `<main>` that would confuse the app's own landmarks) are left out: unwrapped.
const TEXT_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col',
  'colgroup', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
  'address', 'details', 'summary',
];

/** Elements that can run, load, submit or restyle something: never kept, whatever the config merges in. */
export const FORBIDDEN_TAGS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'textarea', 'option', 'base', 'meta', 'link', 'svg', 'math', 'template',
  'noscript', 'noembed', 'noframes', 'video', 'audio', 'source', 'track', 'canvas', 'portal',
  'dialog', 'slot', 'xmp', 'plaintext', 'listing',
];

/**
 * The explicit DOMPurify configuration for article bodies. Everything not listed is removed; a
 * removed element's text stays unless it is listed in ADD_FORBID_CONTENTS (or is script-like,
 * which DOMPurify always drops with its content).
 */
export const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS: TEXT_TAGS,
  ALLOWED_ATTR: [
    'alt', 'class', 'colspan', 'datetime', 'dir', 'headers', 'height', 'href', 'id', 'lang',
    'reversed', 'rowspan', 'scope', 'span', 'src', 'start', 'title', 'width', 'open',
  ],
  FORBID_TAGS: FORBIDDEN_TAGS,
  // A form control's label, a select's options or a copy button's icon are not article text.
  ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option', 'video', 'audio', 'canvas'],
  // data-*/aria-* could fake the app's own markers (data-article-body, aria-current).
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // URLs: DOMPurify's default scheme check first, then safe-url.ts narrows href/src to
  // http(s), mailto, `#ch-` anchors and small raster images (a custom ALLOWED_URI_REGEXP would
  // also judge every non-URL attribute value, such as width="640").
  // Off on purpose: it would rename the pipeline's `ch-` ids (see STYLE.md findings). Clobbering is
  // prevented instead by keeping only `ch-`/`u-` ids and no `name` attribute at all.
  SANITIZE_NAMED_PROPS: false,
  SANITIZE_DOM: true,
  SAFE_FOR_XML: true,
  // The figure pass (figures.ts) runs on the sanitized tree before it is serialized.
  RETURN_DOM: true,
};
