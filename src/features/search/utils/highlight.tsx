import type { ReactNode } from 'react';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` as React nodes with every match of `terms` wrapped in `<mark>`; plain text nodes only,
 * so nothing in the text can become markup.
 */
export function highlight(text: string, terms: readonly string[]): ReactNode[] {
  const usable = terms.filter((term) => term.length > 0).sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [text];
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join('|')})`, 'giu');
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

/** A window of `text` around the first match, so the snippet shows why the article matched. */
export function snippetAround(text: string, terms: readonly string[], size = 120): string {
  const lower = text.toLowerCase();
  const at = Math.min(...terms.map((term) => lower.indexOf(term)).filter((i) => i >= 0), Infinity);
  if (at === Infinity || at < size / 3) return text.length > size ? `${text.slice(0, size)}…` : text;
  const start = Math.max(0, at - Math.floor(size / 3));
  const end = Math.min(text.length, start + size);
  return `…${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
