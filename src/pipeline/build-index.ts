import { createHash } from 'node:crypto';
import {
  FORMAT_VERSION,
  type Article,
  type ArticleIndex,
  type ArticleSummary,
  type CategoryNode,
} from '../shared/article-types';
import type { BuiltArticle } from './types';

/** The files the app fetches: the index and one JSON per article, keyed by path below the base URL. */
export interface BuiltFiles {
  index: ArticleIndex;
  indexFileName: string;
  files: Map<string, string>;
}

function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

/** Newest first; undated after every dated article; ties by title then id so output is stable. */
export function compareArticles(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.title.localeCompare(b.title, 'zh') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Builds the category tree; an article counts once at every level of each of its paths. */
export function buildCategoryTree(articles: readonly Pick<ArticleSummary, 'categories'>[]): CategoryNode[] {
  const roots: CategoryNode[] = [];
  // A Map per level keeps names such as `__proto__` from touching object prototypes.
  const childIndex = new Map<CategoryNode[], Map<string, CategoryNode>>();
  for (const article of articles) {
    const counted = new Set<CategoryNode>();
    for (const categoryPath of article.categories) {
      let level = roots;
      for (let depth = 0; depth < categoryPath.length; depth++) {
        const name = categoryPath[depth];
        let byName = childIndex.get(level);
        if (!byName) childIndex.set(level, (byName = new Map()));
        let node = byName.get(name);
        if (!node) {
          node = { name, path: categoryPath.slice(0, depth + 1), count: 0, children: [] };
          byName.set(name, node);
          level.push(node);
        }
        if (!counted.has(node)) {
          counted.add(node);
          node.count++;
        }
        level = node.children;
      }
    }
  }
  const sortLevel = (nodes: CategoryNode[]) => {
    nodes.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'));
    nodes.forEach((node) => sortLevel(node.children));
  };
  sortLevel(roots);
  return roots;
}

/** Turns built articles into the content-hashed files under `assetsDir`. */
export function buildFiles(articles: readonly BuiltArticle[], assetsDir: string): BuiltFiles {
  const files = new Map<string, string>();
  const summaries: ArticleSummary[] = articles.map(({ summary, html }) => {
    const article: Article = { formatVersion: FORMAT_VERSION, id: summary.id, html };
    const json = JSON.stringify(article);
    const dataUrl = `${assetsDir}/articles/${contentHash(json)}.json`;
    files.set(dataUrl, json);
    return { ...summary, dataUrl };
  });
  summaries.sort(compareArticles);
  const index: ArticleIndex = {
    formatVersion: FORMAT_VERSION,
    articles: summaries,
    categories: buildCategoryTree(summaries),
  };
  const indexJson = JSON.stringify(index);
  const indexFileName = `${assetsDir}/articles/index-${contentHash(indexJson)}.json`;
  files.set(indexFileName, indexJson);
  return { index, indexFileName, files };
}
