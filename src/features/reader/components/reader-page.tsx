import '../../../styles/reader.css';
import { useMemo } from 'react';
import { displayTitle } from '../../articles/utils/display-title';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { Article, ArticleSummary } from '../../../shared/article-types';
import { useActiveChapter } from '../hooks/use-active-chapter';
import { useScrollToHash } from '../hooks/use-scroll-to-hash';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ChapterNav } from './chapter-nav';

const TITLE_ID = 'folio-article-title';

/** The reader: chapter navigation beside the article's header and sanitized body. */
export function ReaderPage({ summary, article }: { summary: ArticleSummary; article: Article }) {
  const { t } = useI18n();
  const chapterIds = useMemo(() => summary.chapters.map((chapter) => chapter.id), [summary.chapters]);
  const { activeId, pin } = useActiveChapter(chapterIds);
  useScrollToHash(summary.id);
  const hasChapters = summary.chapters.length > 0;
  return (
    <div className={hasChapters ? 'reader-layout has-chapters' : 'reader-layout'}>
      <title>{`${displayTitle(summary, t.untitled)} · Folio`}</title>
      {hasChapters && (
        <ChapterNav articleId={summary.id} chapters={summary.chapters} activeId={activeId} onNavigate={pin} />
      )}
      <article className="reader-article" aria-labelledby={TITLE_ID}>
        <ArticleHeader summary={summary} titleId={TITLE_ID} />
        <ArticleBody html={article.html} />
      </article>
    </div>
  );
}
