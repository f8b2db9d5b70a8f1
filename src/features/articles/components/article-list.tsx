import { useQueries } from '@tanstack/react-query';
import { listPageQuery } from '../api/get-list-page';
import { CardItem } from './card-item';
import { VirtualArticleList } from './virtual-article-list';

/** Up to this many cards are all rendered; longer lists are virtualized. */
export const VIRTUALIZE_FROM = 200;

function ShortList({ pages }: { pages: string[] }) {
  const results = useQueries({ queries: pages.map((url) => listPageQuery(url)) });
  const articles = results.flatMap((result) => result.data ?? []);
  return (
    <ul className="card-list" aria-busy={results.some((result) => result.isPending)}>
      {articles.map((summary) => (
        <CardItem key={summary.id} summary={summary} />
      ))}
    </ul>
  );
}

/** The cards of a list given as page URLs; pages load as they are needed. */
export function ArticleList({ pages, count, pageSize }: { pages: string[]; count: number; pageSize: number }) {
  if (count <= VIRTUALIZE_FROM) return <ShortList pages={pages} />;
  return <VirtualArticleList pages={pages} count={count} pageSize={pageSize} />;
}
