import '../../../styles/reader.css';
import '../../../styles/reader-tools.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { displayTitle } from '../../articles/utils/display-title';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { Article, ArticleSummary } from '../../../shared/article-types';
import { useActiveChapter } from '../hooks/use-active-chapter';
import { useChapterKeys } from '../hooks/use-chapter-keys';
import { useFindInArticle } from '../hooks/use-find-in-article';
import { useReadingPosition } from '../hooks/use-reading-position';
import { useScrollToHash } from '../hooks/use-scroll-to-hash';
import { readFindState } from '../utils/find-state';
import { ArticleBody } from './article-body';
import { ArticleHeader } from './article-header';
import { ChapterNav } from './chapter-nav';
import { EmbedAction } from './embed-action';
import { FindBar } from './find-bar';
import { MoreToRead } from './more-to-read';
import { ReadingStatus } from './reading-status';
import { ShareAction } from './share-action';

const TITLE_ID = 'folio-article-title';
/** Space kept between the find bar and a match stepped to. */
const FIND_GAP_PX = 8;

/** The reader: chapter navigation, reading status and controls around the header and sanitized body. */
export function ReaderPage({ summary, article }: { summary: ArticleSummary; article: Article }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const articleRef = useRef<HTMLElement>(null);
  // Read once per article: chapter links replace the history entry (and its state) as the reader moves.
  const { state } = useLocation();
  const [find, setFind] = useState(() => readFindState(state));
  const findBar = useRef<HTMLDivElement>(null);
  const coveredTop = useCallback(() => (findBar.current?.getBoundingClientRect().bottom ?? 0) + FIND_GAP_PX, []);
  const matches = useFindInArticle(articleRef, find, article.html, coveredTop);
  const closeFind = useCallback(() => {
    setFind(null);
    // The focused close button goes away: continue from the page, not from nowhere.
    document.getElementById('main')?.focus({ preventScroll: true });
  }, []);
  const chapterIds = useMemo(() => summary.chapters.map((chapter) => chapter.id), [summary.chapters]);
  const { activeId, pin } = useActiveChapter(chapterIds);
  const goToChapter = useCallback(
    (id: string) => {
      pin(id);
      // Replace: stepping through chapters by key should not fill the back button's history.
      void navigate({ hash: `#${id}` }, { replace: true });
    },
    [navigate, pin],
  );
  useScrollToHash(summary.id);
  useReadingPosition(summary.id, chapterIds, articleRef);
  useChapterKeys(chapterIds, activeId, goToChapter);
  const hasChapters = summary.chapters.length > 0;
  const title = displayTitle(summary, t.untitled);
  return (
    <div className={hasChapters ? 'reader-layout has-chapters' : 'reader-layout'}>
      <title>{`${title} · Folio`}</title>
      <ReadingStatus articleRef={articleRef} readingMinutes={summary.readingMinutes} />
      {hasChapters && (
        <ChapterNav articleId={summary.id} chapters={summary.chapters} activeId={activeId} onNavigate={pin} />
      )}
      <article ref={articleRef} className="reader-article" aria-labelledby={TITLE_ID}>
        <ArticleHeader summary={summary} titleId={TITLE_ID} />
        <div className="article-actions">
          <ShareAction articleId={summary.id} title={title} />
          <EmbedAction articleId={summary.id} title={title} />
        </div>
        {find && matches.count > 0 && <FindBar query={find.query} find={matches} onClose={closeFind} barRef={findBar} />}
        <ArticleBody html={article.html} />
      </article>
      <MoreToRead summary={summary} />
    </div>
  );
}
