import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { Chapter } from '../../../shared/article-types';
import { paths } from '../../../shared/paths';

const NAV_ID = 'folio-chapter-nav';

interface ChapterNavProps {
  articleId: string;
  chapters: Chapter[];
  activeId: string | null;
  onNavigate: (chapterId: string) => void;
}

/** Chapter links: sticky beside the text on wide screens, a "Contents" drawer on phones. */
export function ChapterNav({ articleId, chapters, activeId, onNavigate }: ChapterNavProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const topLevel = Math.min(...chapters.map((chapter) => chapter.level));

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

  return (
    <aside className="chapter-aside" data-open={open}>
      <button
        ref={toggle}
        type="button"
        className="chapter-toggle"
        aria-expanded={open}
        aria-controls={NAV_ID}
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
            <li key={chapter.id} className={`chapter-depth-${Math.min(chapter.level - topLevel, 3)}`}>
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
            </li>
          ))}
        </ol>
      </nav>
    </aside>
  );
}
