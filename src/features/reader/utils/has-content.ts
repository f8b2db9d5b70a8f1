// Characters that take no room: zero-width spaces and joiners, word joiner, BOM.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * True when the rendered body shows the reader something: text, or an image. Real feeds post
 * articles whose body is an empty `<div>`, which would otherwise leave a blank page.
 */
export function hasContent(body: Element): boolean {
  return (body.textContent ?? '').replace(INVISIBLE, '').trim() !== '' || body.querySelector('img') !== null;
}
