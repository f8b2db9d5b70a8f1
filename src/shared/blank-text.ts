// Whitespace and characters that take no room: soft hyphen, zero-width spaces and joiners,
// direction marks and overrides, word joiners, Hangul fillers, the BOM.
const BLANK = /^[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]*$/;

/**
 * True when the text would show nothing: a title or heading of only `&#8203;` is no title. The
 * build judges titles and headings by it, the reader the rendered body.
 */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}
