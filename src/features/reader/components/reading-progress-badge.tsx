import '../../../styles/card-progress.css';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { readPosition } from '../reading-positions';

// Scrolled this far (percent) means "finished"; the last lines rarely reach the very top.
const FINISHED_AT = 98;

/** "Continue reading · 42%" on the card of an article the reader has started; nothing otherwise. */
export function ReadingProgressBadge({ articleId }: { articleId: string }) {
  const { t, formatNumber } = useI18n();
  const position = readPosition(articleId);
  if (!position || position.percent <= 0) return null;
  const finished = position.percent >= FINISHED_AT;
  // As Intl's percent style writes it in both languages, without loading ICU data (lib/i18n/format.ts).
  const percent = `${formatNumber(Math.round(position.percent))}%`;
  return (
    <p className="card-progress" data-finished={finished}>
      <span>{finished ? t.readAlready : t.continueReading(percent)}</span>
    </p>
  );
}
