import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ListEntry } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { ReadingProgressBadge } from '../../reader/components/reading-progress-badge';
import { displayTitle } from '../utils/display-title';
import { ArticleMeta } from './article-meta';
import { CategoryLinks } from './category-links';
import { CoverImage } from './cover-image';

/** One article in a list; the title link stretches over the card, category chips stay clickable. */
export function ArticleCard({ summary }: { summary: ListEntry }) {
  const { t } = useI18n();
  return (
    <article className="article-card" data-article-card data-id={summary.id}>
      <div className="card-text">
        <h2 className="card-title">
          <Link className="card-link" to={paths.article.getHref(summary.id)}>
            {displayTitle(summary, t.untitled)}
          </Link>
        </h2>
        {summary.excerpt && <p className="card-excerpt">{summary.excerpt}</p>}
        <ArticleMeta summary={summary} className="article-meta card-meta" />
        <ReadingProgressBadge articleId={summary.id} />
        <CategoryLinks categories={summary.categories} className="category-chips" />
      </div>
      <CoverImage src={summary.cover} />
    </article>
  );
}
