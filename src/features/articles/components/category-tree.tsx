import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type MouseEvent } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { isPlainClick } from '../../../lib/ui/events';
import type { CategoryNode } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { listPageQuery } from '../api/get-list-page';
import { isPathPrefix } from '../utils/index-lookup';
import { openLevels } from '../utils/open-levels';

interface TreeProps {
  nodes: CategoryNode[];
  /** The active category's levels, or null on the unfiltered list. */
  active: string[] | null;
  /** Called on a click of a category (before the router follows a plain one). */
  onChoose: (path: string[], event: MouseEvent) => void;
}

/** What every row needs, made once per tree: a large archive has hundreds of categories. */
interface TreeActions {
  /** Nodes above this depth start open (see `openLevels`). */
  openLevels: number;
  hrefOf: (path: string[]) => string;
  follow: (path: string[], event: MouseEvent<HTMLAnchorElement>) => void;
  prefetch: (firstPage: string | undefined) => void;
}

interface ItemProps {
  node: CategoryNode;
  active: string[] | null;
  actions: TreeActions;
}

/**
 * One category: a plain link, not a router `<Link>` (whose dozen hooks per row made a large tree
 * take most of a second to appear on a phone); the tree follows plain clicks itself.
 */
function CategoryItem({ node, active, actions }: ItemProps) {
  const { t, formatNumber } = useI18n();
  const isActive = active !== null && active.length === node.path.length && isPathPrefix(node.path, active);
  const isAncestor = active !== null && !isActive && isPathPrefix(node.path, active);
  // The chosen category is always in view: every level above it starts open.
  const [expanded, setExpanded] = useState(() => node.path.length <= actions.openLevels || isAncestor);
  const hasChildren = node.children.length > 0;
  // Start the list's first page on hover or focus, so its cards are usually there by the click.
  const prefetch = () => actions.prefetch(node.pages?.[0]);
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
        <a
          className={isAncestor ? 'category-link is-ancestor' : 'category-link'}
          href={actions.hrefOf(node.path)}
          data-category=""
          data-name={node.path.join('/')}
          aria-current={isActive ? 'page' : undefined}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={(event) => actions.follow(node.path, event)}
        >
          <span className="category-name">{node.name}</span>
          <span className="category-count">{formatNumber(node.count)}</span>
        </a>
      </div>
      {/* Folded branches are not rendered at all: in a large archive they are most of the tree. */}
      {hasChildren && expanded && <Branch nodes={node.children} active={active} actions={actions} />}
    </li>
  );
}

function Branch({ nodes, active, actions }: Omit<ItemProps, 'node'> & { nodes: CategoryNode[] }) {
  return (
    <ul className="category-tree">
      {nodes.map((node) => (
        <CategoryItem key={node.name} node={node} active={active} actions={actions} />
      ))}
    </ul>
  );
}

/** A nested list of category links with article counts at every level. */
export function CategoryTree({ nodes, active, onChoose }: TreeProps) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const queryClient = useQueryClient();
  // The app's base ('/' or e.g. '/reader/'), which a router link would have put before the path.
  const base = useHref('/').replace(/\/$/, '');
  const follow = useCallback(
    (path: string[], event: MouseEvent<HTMLAnchorElement>) => {
      const plain = isPlainClick(event);
      onChoose(path, event);
      if (!plain) return;
      event.preventDefault();
      const to = paths.category.getHref(path);
      // As a router link does: choosing the category already shown adds no history entry.
      void navigate(to, { replace: to === pathname + search });
    },
    [navigate, onChoose, pathname, search],
  );
  const open = useMemo(() => openLevels(nodes), [nodes]);
  const actions = useMemo<TreeActions>(
    () => ({
      openLevels: open,
      hrefOf: (path) => base + paths.category.getHref(path),
      follow,
      prefetch: (firstPage) => {
        if (firstPage) void queryClient.prefetchQuery(listPageQuery(firstPage));
      },
    }),
    [open, base, follow, queryClient],
  );
  return <Branch nodes={nodes} active={active} actions={actions} />;
}
