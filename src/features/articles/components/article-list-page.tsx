import '../../../styles/article-list.css';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { StatusView } from '../../../lib/ui/status-view';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SiteIndex } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { useChosenCategory } from '../hooks/use-chosen-category';
import { findCategoryTrail } from '../utils/index-lookup';
import { markListShown } from '../utils/load-list';
import { ArticleList } from './article-list';
import { CategoryFilter } from './category-filter';
import { ListHeading } from './list-heading';

/** The list page for `/` (category null) and `/category/<path>`. */
export function ArticleListPage({ site, category: routed }: { site: SiteIndex; category: string[] | null }) {
  const { t } = useI18n();
  const [category, choose] = useChosenCategory(routed);
  const trail = useMemo(() => (category ? findCategoryTrail(site.categories, category) : []), [site, category]);
  const node = trail?.at(-1);
  // Counts and page URLs are precomputed: choosing a category filters nothing here.
  const [pages, count] = node ? [node.pages ?? [], node.count] : [site.pages, site.total];
  const known = trail !== null;
  useEffect(markListShown, []);
  return (
    <div className="list-layout">
      <CategoryFilter tree={site.categories} total={site.total} active={known ? category : null} onChoose={choose} />
      <div className="list-main">
        {known ? (
          <>
            <title>{category ? `${category.join(' / ')} · Folio` : 'Folio'}</title>
            <ListHeading trail={category ? trail : null} count={count} />
            {count === 0 && <p className="list-empty">{t.noArticles}</p>}
            <ArticleList key={pages[0] ?? ''} pages={pages} count={count} pageSize={site.pageSize} />
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
