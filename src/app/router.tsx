import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, type LoaderFunction } from 'react-router';
import { EmbedError } from '../features/embed/components/embed-error';
import { EmbedLoading } from '../features/embed/components/embed-loading';
import { ROUTER_BASENAME } from '../lib/base-url';
import { paths } from '../shared/paths';
import { RootHydrateFallback, RootLayout } from './components/root-layout';
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
  return createBrowserRouter(
    [
      {
        id: 'root',
        Component: RootLayout,
        HydrateFallback: RootHydrateFallback,
        errorElement,
        children: [
          {
            path: paths.home.path,
            errorElement,
            lazy: lazyRoute(() => listRoutes().then((m) => m.home), queryClient),
          },
          {
            path: paths.category.path,
            errorElement,
            lazy: lazyRoute(() => listRoutes().then((m) => m.category), queryClient),
          },
          {
            path: paths.article.path,
            errorElement,
            lazy: lazyRoute(() => import('./routes/article'), queryClient),
          },
          { path: paths.search.path, errorElement, lazy: lazyRoute(() => import('./routes/search'), queryClient) },
          { path: '*', errorElement, lazy: lazyRoute(() => import('./routes/not-found'), queryClient) },
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
