import '../../../styles/article-list.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { StatusView } from '../../../lib/ui/status-view';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ArticleIndex } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { articlesInCategory, findCategoryTrail } from '../utils/index-lookup';
import { ArticleCard } from './article-card';
import { CategoryFilter } from './category-filter';
import { ListHeading } from './list-heading';

/** The list page for `/` (category null) and `/category/<path>`. */
export function ArticleListPage({ index, category }: { index: ArticleIndex; category: string[] | null }) {
  const { t } = useI18n();
  const trail = useMemo(() => (category ? findCategoryTrail(index.categories, category) : []), [index, category]);
  const articles = useMemo(
    () => (category === null ? index.articles : trail ? articlesInCategory(index, category) : []),
    [index, category, trail],
  );
  const known = trail !== null;
  return (
    <div className="list-layout">
      <CategoryFilter tree={index.categories} total={index.articles.length} active={known ? category : null} />
      <div className="list-main">
        {known ? (
          <>
            <title>{category ? `${category.join(' / ')} · Folio` : 'Folio'}</title>
            <ListHeading trail={category ? trail : null} count={articles.length} />
            {articles.length === 0 && <p className="list-empty">{t.noArticles}</p>}
            <ul className="card-list">
              {articles.map((summary) => (
                <li key={summary.id}>
                  <ArticleCard summary={summary} />
                </li>
              ))}
            </ul>
          </>
        ) : (
          <StatusView title={t.unknownCategoryTitle} message={t.unknownCategory(category?.join(' / ') ?? '')}>
            <Link className="button button-primary" to={paths.home.getHref()}>
              {t.browseAll}
            </Link>
          </StatusView>
        )}
      </div>
    </div>
  );
}
