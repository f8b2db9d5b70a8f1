import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { listPageQuery } from '../api/get-list-page';

/** Pointer and focus handlers that start a list's first page, so its cards are usually there by the click. */
export function usePrefetchList(firstPage: string | undefined) {
  const queryClient = useQueryClient();
  const prefetch = useCallback(() => {
    if (firstPage) void queryClient.prefetchQuery(listPageQuery(firstPage));
  }, [queryClient, firstPage]);
  return { onPointerEnter: prefetch, onFocus: prefetch };
}
