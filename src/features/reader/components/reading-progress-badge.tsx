import '../../../styles/card-progress.css';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { readPosition } from '../reading-positions';

// Scrolled this far (percent) means "finished"; the last lines rarely reach the very top.
const FINISHED_AT = 98;

/** "Continue reading · 42%" on the card of an article the reader has started; nothing otherwise. */
export function ReadingProgressBadge({ articleId }: { articleId: string }) {
  const { t, lang } = useI18n();
  const position = readPosition(articleId);
  if (!position || position.percent <= 0) return null;
  const finished = position.percent >= FINISHED_AT;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(position.percent / 100);
  return (
    <p className="card-progress" data-finished={finished}>
      <span>{finished ? t.readAlready : t.continueReading(percent)}</span>
    </p>
  );
}
