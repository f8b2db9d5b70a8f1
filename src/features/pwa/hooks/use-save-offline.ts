import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { ArticleIndex } from '../../../shared/article-types';
import { saveArticles, type SaveStatus } from '../save/save-articles';
import { canSaveOffline, deleteSaved, storageEstimate } from '../save/save-client';
import { articlesFor, listPagesFor } from '../save/saved-set-contents';
import { dropSavedSet, putSavedSet, readSavedSets, type SavedSet } from '../save/saved-sets';

/** State and actions of the "save for offline" panel. */
export function useSaveOffline(index: ArticleIndex) {
  const queryClient = useQueryClient();
  const [sets, setSets] = useState<SavedSet[]>(readSavedSets);
  const [status, setStatus] = useState<SaveStatus | null>(null);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const refreshEstimate = useCallback(() => void storageEstimate().then(setEstimate), []);
  useEffect(refreshEstimate, [refreshEstimate]);

  const save = useCallback(
    async (key: string) => {
      setStatus({ done: 0, total: 0, bytes: 0 });
      try {
        const set = await saveArticles(queryClient, key, articlesFor(index, key), listPagesFor(index, key), setStatus);
        setSets(putSavedSet(set));
      } finally {
        setStatus(null);
        refreshEstimate();
      }
    },
    [queryClient, index, refreshEstimate],
  );

  const remove = useCallback(
    async (key: string) => {
      const { rest, orphans } = dropSavedSet(key);
      setSets(rest);
      await deleteSaved(orphans);
      refreshEstimate();
    },
    [refreshEstimate],
  );

  return { supported: canSaveOffline(), sets, status, estimate, save, remove };
}
