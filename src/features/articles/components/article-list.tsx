import { useQueries } from '@tanstack/react-query';
import { listPageQuery } from '../api/get-list-page';
import { CardItem } from './card-item';
import { VirtualArticleList } from './virtual-article-list';

/** Up to this many cards are all rendered; longer lists are virtualized. */
export const VIRTUALIZE_FROM = 200;

interface ListProps {
  pages: string[];
  count: number;
  pageSize: number;
}

function ShortList({ pages, count, pageSize }: ListProps) {
  const results = useQueries({ queries: pages.map((url) => listPageQuery(url)) });
  const failed = results.find((result) => result.error && !result.data);
  // Like a failed route loader: the route's error view (offline notice, retry) takes over.
  if (failed) throw failed.error;
  return (
    <ul className="card-list" aria-busy={results.some((result) => result.isPending)}>
      {results.flatMap(({ data }, page) =>
        data
          ? data.map((summary) => <CardItem key={summary.id} summary={summary} />)
          : // Reserved places while the page loads, so the cards land without moving the page.
            Array.from({ length: Math.min(pageSize, count - page * pageSize) }, (_, i) => (
              <li key={`${page}:${i}`} className="card-placeholder" aria-hidden="true" />
            )),
      )}
    </ul>
  );
}

/** The cards of a list given as page URLs; pages load as they are needed. */
export function ArticleList({ pages, count, pageSize }: ListProps) {
  if (count <= VIRTUALIZE_FROM) return <ShortList pages={pages} count={count} pageSize={pageSize} />;
  return <VirtualArticleList pages={pages} count={count} pageSize={pageSize} />;
}
