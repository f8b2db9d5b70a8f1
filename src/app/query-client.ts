import { QueryClient } from '@tanstack/react-query';

/** The app's one query cache, shared by route loaders and components. */
export const queryClient = new QueryClient({
  defaultOptions: {
    // Built files are content-hashed: once fetched they never change.
    queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false },
  },
});
