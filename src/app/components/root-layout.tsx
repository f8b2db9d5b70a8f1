import { Outlet, ScrollRestoration, type Location } from 'react-router';
import { AppShell } from './app-shell';
import { LoadingView } from '../../lib/ui/loading-view';

/**
 * Where a page's scroll position is kept. Every page opened by a fresh load (typed, linked from
 * elsewhere) has the key `default`, so keyed by it alone, the home page typed after an article in
 * the same tab would open at the article's offset. Those entries are told apart by their URL.
 */
function scrollKey(location: Location): string {
  return location.key === 'default' ? `default:${location.pathname}${location.search}` : location.key;
}

/** The root route: app chrome around the matched page, with scroll restoration on back/forward. */
export function RootLayout() {
  return (
    <AppShell>
      <Outlet />
      <ScrollRestoration getKey={scrollKey} />
    </AppShell>
  );
}

/** Shown while the first page's code and data load, so the chrome appears at once. */
export function RootHydrateFallback() {
  return (
    <AppShell>
      <LoadingView />
    </AppShell>
  );
}
