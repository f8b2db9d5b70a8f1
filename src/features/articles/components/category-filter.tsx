import '../../../styles/category-filter.css';
import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { isPlainClick } from '../../../lib/ui/events';
import { useMediaQuery } from '../../../lib/ui/use-media-query';
import type { CategoryNode } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { CategoryTree } from './category-tree';

const PANEL_ID = 'folio-category-panel';
/** Where the filter is a closed disclosure rather than a sidebar: category-filter.css's breakpoint. */
const DISCLOSURE_QUERY = '(max-width: 56rem)';

interface CategoryFilterProps {
  tree: CategoryNode[];
  total: number;
  /** The active category's levels (known to be in the tree), or null when unfiltered. */
  active: string[] | null;
  /** A category (null: all articles) was chosen; the list can answer before the route does. */
  onChoose?: (path: string[] | null) => void;
}

/** The category filter: always shown beside the list on wide screens, a disclosure on phones. */
export function CategoryFilter({ tree, total, active, onChoose }: CategoryFilterProps) {
  const { t, formatNumber } = useI18n();
  const [open, setOpen] = useState(false);
  // A large archive's tree is thousands of elements. Where it starts hidden (phones), it is built
  // on the first opening instead of in the first render of the list.
  const disclosure = useMediaQuery(DISCLOSURE_QUERY);
  const [opened, setOpened] = useState(false);
  const choose = (path: string[] | null, event: MouseEvent) => {
    setOpen(false);
    // A click that opens a new tab or window, or downloads, chooses nothing here.
    if (isPlainClick(event)) onChoose?.(path);
  };
  return (
    <nav className="category-filter" aria-label={t.categories} data-open={open}>
      <button
        type="button"
        className="filter-toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
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
        {(!disclosure || opened) && <CategoryTree nodes={tree} active={active} onChoose={choose} />}
      </div>
    </nav>
  );
}
