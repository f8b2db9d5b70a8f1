import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import type { ArticleIndex, CategoryNode } from '../../../shared/article-types';
import { useSaveOffline } from '../hooks/use-save-offline';
import { formatBytes } from '../save/format-bytes';
import { SavedSetList } from './saved-set-list';

function flatten(nodes: readonly CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Choose all articles or a category, download it with a progress bar, see and remove what is saved. */
export function SaveOfflinePanel({ index }: { index: ArticleIndex }) {
  const { t, lang, formatNumber } = useI18n();
  const scopeId = useId();
  const [key, setKey] = useState('');
  const { supported, sets, status, estimate, save, remove } = useSaveOffline(index);
  if (!supported) return <p role="alert">{t.saveUnsupported}</p>;
  const last = sets.at(-1);
  return (
    <div className="pwa-save">
      <label htmlFor={scopeId}>{t.saveScope}</label>
      <div className="pwa-save-row">
        <select id={scopeId} value={key} disabled={!!status} onChange={(event) => setKey(event.target.value)}>
          <option value="">{`${t.allArticles} (${formatNumber(index.articles.length)})`}</option>
          {flatten(index.categories).map((node) => (
            <option key={node.path.join('/')} value={node.path.join('/')}>
              {`${node.path.join(' / ')} (${formatNumber(node.count)})`}
            </option>
          ))}
        </select>
        <button type="button" className="button button-primary" disabled={!!status} onClick={() => void save(key)}>
          {t.saveStart}
        </button>
      </div>
      {status && (
        <div className="pwa-progress">
          <progress max={Math.max(status.total, 1)} value={status.done} aria-label={t.saveOfflineTitle} />
          <p role="status">
            {t.saveProgress(formatNumber(status.done), formatNumber(status.total))} ·{' '}
            {t.savedSize(formatBytes(status.bytes, lang))}
          </p>
        </div>
      )}
      {!status && last && last.failed > 0 && <p role="alert">{t.saveFailed(formatNumber(last.failed))}</p>}
      <SavedSetList sets={sets} onRemove={(setKey) => void remove(setKey)} disabled={!!status} />
      {estimate && (
        <p className="pwa-estimate" data-storage-usage={estimate.usage}>
          {t.storageUsage(formatBytes(estimate.usage, lang), formatBytes(estimate.quota, lang))}
        </p>
      )}
    </div>
  );
}
