import '../../../styles/embed.css';
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { useLocation } from 'react-router';
import { ArticleMeta } from '../../articles/components/article-meta';
import { displayTitle } from '../../articles/utils/display-title';
import { ArticleBody } from '../../reader/components/article-body';
import { absoluteAppUrl } from '../../../lib/base-url';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { Article, ArticleSummary } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { useEmbedChapters } from '../hooks/use-embed-chapters';
import { useResizeReporter } from '../hooks/use-resize-reporter';
import { embedThemeFrom } from '../utils/embed-theme';

/**
 * The article alone for an iframe: chapter links scroll inside the frame; every other link opens
 * a new browsing context, never the host's.
 */
export function EmbedPage({ summary, article }: { summary: ArticleSummary; article: Article }) {
  const { t } = useI18n();
  const frame = useRef<HTMLDivElement>(null);
  useResizeReporter(frame, summary.id);
  const readerUrl = useMemo(() => absoluteAppUrl(paths.article.getHref(summary.id)), [summary.id]);
  const title = displayTitle(summary, t.untitled);
  const jump = useEmbedChapters(summary.id);
  const theme = embedThemeFrom(useLocation().search);
  // The host's choice (`?theme=`) wins over whatever this browser saved for the full reader.
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
  }, [theme]);
  const onChapter = (event: MouseEvent<HTMLAnchorElement>, chapterId: string) => {
    event.preventDefault();
    jump(chapterId);
  };
  return (
    <div ref={frame} className="embed-frame">
      <title>{`${title} · Folio`}</title>
      <main>
        <article className="embed-article" aria-labelledby="folio-embed-title">
          <header className="embed-header">
            <h1 id="folio-embed-title">{title}</h1>
            <ArticleMeta summary={summary} />
            <p className="embed-source">
              <a href={readerUrl} target="_blank" rel="noopener">
                {t.readFullArticle} ↗
              </a>
            </p>
          </header>
          {summary.chapters.length > 0 && (
            <nav className="embed-chapters" data-chapters="" aria-label={t.chapters}>
              <ol>
                {summary.chapters.map((chapter) => (
                  <li key={chapter.id}>
                    <a href={`#${chapter.id}`} onClick={(event) => onChapter(event, chapter.id)}>
                      {chapter.title}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <ArticleBody html={article.html} readerUrl={readerUrl} />
        </article>
      </main>
    </div>
  );
}
