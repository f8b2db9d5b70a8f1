import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CategoryNode } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';

/** The list's title: "Latest articles", or the category with its parents and a clear-filter link. */
export function ListHeading({ trail, count }: { trail: CategoryNode[] | null; count: number }) {
  const { t, formatNumber } = useI18n();
  const countText = count === 1 ? t.oneArticle : t.articleCount(formatNumber(count));
  const current = trail?.[trail.length - 1];
  return (
    <header className="list-heading">
      {trail && trail.length > 1 && (
        <nav className="breadcrumbs" aria-label={t.parentCategories}>
          {trail.slice(0, -1).map((node) => (
            <Link key={node.name} to={paths.category.getHref(node.path)}>
              {node.name}
            </Link>
          ))}
        </nav>
      )}
      <h1>{current ? current.name : t.latestArticles}</h1>
      <p className="list-count">
        {countText}
        {current && (
          <Link className="clear-filter" to={paths.home.getHref()}>
            {t.clearFilter}
          </Link>
        )}
      </p>
    </header>
  );
}
