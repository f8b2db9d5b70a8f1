import { Link } from 'react-router';
import { ArticleMeta } from '../../articles/components/article-meta';
import { CategoryLinks } from '../../articles/components/category-links';
import { displayTitle } from '../../articles/utils/display-title';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ArticleSummary } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';

/** The reader's title block: title, author/date/reading time, categories, update date, tags and the source file. */
export function ArticleHeader({ summary, titleId }: { summary: ArticleSummary; titleId: string }) {
  const { t, formatDate } = useI18n();
  // Shown only when it names another day than the date itself.
  const updated = summary.updated && formatDate(summary.updated) !== formatDate(summary.date) ? summary.updated : null;
  return (
    <header className="article-header">
      <h1 id={titleId} className="article-title">
        {displayTitle(summary, t.untitled)}
      </h1>
      <ArticleMeta summary={summary} />
      <dl className="article-facts">
        {summary.categories.length > 0 && (
          <div>
            <dt>{t.filedUnder}</dt>
            <dd>
              <CategoryLinks categories={summary.categories} className="category-trails" />
            </dd>
          </div>
        )}
        {updated && (
          <div>
            <dt>{t.updatedOn}</dt>
            <dd>
              <time dateTime={updated}>{formatDate(updated)}</time>
            </dd>
          </div>
        )}
        {summary.tags.length > 0 && (
          <div>
            <dt>{t.tags}</dt>
            <dd>
              {/* A tag searches for itself: a tag hit ranks above the same word in a body. */}
              <ul className="tag-list">
                {summary.tags.map((tag) => (
                  <li key={tag}>
                    <Link to={paths.search.getHref(tag)}>{tag}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{t.sourceFile}</dt>
          <dd>
            <code className="source-file">{summary.source}</code>
          </dd>
        </div>
      </dl>
    </header>
  );
}
