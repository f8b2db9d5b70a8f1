// A start tag with its attributes (quoted or not); a tag this cannot read is left as it was.
const TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)((?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)/g;
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/** Where a defused `style` attribute's text goes, so alignment can still be read from it. */
export const DEFUSED_STYLE = 'data-folio-style';

/**
 * Rewrites inline styles and event handlers before the HTML is parsed. Parsing is safe either
 * way (the sanitizer removes them), but Chromium checks the page's CSP while parsing even an
 * inert document and logs a violation for every `style=` and `on…=`; real articles have
 * hundreds. Only noise is at stake here: the sanitizer remains the defence. `record` hears
 * what is dropped, for the sanitizer report.
 */
export function defuseInline(html: string, record?: (kind: 'element' | 'attribute', name: string) => void): string {
  const withoutStyles = html.replace(STYLE_ELEMENT, () => {
    record?.('element', 'style');
    return '';
  });
  return withoutStyles.replace(TAG, (tag: string, name: string, attributes: string) => {
    if (!/\s(?:style|on)/i.test(attributes)) return tag;
    const kept = attributes.replace(ATTRIBUTE, (whole: string, space: string, attribute: string, value: string) => {
      const lower = attribute.toLowerCase();
      if (lower === 'style') return `${space}${DEFUSED_STYLE}${value}`;
      if (!lower.startsWith('on')) return whole;
      record?.('attribute', lower);
      return '';
    });
    return `<${name}${kept}>`;
  });
}
