import { useQuery } from '@tanstack/react-query';
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useNavigationType } from 'react-router';
import { listPageQuery } from '../api/get-list-page';
import { CardItem } from './card-item';

// A card's usual height; real heights are measured as cards render.
const ESTIMATED_CARD_PX = 176;

// Measured card sizes per list, so back/forward lands on the same cards: with estimates alone the
// restored scroll offset would point at other rows.
const remembered = new Map<string, { sizes: VirtualItem[]; margin: number; scrollY: number }>();

interface Props {
  pages: string[];
  count: number;
  pageSize: number;
}

function Row({ url, offset, index, measure }: { url: string; offset: number; index: number; measure: (node: Element | null) => void }) {
  const { data, error } = useQuery(listPageQuery(url));
  // The first page is the one a loader used to wait for: its failure is the route's error view.
  if (error && !data && index === offset) throw error;
  const summary = data?.[offset];
  if (!summary) return <li ref={measure} data-index={index} className="card-placeholder" aria-hidden="true" />;
  return <CardItem index={index} measure={measure} summary={summary} />;
}

/**
 * Renders only the cards near the viewport (window scrolling, so the header and back/forward
 * scroll restoration behave as on any page); each page of cards is fetched when first needed.
 */
export function VirtualArticleList({ pages, count, pageSize }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const key = pages[0] ?? '';
  const [scrollMargin, setScrollMargin] = useState(() => remembered.get(key)?.margin ?? 0);
  useLayoutEffect(() => {
    setScrollMargin((listRef.current?.parentElement?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 4,
    scrollMargin,
    initialMeasurementsCache: remembered.get(key)?.sizes,
  });
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    // Back/forward returns to the same cards; the router's own restoration can run before the rows exist.
    const saved = remembered.get(key);
    if (navigationType === 'POP' && saved) window.scrollTo(0, saved.scrollY);
    return () => {
      const { measurementsCache: sizes, options } = virtualizer;
      remembered.set(key, { sizes, margin: options.scrollMargin, scrollY: window.scrollY });
    };
  }, [key, virtualizer, navigationType]);
  const items = virtualizer.getVirtualItems();
  const top = items[0] ? items[0].start - scrollMargin : 0;
  return (
    <div className="virtual-list" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      <ul ref={listRef} className="card-list" style={{ transform: `translateY(${top}px)` }}>
        {items.map((item) => (
          <Row
            key={item.key}
            index={item.index}
            url={pages[Math.floor(item.index / pageSize)]}
            offset={item.index % pageSize}
            measure={virtualizer.measureElement}
          />
        ))}
      </ul>
    </div>
  );
}
