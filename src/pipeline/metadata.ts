import { isBlankText } from '../shared/blank-text.ts';
import { clipName, parseCategories, parseTags } from './categories.ts';
import { parseDate } from './dates.ts';
import type { WarningSink } from './errors.ts';
import type { FrontMatter } from './front-matter.ts';
import { absoluteImageUrl } from './images.ts';
import { plainText } from './text-stats.ts';

/** The known front-matter keys, read and checked; absent or unusable values are null. */
export interface Metadata {
  /** Null when missing or blank; the caller falls back to the body or the file name. */
  title: string | null;
  author: string | null;
  date: string | null;
  /** From `updated` (Hexo's last-modified date); null when absent or unreadable. */
  updated: string | null;
  /** From `id` or `slug`; null means "use the file path". */
  id: string | null;
  cover: string | null;
  description: string | null;
  categories: string[][];
  tags: string[];
}

class Reader {
  constructor(
    private readonly fm: FrontMatter,
    private readonly sink: WarningSink,
  ) {}

  warn(key: string, message: string): void {
    this.sink.warn(`${key}: ${message}`, this.fm.lines.get(key));
  }

  /** A key as text: numbers keep their written form (`1.10`); lists and maps are ignored with a warning. */
  text(key: string): string | null {
    const value = this.fm.data.get(key);
    if (value === null || value === undefined) return null;
    // Titles come from YAML that may span lines: whitespace runs become one space.
    if (typeof value === 'string') {
      const text = plainText(value);
      return isBlankText(text) ? null : text;
    }
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      return this.fm.sources.get(key) ?? String(value);
    }
    this.warn(key, 'expected text, ignored');
    return null;
  }
}

function readDate(reader: Reader, timeZone: string, key: 'date' | 'updated'): string | null {
  const text = reader.text(key);
  if (text === null) return null;
  const date = parseDate(text, timeZone);
  if (date === null) {
    const outcome = key === 'date' ? 'the article is undated' : 'ignored';
    reader.warn(key, `"${text}" is not an RFC 2822, ISO 8601 or YYYY-MM-DD HH:mm:ss date; ${outcome}`);
  }
  return date;
}

function readId(reader: Reader): string | null {
  for (const key of ['id', 'slug']) {
    const id = reader.text(key);
    if (id === null) continue;
    // Empty, `.` and `..` levels would change meaning once the id is a URL path.
    if (id.split('/').every((level) => level !== '' && level !== '.' && level !== '..')) return id;
    reader.warn(key, `"${id}" has an empty, "." or ".." level; the file path is used as the id`);
  }
  return null;
}

function readAuthor(reader: Reader): string | null {
  const author = reader.text('author');
  return author === null ? null : clipName(author, (message) => reader.warn('author', message));
}

function readCover(reader: Reader): string | null {
  for (const key of ['headimg', 'thumbnail', 'cover']) {
    const raw = reader.text(key);
    if (raw === null) continue;
    const url = absoluteImageUrl(raw);
    if (url) return url;
    reader.warn(key, `"${raw}" is not an http(s) image URL, ignored`);
  }
  return null;
}

/** Reads the known keys; unknown keys stay in `fm.data` untouched. */
export function readMetadata(fm: FrontMatter, timeZone: string, sink: WarningSink): Metadata {
  const reader = new Reader(fm, sink);
  return {
    title: reader.text('title'),
    author: readAuthor(reader),
    date: readDate(reader, timeZone, 'date'),
    updated: readDate(reader, timeZone, 'updated'),
    id: readId(reader),
    cover: readCover(reader),
    description: reader.text('description'),
    categories: parseCategories(fm.data.get('categories'), (m) => reader.warn('categories', m)),
    tags: parseTags(fm.data.get('tags'), (m) => reader.warn('tags', m)),
  };
}
