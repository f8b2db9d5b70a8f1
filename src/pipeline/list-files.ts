/** Finding the article files below ARTICLES_DIR, and the entries named like articles that are not read. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extensionOf } from './build-article.ts';

/** File extensions read as articles (compared lower-cased). */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.html', '.htm', '.txt'];

/** What a walk of the articles folder found. */
export interface ArticleFolder {
  /** Regular article files, as `/`-separated paths relative to the folder, sorted. */
  files: string[];
  /** Entries the build does not read, each with why, sorted by path. */
  unread: { file: string; reason: string }[];
}

const LINK = 'is a symbolic link, which the build never follows; copy the file or folder into ARTICLES_DIR';
const SPECIAL = 'is not a regular file (a pipe, socket or device); not read';

function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extensionOf(name));
}

async function isFolder(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Walks `dir` recursively. Symbolic links named like articles, or leading to folders, are listed
 * as unread rather than dropped in silence: following them could publish any file on the machine
 * (`post.md -> ~/.ssh/id_rsa`), read a device without end, or loop.
 */
export async function scanArticleFolder(dir: string): Promise<ArticleFolder> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new Error(`ARTICLES_DIR ${dir} cannot be read: ${(error as Error).message}`);
  }
  const files: string[] = [];
  const unread: ArticleFolder['unread'] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const relPath = path.relative(dir, full).split(path.sep).join('/');
    if (entry.isFile()) {
      if (isArticleName(entry.name)) files.push(relPath);
    } else if (entry.isSymbolicLink()) {
      if (isArticleName(entry.name) || (await isFolder(full))) unread.push({ file: relPath, reason: LINK });
    } else if (!entry.isDirectory() && isArticleName(entry.name)) {
      unread.push({ file: relPath, reason: SPECIAL });
    }
  }
  unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: files.sort(), unread };
}

/** Every article file below `dir`, as `/`-separated paths relative to it, sorted. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  return (await scanArticleFolder(dir)).files;
}
