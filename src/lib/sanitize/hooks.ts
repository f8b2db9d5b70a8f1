import type { DOMPurify } from 'dompurify';
import { DEFUSED_STYLE } from '../defuse-inline';
import { safeLink, type AppRoot } from '../safe-url';
import { CAPTION_HINT } from './figures';
import { secureImage, videoLink, zakerVideoUrl } from './media';

/** What one sanitize call needs to know, and where it reports what it removed. */
export interface SanitizeRun {
  readerUrl?: string;
  app?: AppRoot;
  record?: (kind: 'element' | 'attribute', name: string) => void;
}

const ALIGN = /(?:^|;)\s*text-align\s*:\s*(left|right|center|justify|start|end)\b/i;
const ALIGN_TOKEN = /(?:^|\s)align-(left|right|center|justify)(?:\s|$)/;
const ALIGN_CLASS: Record<string, string> = {
  left: 'align-left', start: 'align-left', right: 'align-right', end: 'align-right',
  center: 'align-center', justify: 'align-justify',
};
/** A paragraph the source marked as a subheading (虎嗅's `<p label="小标题">`): set in bold, not made a heading. */
export const SUBHEADING = 'subheading';
/** Classes the app itself gives article markup; every other class is the source site's. */
const OWN_CLASSES = new Set(['video-link', CAPTION_HINT, SUBHEADING]);
// How sites mark a picture's caption: a class (`pgc-img-caption`, 36kr's `img-desc`, 虎嗅's
// `text-img-note`) or the editor's `label` (图片备注, 图片描述).
const CAPTION_CLASS = /caption|img-?(?:desc|note)/i;
const CAPTION_LABELS = new Set(['图片备注', '图片描述', '图片说明', '图注']);
const SUBHEADING_LABELS = new Set(['小标题']);
const KEPT_ID = /^(?:ch|u)-/;
const PIXELS = /^\d{1,5}$/;
const PLAYERS = new Set(['iframe', 'video', 'embed', 'object']);

function alignOf(node: Element): string {
  const style = node.getAttribute(DEFUSED_STYLE) ?? node.getAttribute('style') ?? '';
  const classes = node.getAttribute('class') ?? '';
  const align = ALIGN.exec(style)?.[1] ?? node.getAttribute('align') ?? ALIGN_TOKEN.exec(classes)?.[1] ?? '';
  return ALIGN_CLASS[align.toLowerCase()] ?? '';
}

/** Source classes and inline styles go (they would fight the theme); alignment and caption marks stay as our classes. */
function rewriteClasses(node: Element, run: SanitizeRun): void {
  const source = (node.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const kept = source.filter((name) => OWN_CLASSES.has(name));
  const label = node.getAttribute('label')?.trim() ?? '';
  if (CAPTION_LABELS.has(label) || source.some((name) => CAPTION_CLASS.test(name) && !OWN_CLASSES.has(name))) kept.push(CAPTION_HINT);
  if (node.tagName === 'P' && SUBHEADING_LABELS.has(label)) kept.push(SUBHEADING);
  const align = alignOf(node);
  if (align) kept.push(align);
  if (source.length > kept.length) run.record?.('attribute', 'class');
  node.removeAttribute('class');
  if (kept.length) node.setAttribute('class', [...new Set(kept)].join(' '));
}

/**
 * A source site's "copy code" button (`<span class="copy-code-btn">复制代码</span>` inside the
 * `<pre>`): a label with no script behind it here, shown as the code's last line.
 */
function isCopyButton(node: Element): boolean {
  const names = node.getAttribute('class') ?? '';
  return /copy/i.test(names) && /btn|button/i.test(names) && (node.textContent ?? '').trim().length <= 12 && node.closest('pre') !== null;
}

// Pasted articles space paragraphs with empty ones (`<p><br></p>`); our own margins do that.
// A paragraph is checked before its children: one holding only a player (a Youku `<iframe>` in a
// centred `<p>`) is not blank, or the link that replaces the player would go with it.
const SHOWS_SOMETHING = ['img', ...PLAYERS].join(', ');
function isBlank(node: Element): boolean {
  return node.textContent?.trim() === '' && !node.querySelector(SHOWS_SOMETHING);
}

// A Markdown editor's "table of contents here" marker that the source site never expanded
// (LeetCode posts): the reader's own chapter navigation does that job.
const TOC_MARKER = /^\s*\[toc\]\s*$/i;

function secureLink(node: Element, run: SanitizeRun): void {
  const link = safeLink(node.getAttribute('href'), run.app);
  node.removeAttribute('target');
  node.removeAttribute('rel');
  if (!link) {
    if (node.hasAttribute('href')) run.record?.('attribute', 'href');
    node.removeAttribute('href');
    return;
  }
  const href = link.kind === 'fragment' && run.readerUrl ? run.readerUrl + link.href : link.href;
  node.setAttribute('href', href);
  if (link.kind === 'external' || run.readerUrl) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

/** Registers the hooks that carry the policy DOMPurify's config cannot express. */
export function installHooks(purify: DOMPurify, run: SanitizeRun): void {
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (node.nodeType !== 1) return;
    // A player box a site's script would fill (its data-* attributes go next): its video as a
    // link inside it, which the walk then reaches and sanitizes.
    const boxed = data.tagName === 'div' ? zakerVideoUrl(node as Element) : null;
    const boxLink = boxed ? videoLink(node as Element, boxed) : null;
    if (boxLink) node.appendChild(boxLink);
    // Players are forbidden tags; leave a link to the video right after, so it is sanitized too.
    if (!PLAYERS.has(data.tagName)) return;
    const link = videoLink(node as Element);
    if (link) node.parentNode?.insertBefore(link, node.nextSibling);
  });
  purify.addHook('beforeSanitizeAttributes', (node) => {
    // DOMPurify runs this hook for text and comment nodes too.
    if (node.nodeType !== 1) return;
    if (isCopyButton(node)) {
      node.remove();
      run.record?.('element', 'copy-code button');
      return;
    }
    rewriteClasses(node, run);
  });
  purify.addHook('uponSanitizeAttribute', (_node, event) => {
    // The pipeline namespaces ids; any other id could collide with the app's own or clobber `document`.
    if (event.attrName === 'id' && !KEPT_ID.test(event.attrValue)) event.keepAttr = false;
    if ((event.attrName === 'width' || event.attrName === 'height') && !PIXELS.test(event.attrValue)) event.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') secureLink(node, run);
    else if (node.tagName === 'IMG' && !secureImage(node)) run.record?.('element', 'img (no usable src)');
    else if (node.tagName === 'P' && isBlank(node)) {
      node.remove();
      run.record?.('element', 'p (empty)');
    } else if (node.tagName === 'P' && TOC_MARKER.test(node.textContent ?? '')) {
      node.remove();
      run.record?.('element', 'p ([TOC] marker)');
    }
  });
}
