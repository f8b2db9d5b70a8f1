import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { SearchDoc, SearchManifest } from '../../../shared/search-types';
import { paths } from '../../../shared/paths';
import { findStateFor } from '../../reader/utils/find-state';
import { searchDocsQuery } from '../api/get-search-files';
import { useResultText } from '../hooks/use-result-text';
import { highlight } from '../utils/highlight';
import { allMarks, pickSnippet, type QueryMarks } from '../utils/snippet';

interface Props {
  manifest: SearchManifest;
  doc: number;
  /** The query as typed: the reader opened from a result names it over the matches it marks. */
  query: string;
  marks: QueryMarks;
}

/** One result: loads its row from the doc chunk, then shows it. */
export function SearchResultItem({ manifest, doc, query, marks }: Props) {
  const { t } = useI18n();
  const chunk = useQuery(searchDocsQuery(manifest.docChunks[Math.floor(doc / manifest.docsPerChunk)]));
  const data = chunk.data?.docs[doc % manifest.docsPerChunk];
  if (!data) {
    return (
      <li className="search-result" aria-busy={chunk.isPending}>
        <span className="search-result-placeholder">{chunk.isError ? t.searchFailed : t.loading}</span>
      </li>
    );
  }
  return <SearchResultRow data={data} query={query} marks={marks} />;
}

/**
 * The title (a link to the reader), date, author, categories and a snippet, every match marked.
 * The snippet starts from the stored start of the text and moves to a match further in once
 * the article's text is here.
 */
function SearchResultRow({ data, query, marks }: { data: SearchDoc; query: string; marks: QueryMarks }) {
  const { t, formatDate } = useI18n();
  const { ref, handlers, text } = useResultText(data);
  const date = formatDate(data.date);
  const all = useMemo(() => allMarks(marks), [marks]);
  const snippet = useMemo(() => pickSnippet(text === null ? [data.text] : [data.text, text], marks), [data.text, text, marks]);
  return (
    <li ref={ref} className="search-result" data-search-result data-id={data.id} {...handlers}>
      <h2 className="search-result-title">
        <Link to={paths.article.getHref(data.id)} state={findStateFor(query, marks.words, marks.terms)}>{highlight(data.title || t.untitled, all)}</Link>
      </h2>
      <p className="search-result-meta">
        {date && <time dateTime={data.date ?? undefined}>{date}</time>}
        {data.author && <span className="search-result-author">{highlight(data.author, all)}</span>}
        {data.categories.length > 0 && <span className="search-result-categories">{highlight(data.categories.join(' · '), all)}</span>}
      </p>
      {snippet && <p className="search-result-snippet">{highlight(snippet, all)}</p>}
    </li>
  );
}
