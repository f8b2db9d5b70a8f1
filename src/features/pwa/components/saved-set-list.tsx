import { useI18n } from '../../../lib/i18n/use-i18n';
import { formatBytes } from '../save/format-bytes';
import type { SavedSet } from '../save/saved-sets';

interface SavedSetListProps {
  sets: readonly SavedSet[];
  onRemove: (key: string) => void;
  disabled: boolean;
}

/** What is saved on this device, with the storage each save uses and a way to remove it. */
export function SavedSetList({ sets, onRemove, disabled }: SavedSetListProps) {
  const { t, lang, formatNumber } = useI18n();
  return (
    <section className="pwa-saved" aria-labelledby="folio-saved-title">
      <h3 id="folio-saved-title">{t.savedSets}</h3>
      {sets.length === 0 && <p>{t.savedNothing}</p>}
      <ul>
        {sets.map((set) => {
          const name = set.key === '' ? t.allArticles : set.key.split('/').join(' / ');
          return (
            <li key={set.key} data-saved-set={set.key} data-bytes={set.bytes}>
              <span>
                <strong>{name}</strong> · {t.articleCount(formatNumber(set.articleIds.length))} ·{' '}
                {t.savedSize(formatBytes(set.bytes, lang))}
                {set.opaque > 0 && ` ${t.savedOpaque(formatNumber(set.opaque))}`}
              </span>
              <button type="button" className="button" disabled={disabled} onClick={() => onRemove(set.key)}>
                {t.removeSaved(name)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
