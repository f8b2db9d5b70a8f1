import { Outlet, ScrollRestoration } from 'react-router';
import { AppShell } from './app-shell';
import { LoadingView } from '../../lib/ui/loading-view';

/** The root route: app chrome around the matched page, with scroll restoration on back/forward. */
export function RootLayout() {
  return (
    <AppShell>
      <Outlet />
      <ScrollRestoration />
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
