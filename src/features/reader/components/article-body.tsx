import '../../../styles/article-body.css';
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { sanitizeArticleHtml } from '../../../lib/sanitize';
import { isPlainClick } from '../../../lib/ui/events';
import { useImageFallback } from '../hooks/use-image-fallback';
import { hasContent } from '../utils/has-content';
import { ImageZoom } from './image-zoom';

interface ArticleBodyProps {
  html: string;
  /** Absolute URL of the full reader: set in the embed, where every link leaves the frame. */
  readerUrl?: string;
}

/** The article's body, sanitized at render time (memoized) and never trusted as is. */
export function ArticleBody({ html, readerUrl }: ArticleBodyProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const markup = useMemo(() => sanitizeArticleHtml(html, { readerUrl }), [html, readerUrl]);
  useImageFallback(ref, markup, t.imageUnavailable);
  // Known only once the sanitized markup is in the DOM; checked before the page paints.
  const [empty, setEmpty] = useState(false);
  useLayoutEffect(() => setEmpty(ref.current !== null && !hasContent(ref.current)), [markup]);

  // In-page anchors go through the router, so its history and scroll handling stay in step.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as Element).closest?.('a[href^="#"]');
    if (!link || !isPlainClick(event)) return;
    event.preventDefault();
    navigate({ hash: link.getAttribute('href') ?? '' });
  };

  return (
    <>
      <div
        ref={ref}
        className="article-body"
        data-article-body=""
        onClick={readerUrl ? undefined : onClick}
        dangerouslySetInnerHTML={markup}
      />
      {empty && <p className="article-empty">{t.articleEmpty}</p>}
      <ImageZoom bodyRef={ref} html={markup} />
    </>
  );
}
