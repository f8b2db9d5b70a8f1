import { isBlankText } from '../shared/blank-text.ts';
import { ArticleError, WarningSink } from './errors.ts';
import { readFrontMatter } from './front-matter.ts';
import { readMetadata } from './metadata.ts';
import { normalizeHtml } from './normalize-html.ts';
import { renderBody } from './render-body.ts';
import { excerpt, readingMinutes } from './text-stats.ts';
import type { BuiltArticle, PipelineOptions } from './types.ts';

const TITLE_FROM_TEXT = 60;
/** Longest title kept, in characters: real ones are far shorter. */
const MAX_TITLE_CHARS = 500;

/** The file's extension, lower-cased, with its dot (`.md`); empty when it has none. */
export function extensionOf(relPath: string): string {
  return /\.[^./]*$/.exec(relPath)?.[0].toLowerCase() ?? '';
}

/**
 * Hexo's `:title`: the path below ARTICLES_DIR without its extension, `/` between folders. Line
 * breaks in a file name become spaces, as in front-matter ids: the router's `*` does not match
 * across a line break, so such an article could never be opened.
 */
export function idFromPath(relPath: string): string {
  const path = relPath.replace(/[\n\r\u2028\u2029]/g, ' ');
  const stem = path.slice(0, path.length - extensionOf(path).length);
  const name = stem.slice(stem.lastIndexOf('/') + 1);
  // `.md` or `..md` would leave an empty, `.` or `..` URL level; those keep their extension.
  return name === '' || name === '.' || name === '..' ? path : stem;
}

function fileTitle(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  return idFromPath(name).trim() || name.trim() || name;
}

/**
 * Builds one article from its text. Pure and synchronous, so it can run in a worker; throws an
 * ArticleError naming the file (and line, when known) when the text cannot be read as an article.
 */
export function buildArticle(relPath: string, text: string, options: Pick<PipelineOptions, 'timeZone'>): BuiltArticle {
  const sink = new WarningSink(relPath);
  try {
    const fm = readFrontMatter(text);
    for (const warning of fm.warnings) sink.warn(warning.message, warning.line);
    const meta = readMetadata(fm, options.timeZone, sink);
    const rendered = renderBody(fm.body, extensionOf(relPath));
    if (rendered.note) sink.warn(rendered.note, fm.bodyLine);
    const body = normalizeHtml(rendered.html);
    const fullTitle =
      meta.title ?? body.documentTitle ?? body.firstHeading ?? (isBlankText(body.text) ? fileTitle(relPath) : excerpt(body.text, TITLE_FROM_TEXT));
    // Every list, search and page file that shows the article repeats its title.
    const title = fullTitle.length > MAX_TITLE_CHARS ? excerpt(fullTitle, MAX_TITLE_CHARS) : fullTitle;
    if (title !== fullTitle) sink.warn(`title: ${fullTitle.length} characters, cut to ${MAX_TITLE_CHARS}`, fm.lines.get('title'));
    const summary: BuiltArticle['summary'] = {
      id: meta.id ?? idFromPath(relPath),
      title,
      author: meta.author,
      date: meta.date,
      updated: meta.updated,
      categories: meta.categories,
      tags: meta.tags,
      cover: meta.cover ?? body.firstImage,
      excerpt: excerpt(meta.description ?? body.text),
      readingMinutes: readingMinutes(body.text),
      chapters: body.chapters,
      source: relPath,
    };
    // Reported in file order, whatever order the keys were read in.
    const warnings = sink.problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    return { summary, html: body.html, text: body.text, lead: body.lead, warnings };
  } catch (error) {
    if (error instanceof ArticleError) {
      error.file = relPath;
      throw error;
    }
    // Anything else (e.g. markup nested too deep to serialize) still only costs this one file.
    // First line only: one line per problem in the log (marked appends "Please report this to …").
    throw new ArticleError(`cannot be built: ${String((error as Error).message).split('\n')[0]}`, undefined, relPath);
  }
}
