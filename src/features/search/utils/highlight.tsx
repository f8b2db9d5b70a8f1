import type { ReactNode } from 'react';
import { matchPattern } from './match-pattern';

/**
 * `text` as React nodes with every match of `marks` wrapped in `<mark>`; plain text nodes only,
 * so nothing in the text can become markup.
 */
export function highlight(text: string, marks: readonly string[]): ReactNode[] {
  const pattern = matchPattern(marks);
  if (!pattern) return [text];
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}
