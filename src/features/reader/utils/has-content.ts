import { isBlankText } from '../../../shared/blank-text';

/**
 * True when the rendered body shows the reader something: text, or an image. Real feeds post
 * articles whose body is an empty `<div>`, which would otherwise leave a blank page. Blank by the
 * build's own rule, which already titled such an article after its file.
 */
export function hasContent(body: Element): boolean {
  return !isBlankText(body.textContent ?? '') || body.querySelector('img') !== null;
}
