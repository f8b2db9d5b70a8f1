import { useCallback } from 'react';
import type { ListEntry } from '../../../shared/article-types';
import { usePrefetchArticle } from '../hooks/use-prefetch-article';
import { ArticleCard } from './article-card';

interface CardItemProps {
  summary: ListEntry;
  /** Position in a virtualized list, read back by its measurer. */
  index?: number;
  measure?: (node: Element | null) => void;
}

/** A list item holding one card; prefetches its article when hovered, focused or on screen. */
export function CardItem({ summary, index, measure }: CardItemProps) {
  const { ref, ...handlers } = usePrefetchArticle(summary);
  const setNode = useCallback(
    (node: HTMLLIElement | null) => {
      const unwatch = ref(node);
      measure?.(node);
      // A ref that returns a cleanup is not called again with null: tell the measurer here.
      return () => {
        unwatch?.();
        measure?.(null);
      };
    },
    [ref, measure],
  );
  return (
    <li ref={setNode} data-index={index} {...handlers}>
      <ArticleCard summary={summary} />
    </li>
  );
}
