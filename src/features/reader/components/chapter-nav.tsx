import { useEffect, useRef, useState } from 'react';
import { Link, useHref } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { Chapter } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';
import { useCopyLink } from '../hooks/use-copy-link';
import { useFocusTrap } from '../hooks/use-focus-trap';
import { CopyStatus } from './copy-status';

const NAV_ID = 'folio-chapter-nav';

interface ChapterNavProps {
  articleId: string;
  chapters: Chapter[];
  activeId: string | null;
  onNavigate: (chapterId: string) => void;
}

/** Chapter links with "copy link" buttons: sticky beside the text on wide screens, a drawer on phones. */
export function ChapterNav({ articleId, chapters, activeId, onNavigate }: ChapterNavProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const aside = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const articleHref = useHref(paths.article.getHref(articleId));
  const { result, copy } = useCopyLink();
  useFocusTrap(aside, open);

  useEffect(() => {
    if (!open) return;
    nav.current?.querySelector<HTMLElement>('a[aria-current="true"], a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  const copyLink = (chapterId: string) => copy(new URL(`${articleHref}#${chapterId}`, window.location.href).href);

  return (
    <aside ref={aside} className="chapter-aside" data-open={open}>
      <button
        ref={toggle}
        type="button"
        className="chapter-toggle"
        aria-expanded={open}
        aria-controls={NAV_ID}
        aria-label={open ? t.closeContents : undefined}
        onClick={() => setOpen(!open)}
      >
        {t.contents}
      </button>
      <div className="chapter-backdrop" aria-hidden="true" onClick={() => setOpen(false)} />
      <nav ref={nav} id={NAV_ID} className="chapter-nav" data-chapters="" aria-label={t.chapters}>
        <p className="chapter-nav-title" aria-hidden="true">
          {t.contents}
        </p>
        <ol>
          {chapters.map((chapter) => (
            <li key={chapter.id}>
              <Link
                to={paths.article.getHref(articleId, chapter.id)}
                aria-current={chapter.id === activeId ? 'true' : undefined}
                onClick={() => {
                  onNavigate(chapter.id);
                  setOpen(false);
                }}
              >
                {chapter.title}
              </Link>
              <button
                type="button"
                className="copy-chapter-link"
                aria-label={t.copyChapterLink(chapter.title)}
                title={t.copyChapterLink(chapter.title)}
                onClick={() => copyLink(chapter.id)}
              >
                <span aria-hidden="true">#</span>
              </button>
            </li>
          ))}
        </ol>
        <p className="chapter-keys-hint">{t.chapterKeysHint}</p>
      </nav>
      <CopyStatus result={result} />
    </aside>
  );
}
