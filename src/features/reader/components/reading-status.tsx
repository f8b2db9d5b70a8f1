import { useLayoutEffect, useRef, type RefObject } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useReadFraction } from '../hooks/use-read-fraction';

interface ReadingStatusProps {
  articleRef: RefObject<HTMLElement | null>;
  readingMinutes: number;
}

function backToTop() {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: 0, behavior: smooth ? 'smooth' : 'instant' });
  // Keyboard and screen-reader users continue from the top too, not from the hidden button.
  document.getElementById('main')?.focus({ preventScroll: true });
}

/** The reading progress bar under the header, the time left, and a back-to-top button. */
export function ReadingStatus({ articleRef, readingMinutes }: ReadingStatusProps) {
  const { t, formatNumber } = useI18n();
  const { fraction, scrolledDown } = useReadFraction(articleRef);
  const bar = useRef<HTMLDivElement>(null);
  const percent = Math.round(fraction * 100);
  const minutesLeft = Math.ceil(readingMinutes * (1 - fraction));
  const timeLeft = minutesLeft > 0 ? t.minutesLeft(formatNumber(minutesLeft)) : t.finishedReading;

  // A CSSOM write, not a style attribute: the CSP allows only the former.
  useLayoutEffect(() => {
    bar.current?.style.setProperty('--read-fraction', String(fraction));
  }, [fraction]);

  return (
    <>
      <div
        ref={bar}
        className="reading-progress"
        role="progressbar"
        aria-label={t.readingProgress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${formatNumber(percent)}% · ${timeLeft}`}
      />
      <div className="reader-dock" data-visible={scrolledDown}>
        <span className="time-left">{timeLeft}</span>
        <button type="button" className="back-to-top" onClick={backToTop} tabIndex={scrolledDown ? 0 : -1}>
          <span aria-hidden="true">↑ </span>
          {t.backToTop}
        </button>
      </div>
    </>
  );
}
