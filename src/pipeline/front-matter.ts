import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { ArticleError } from './errors.ts';
import { indentQuotedRuns } from './quoted-lines.ts';

/** The parsed front matter and the body after it. */
export interface FrontMatter {
  /** Top-level keys as YAML values; empty when the file has no front matter. */
  data: Map<string, unknown>;
  /** The written text of scalars YAML read as non-strings (`1.10`), so titles and ids keep their spelling. */
  sources: Map<string, string>;
  /** 1-based file line of each top-level key. */
  lines: Map<string, number>;
  /** YAML warnings (unknown tags...), with file lines. */
  warnings: { message: string; line?: number }[];
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Drops the position yaml appends ("at line 2, column 1:"); we report file lines instead. */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Reads a text line by line, as `split('\n')` would, without splitting the body. */
class LineReader {
  /** Lines read so far; the 0-based index of the next line. */
  count = 0;
  private pos = 0;

  constructor(readonly text: string) {}

  next(): string | null {
    if (this.pos > this.text.length) return null;
    let end = this.text.indexOf('\n', this.pos);
    if (end < 0) end = this.text.length;
    const line = this.text.slice(this.pos, end);
    this.pos = end + 1;
    this.count++;
    return line;
  }

  /** The text after the lines read. */
  rest(): string {
    return this.text.slice(this.pos);
  }
}

/**
 * Finds the front matter (blank lines and a BOM may come before the first `---`): its YAML lines
 * and the 0-based line of its opening fence, or null when the file has none. Only the front
 * matter is split into lines; a long body is left alone.
 */
function readFences(reader: LineReader): { open: number; yaml: string[] } | null {
  let line = reader.next();
  while (line !== null && line.trim() === '') line = reader.next();
  if (line === null || !FENCE.test(line)) return null;
  const open = reader.count - 1;
  const yaml: string[] = [];
  for (line = reader.next(); line !== null; line = reader.next()) {
    if (FENCE.test(line)) return { open, yaml };
    // Hexo (hexo-front-matter's escape) reads each leading tab as two spaces; YAML forbids tab indents.
    yaml.push(line.startsWith('\t') ? line.replace(/^\t+/, (tabs) => '  '.repeat(tabs.length)) : line);
  }
  throw new ArticleError('front matter opened by "---" is never closed by a "---" line', open + 1);
}

/**
 * The first key that repeats one before it in the same mapping, at any depth. Done here in one
 * pass: the library's own check compares each key with every earlier one, and a front matter of
 * 200,000 keys took minutes and gigabytes.
 */
function repeatedKey(doc: Document): Scalar | null {
  let repeated: Scalar | null = null;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) return (repeated = key), visit.BREAK;
        seen.add(key.value);
      }
    },
  });
  return repeated;
}

/** Reads the top-level mapping, keeping each key's line and the source of non-string scalars. */
function readMapping(doc: Document, counter: LineCounter, lineOffset: number, openLine: number) {
  const data = new Map<string, unknown>();
  const sources = new Map<string, string>();
  const lines = new Map<string, number>();
  if (doc.contents === null) return { data, sources, lines };
  if (!isMap(doc.contents)) throw new ArticleError('front matter is not a mapping of keys', openLine + 1);
  let js: unknown;
  try {
    // The library's alias limit stays on, so alias bombs fail fast.
    js = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new ArticleError(`front matter YAML: ${yamlMessage((error as Error).message)}`, openLine + 1);
  }
  for (const [key, value] of Object.entries(js as object)) data.set(key, value);
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (pair.key.range) lines.set(key, counter.linePos(pair.key.range[0]).line + lineOffset);
    const value = isScalar(pair.value) ? pair.value : null;
    if (value && /^(number|bigint|boolean)$/.test(typeof value.value) && value.source !== undefined) {
      sources.set(key, String(value.source));
    }
  }
  return { data, sources, lines };
}

function parseYaml(lines: readonly string[]) {
  const counter = new LineCounter();
  const doc = parseDocument(lines.join('\n'), {
    version: '1.2',
    schema: 'core',
    resolveKnownTags: false,
    lineCounter: counter,
    uniqueKeys: false,
  });
  return { doc, counter };
}

/** Splits a file into front matter and body; throws an ArticleError with the file line on bad YAML. */
export function readFrontMatter(text: string): FrontMatter {
  // Windows (CRLF) and classic Mac OS (lone CR) line ends read as `\n`, so their fences are found.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const reader = new LineReader(source);
  const fences = readFences(reader);
  if (!fences) {
    return { data: new Map(), sources: new Map(), lines: new Map(), warnings: [], body: source, bodyLine: 1 };
  }
  const { open, yaml } = fences;
  const lineOffset = open + 1; // YAML line 1 is the file line after the opening fence.
  const lineOf = (pos?: { line: number }[]) => (pos ? pos[0].line + lineOffset : open + 1);
  let { doc, counter } = parseYaml(yaml);
  const [error] = doc.errors;
  // Unindented lines inside a quoted value, as js-yaml (so Hexo) reads them (quoted-lines.ts).
  const lenient = error ? indentQuotedRuns(yaml) : null;
  const retried = lenient?.starts.length ? { ...parseYaml(lenient.lines), starts: lenient.starts } : null;
  if (retried && retried.doc.errors.length === 0) ({ doc, counter } = retried);
  else if (error) throw new ArticleError(`front matter YAML: ${yamlMessage(error.message)}`, lineOf(error.linePos));
  const repeated = repeatedKey(doc);
  if (repeated) {
    const at = repeated.range ? counter.linePos(repeated.range[0]).line + lineOffset : open + 1;
    throw new ArticleError(`front matter YAML: Map keys must be unique; "${String(repeated.value).slice(0, 60)}" repeats`, at);
  }
  const warnings = doc.warnings.map((w) => ({ message: `front matter YAML: ${yamlMessage(w.message)}`, line: lineOf(w.linePos) }));
  for (const start of retried?.starts ?? []) {
    warnings.push({ message: 'front matter YAML: a quoted value goes on over lines that are not indented; read as Hexo reads it', line: start + 1 + lineOffset });
  }
  return {
    ...readMapping(doc, counter, lineOffset, open + 1),
    warnings,
    body: reader.rest(),
    // 1-based: the line after the closing fence, which was the last line read.
    bodyLine: reader.count + 1,
  };
}
