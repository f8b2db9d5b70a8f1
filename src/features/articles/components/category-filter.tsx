import '../../../styles/category-filter.css';
import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CategoryNode } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { CategoryTree } from './category-tree';

const PANEL_ID = 'folio-category-panel';

interface CategoryFilterProps {
  tree: CategoryNode[];
  total: number;
  /** The active category's levels (known to be in the tree), or null when unfiltered. */
  active: string[] | null;
  /** A category (null: all articles) was chosen; the list can answer before the route does. */
  onChoose?: (path: string[] | null) => void;
}

// A click the router will not handle itself (new tab, download…) chooses nothing here.
const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/** The category filter: always shown beside the list on wide screens, a disclosure on phones. */
export function CategoryFilter({ tree, total, active, onChoose }: CategoryFilterProps) {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  const choose = (path: string[] | null, event: MouseEvent) => {
    setOpen(false);
    if (!opensElsewhere(event)) onChoose?.(path);
  };
  return (
    <nav className="category-filter" aria-label={t.categories} data-open={open}>
      <button
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpen(!open)}
      >
        <span>{t.showCategories}</span>
        {active && <span className="filter-toggle-current">{active[active.length - 1]}</span>}
      </button>
      <div id={PANEL_ID} className="filter-panel">
        <h2 className="filter-title">{t.categories}</h2>
        <Link
          className="category-link category-all"
          to={paths.home.getHref()}
          aria-current={active === null ? 'page' : undefined}
          onClick={(event) => choose(null, event)}
        >
          <span className="category-name">{t.allArticles}</span>
          <span className="category-count">{formatNumber(total)}</span>
        </Link>
        <CategoryTree nodes={tree} active={active} onChoose={choose} />
      </div>
    </nav>
  );
}
