import type { Ref } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { FindInArticle } from '../hooks/use-find-in-article';
import { MAX_FIND_MATCHES } from '../utils/find-matches';

interface FindBarProps {
  query: string;
  find: FindInArticle;
  onClose: () => void;
  barRef: Ref<HTMLDivElement>;
}

/** Above the text of an article opened from search: how often the query is in it, and buttons to step through. */
export function FindBar({ query, find, onClose, barRef }: FindBarProps) {
  const { t, formatNumber } = useI18n();
  const count = formatNumber(find.count) + (find.count >= MAX_FIND_MATCHES ? '+' : '');
  return (
    <div ref={barRef} className="find-bar" role="region" aria-label={t.findRegion} data-find-bar="">
      <p className="find-status">
        <span className="find-query">“{query}”</span>{' '}
        <span role="status" data-find-index={find.index}>
          {find.index < 0 ? t.findCount(count) : t.findAt(formatNumber(find.index + 1), count)}
        </span>
      </p>
      <button type="button" className="find-button" aria-label={t.findPrevious} title={t.findPrevious} onClick={() => find.step(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="find-button" aria-label={t.findNext} title={t.findNext} onClick={() => find.step(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="find-button" aria-label={t.findClose} title={t.findClose} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
