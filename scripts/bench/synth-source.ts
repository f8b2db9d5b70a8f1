import { parse as parseYaml } from 'yaml';

/** What the generator borrows from one real article file. */
export interface SourceArticle {
  title: string;
  /** Hexo category path, e.g. `['新媒体', '鸟哥笔记', '首页']`; empty when the file has none. */
  categories: string[];
  /** Non-empty image URLs of `headimg`, `thumbnail` and `cover`. */
  images: string[];
  /** Everything after the closing `---`, untouched. */
  body: string;
}

// Real files start with a blank line (sometimes a BOM) before the opening `---`.
const FRONT_MATTER = /^\uFEFF?\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function firstPath(categories: unknown): string[] {
  if (typeof categories === 'string') return [categories];
  if (!Array.isArray(categories) || categories.length === 0) return [];
  // A list of lists is several paths (Hexo); the generator only needs one.
  if (Array.isArray(categories[0])) return firstPath(categories[0]);
  return categories.map(String);
}

/** Reads one article file; null when its front matter is not a YAML mapping. */
export function parseSource(text: string): SourceArticle | null {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { title: '', categories: [], images: [], body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const fields = data as Record<string, unknown>;
  const images = [fields.headimg, fields.thumbnail, fields.cover].filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return {
    title: typeof fields.title === 'string' ? fields.title.trim() : String(fields.title ?? '').trim(),
    categories: firstPath(fields.categories),
    images: [...new Set(images)],
    body: match[2],
  };
}
