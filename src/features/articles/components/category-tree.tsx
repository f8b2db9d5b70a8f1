import { useState, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { CategoryNode } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { usePrefetchList } from '../hooks/use-prefetch-list';
import { isPathPrefix } from '../utils/index-lookup';

interface TreeProps {
  nodes: CategoryNode[];
  /** The active category's levels, or null on the unfiltered list. */
  active: string[] | null;
  /** Called on a plain click of a category (not one that opens a new tab). */
  onChoose: (path: string[], event: MouseEvent) => void;
}

function CategoryItem({ node, active, onChoose }: { node: CategoryNode } & Omit<TreeProps, 'nodes'>) {
  const { t, formatNumber } = useI18n();
  const [expanded, setExpanded] = useState(true);
  const prefetch = usePrefetchList(node.pages?.[0]);
  const isActive = active !== null && active.length === node.path.length && isPathPrefix(node.path, active);
  const isAncestor = active !== null && !isActive && isPathPrefix(node.path, active);
  const hasChildren = node.children.length > 0;
  return (
    <li className="category-item">
      <div className="category-row">
        {hasChildren ? (
          <button
            type="button"
            className="category-twisty"
            aria-expanded={expanded}
            aria-label={expanded ? t.collapseCategory(node.name) : t.expandCategory(node.name)}
            onClick={() => setExpanded(!expanded)}
          />
        ) : (
          <span className="category-twisty" aria-hidden="true" />
        )}
        <Link
          className={isAncestor ? 'category-link is-ancestor' : 'category-link'}
          to={paths.category.getHref(node.path)}
          data-category=""
          data-name={node.path.join('/')}
          aria-current={isActive ? 'page' : undefined}
          {...prefetch}
          onClick={(event) => onChoose(node.path, event)}
        >
          <span className="category-name">{node.name}</span>
          <span className="category-count">{formatNumber(node.count)}</span>
        </Link>
      </div>
      {hasChildren && (
        <CategoryTree nodes={node.children} active={active} onChoose={onChoose} hidden={!expanded} />
      )}
    </li>
  );
}

/** A nested list of category links with article counts at every level. */
export function CategoryTree({ nodes, active, onChoose, hidden }: TreeProps & { hidden?: boolean }) {
  return (
    <ul className="category-tree" hidden={hidden}>
      {nodes.map((node) => (
        <CategoryItem key={node.name} node={node} active={active} onChoose={onChoose} />
      ))}
    </ul>
  );
}
