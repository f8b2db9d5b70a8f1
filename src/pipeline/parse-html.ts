import { ErrorCodes, parse, parseFragment, type DefaultTreeAdapterTypes, type ParserError } from 'parse5';
import { isBlankText } from '../shared/blank-text.ts';
import { hasCodeWrittenAsTags } from './code-markup.ts';
import { isElement, type Element, type ParentNode } from './html-tree.ts';

type Document = DefaultTreeAdapterTypes.Document;

/** Tokenizer errors after which the rest of a start tag is debris of broken quoting, not attributes. */
const DEBRIS_ERRORS = new Set<string>([
  ErrorCodes.unexpectedSolidusInTag,
  ErrorCodes.unexpectedCharacterInAttributeName,
  ErrorCodes.unexpectedEqualsSignBeforeAttributeName,
  ErrorCodes.unexpectedCharacterInUnquotedAttributeValue,
]);

/** A parsed body; `dropDebris` removes attributes that only exist because of broken quoting. */
export interface ParsedHtml {
  root: ParentNode;
  documentTitle: string | null;
  dropDebris: (element: Element) => void;
}

function debrisDropper(offsets: number[]): (element: Element) => void {
  return (element) => {
    const location = element.sourceCodeLocation;
    const tag = location?.startTag;
    if (!tag || offsets.length === 0) return;
    let low = 0;
    let high = offsets.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offsets[mid] < tag.startOffset) low = mid + 1;
      else high = mid;
    }
    const first = offsets[low];
    if (first === undefined || first >= tag.endOffset) return;
    element.attrs = element.attrs.filter((a) => (location.attrs?.[a.name]?.startOffset ?? 0) < first);
  };
}

function documentBody(doc: Document): { root: ParentNode; documentTitle: string | null } {
  const root = doc.childNodes.find(isElement);
  const head = root?.childNodes.find((n) => isElement(n) && n.tagName === 'head') as Element | undefined;
  const body = root?.childNodes.find((n) => isElement(n) && n.tagName === 'body') as Element | undefined;
  const title = head?.childNodes.find((n) => isElement(n) && n.tagName === 'title') as Element | undefined;
  const titleText = title?.childNodes.map((n) => ('value' in n ? n.value : '')).join('') ?? '';
  return { root: body ?? parseFragment(''), documentTitle: isBlankText(titleText) ? null : titleText.trim() };
}

/**
 * Parses body HTML as the browser would (spec tokenizer, so broken quoting cannot swallow text).
 * A whole document yields its `<body>` and `<title>`. `<noscript>` is parsed as markup.
 */
export function parseHtml(source: string): ParsedHtml {
  const offsets: number[] = [];
  const options = {
    scriptingEnabled: false,
    onParseError: (error: ParserError) => void (DEBRIS_ERRORS.has(error.code) && offsets.push(error.startOffset)),
  };
  const whole = /^\s*<(?:!doctype|html|head)[\s>]/i.test(source);
  const run = () => (whole ? documentBody(parse(source, options)) : { root: parseFragment(source, options), documentTitle: null });
  let parsed = run();
  const codeTags = /<(?:pre|code|listing|xmp)[\s>]/i.test(source) && hasCodeWrittenAsTags(parsed.root);
  if (offsets.length > 0 || codeTags) {
    // Locations cost time and memory, so only a body with broken tags, or with code the parser
    // took for tags (code-markup.ts), is parsed again with them.
    offsets.length = 0;
    Object.assign(options, { sourceCodeLocationInfo: true });
    parsed = run();
  }
  return { ...parsed, dropDebris: debrisDropper(offsets) };
}
