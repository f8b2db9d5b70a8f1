import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SearchManifest } from '../../../shared/search-types';
import { paths } from '../../../shared/paths';
import { searchDocsQuery } from '../api/get-search-files';
import { highlight, snippetAround } from '../utils/highlight';

interface Props {
  manifest: SearchManifest;
  doc: number;
  marks: readonly string[];
}

/** One result: the title (a link to the reader), date, categories and a highlighted snippet. */
export function SearchResultItem({ manifest, doc, marks }: Props) {
  const { t, formatDate } = useI18n();
  const chunk = useQuery(searchDocsQuery(manifest.docChunks[Math.floor(doc / manifest.docsPerChunk)]));
  const data = chunk.data?.docs[doc % manifest.docsPerChunk];
  if (!data) {
    return (
      <li className="search-result" aria-busy={chunk.isPending}>
        <span className="search-result-placeholder">{chunk.isError ? t.searchFailed : t.loading}</span>
      </li>
    );
  }
  const date = formatDate(data.date);
  return (
    <li className="search-result" data-search-result data-id={data.id}>
      <h2 className="search-result-title">
        <Link to={paths.article.getHref(data.id)}>{highlight(data.title || t.untitled, marks)}</Link>
      </h2>
      <p className="search-result-meta">
        {date && <time dateTime={data.date ?? undefined}>{date}</time>}
        {data.categories.length > 0 && <span className="search-result-categories">{data.categories.join(' · ')}</span>}
      </p>
      {data.text && <p className="search-result-snippet">{highlight(snippetAround(data.text, marks), marks)}</p>}
    </li>
  );
}
