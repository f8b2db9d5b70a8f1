import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunction } from 'react-router';
import { EmbedError } from '../features/embed/components/embed-error';
import { EmbedLoading } from '../features/embed/components/embed-loading';
import { ROUTER_BASENAME } from '../lib/base-url';
import { paths } from '../shared/paths';
import { RootLayout } from './components/root-layout';
import { RouteError } from './components/route-error';

/** What every module in `routes/` exports. */
interface RouteModule {
  loader: (queryClient: QueryClient) => LoaderFunction;
  default: ComponentType;
}

// One chunk per route. If a chunk fails to load (offline, or a deploy replaced it), the router
// would render nothing at all for a route whose `lazy` rejected, so a loader that rethrows the
// failure takes its place and the route's error view (with a reload) shows instead.
function lazyRoute(load: () => Promise<RouteModule>, queryClient: QueryClient) {
  return async () => {
    try {
      const module = await load();
      return { loader: module.loader(queryClient), Component: module.default };
    } catch (error) {
      return {
        loader: () => {
          throw error;
        },
        Component: () => null,
      };
    }
  };
}

// The list routes share one chunk, so choosing a category answers without fetching code. Once
// loaded, the module is kept: even a repeated `import()` resolves only after a task, maybe a frame.
let lists: typeof import('./routes/list-routes') | undefined;
const listRoutes = async () => (lists ??= await import('./routes/list-routes'));

/** The app's routes (see CONTRACTS.md); the embed lives outside the app chrome. */
export function createAppRouter(queryClient: QueryClient) {
  const errorElement = <RouteError />;
  const page = (path: string, load: () => Promise<RouteModule>) => ({ path, errorElement, lazy: lazyRoute(load, queryClient) });
  return createBrowserRouter(
    [
      {
        id: 'root',
        Component: RootLayout,
        // The same component while the first page loads: React keeps it (and the header with its
        // search box) mounted when that page arrives, so a query typed meanwhile is not lost.
        HydrateFallback: RootLayout,
        errorElement,
        children: [
          page(paths.home.path, () => listRoutes().then((m) => m.home)),
          page(paths.category.path, () => listRoutes().then((m) => m.category)),
          page(paths.article.path, () => import('./routes/article')),
          page(paths.search.path, () => import('./routes/search')),
          page('*', () => import('./routes/not-found')),
        ],
      },
      {
        path: paths.embed.path,
        HydrateFallback: EmbedLoading,
        errorElement: <EmbedError />,
        lazy: lazyRoute(() => import('./routes/embed'), queryClient),
      },
    ],
    { basename: ROUTER_BASENAME },
  );
}
