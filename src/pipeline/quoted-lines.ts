/**
 * Hexo reads front matter with js-yaml, which lets a quoted value go on over lines that are not
 * indented. Feed generators write such values when a title holds line breaks (a Mastodon post's
 * title: `title: '@user "`, a blank line, `#tag`, a blank line, `"'`). YAML 1.2, and so the
 * `yaml` package, wants those lines indented past their key. This indents them, so a file Hexo
 * shows is not skipped here.
 */

// A key or a list item whose value opens a quote: `title: 'a`, `  - "a`, `- key: 'a`.
const OPENS_QUOTE = /^([ -]*)(?:[^\s'"#-][^'"]*?:[ \t]+)?(['"])/;

/** Where the quoted value that starts at `from` ends in `text`, or -1 when it does not end there. */
function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      // `''` is a quote inside a single-quoted value.
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * The YAML lines with every quoted value that runs over lines less indented than it needs
 * indented one space past its key, and the 0-based lines where such values start (none: nothing
 * changed). A quote that never closes is left alone, for the parser to report.
 */
export function indentQuotedRuns(lines: readonly string[]): { lines: string[]; starts: number[] } {
  const out = [...lines];
  const starts: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const match = OPENS_QUOTE.exec(out[i]);
    if (!match) continue;
    const [opening, lead, quote] = match;
    if (closingQuote(out[i], opening.length, quote) >= 0) continue;
    const indent = lead.length + 1;
    let end = i + 1;
    while (end < out.length && closingQuote(out[end], 0, quote) < 0) end++;
    if (end === out.length) break;
    let changed = false;
    for (let j = i + 1; j <= end; j++) {
      const spaces = /^ */.exec(out[j])![0].length;
      // Blank lines are line breaks inside the value whatever their indentation.
      if (spaces >= indent || out[j].trim() === '') continue;
      out[j] = ' '.repeat(indent - spaces) + out[j];
      changed = true;
    }
    if (changed) starts.push(i);
    i = end;
  }
  return { lines: out, starts };
}
