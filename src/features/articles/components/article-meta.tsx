import '../../../styles/article-meta.css';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ListEntry } from '../../../shared/article-types';

/** Author, localized date and reading time as one line; an undated article shows no date. */
export function ArticleMeta({ summary, className = 'article-meta' }: { summary: ListEntry; className?: string }) {
  const { t, formatDate, formatNumber } = useI18n();
  const date = formatDate(summary.date);
  return (
    <p className={className}>
      <span className="meta-items">
        {summary.author && <span className="meta-author">{summary.author}</span>}
        {date && summary.date && (
          <time className="meta-date" dateTime={summary.date}>
            {date}
          </time>
        )}
        <span className="meta-reading">{t.minutesToRead(formatNumber(summary.readingMinutes))}</span>
      </span>
    </p>
  );
}
