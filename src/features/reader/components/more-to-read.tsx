import '../../../styles/more-to-read.css';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ArticleSummary, ListEntry } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { siteIndexQuery } from '../../articles/api/get-article-index';
import { listPageQuery } from '../../articles/api/get-list-page';
import { usePrefetchArticle } from '../../articles/hooks/use-prefetch-article';
import { displayTitle } from '../../articles/utils/display-title';
import { useNearViewport } from '../hooks/use-near-viewport';
import { pickNeighbors, relatedTrail } from '../utils/more-to-read';

/** How many articles to offer after the one just read. */
const COUNT = 4;
const HEADING_ID = 'folio-more-to-read';

function NextItem({ entry }: { entry: ListEntry }) {
  const { t, formatDate, formatNumber } = useI18n();
  const { ref, ...prefetch } = usePrefetchArticle(entry);
  const date = formatDate(entry.date);
  return (
    <li ref={ref} {...prefetch}>
      <Link to={paths.article.getHref(entry.id)}>{displayTitle(entry, t.untitled)}</Link>
      <span className="more-to-read-meta">
        {date && entry.date && <time dateTime={entry.date}>{date}</time>}
        <span>{t.minutesToRead(formatNumber(entry.readingMinutes))}</span>
      </span>
    </li>
  );
}

/**
 * After the article: a few to read next from its category (see `relatedTrail`), or the latest
 * articles. The category's list page is fetched only as the reader nears the end.
 */
export function MoreToRead({ summary }: { summary: ArticleSummary }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const site = useQuery(siteIndexQuery()).data;
  const trail = site ? relatedTrail(site.categories, summary.categories) : null;
  const pageUrl = trail?.[trail.length - 1].pages?.[0];
  const page = useQuery({ ...listPageQuery(pageUrl ?? ''), enabled: near && pageUrl !== undefined });
  const entries = pageUrl === undefined ? site?.firstPage : page.data;
  const picks = near && entries ? pickNeighbors(entries, summary.id, COUNT) : [];
  return (
    <div ref={ref} className="more-to-read-slot">
      {picks.length > 0 && (
        <nav className="more-to-read" aria-labelledby={HEADING_ID}>
          <h2 id={HEADING_ID} className="more-to-read-title">
            {trail ? (
              <>
                {t.moreIn}{' '}
                <Link to={paths.category.getHref(trail[trail.length - 1].path)}>
                  {trail.map((node) => node.name).join(' › ')}
                </Link>
              </>
            ) : (
              t.latestArticles
            )}
          </h2>
          <ul>
            {picks.map((entry) => (
              <NextItem key={entry.id} entry={entry} />
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
