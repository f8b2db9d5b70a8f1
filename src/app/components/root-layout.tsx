import { ScrollRestoration, useOutlet, type Location } from 'react-router';
import { LoadingView } from '../../lib/ui/loading-view';
import { AppShell } from './app-shell';

/**
 * Where a page's scroll position is kept. Every page opened by a fresh load (typed, linked from
 * elsewhere) has the key `default`, so keyed by it alone, the home page typed after an article in
 * the same tab would open at the article's offset. Those entries are told apart by their URL.
 */
function scrollKey(location: Location): string {
  return location.key === 'default' ? `default:${location.pathname}${location.search}` : location.key;
}

/**
 * The root route: app chrome around the matched page, with scroll restoration on back/forward.
 * It is also the root's `HydrateFallback`: while the first page's code and data load there is no
 * page (no outlet) yet, so it shows the loading view, and scroll restoration waits for the page,
 * which a position restored now could not reach.
 */
export function RootLayout() {
  const page = useOutlet();
  return (
    <AppShell>
      {page ?? <LoadingView />}
      {page && <ScrollRestoration getKey={scrollKey} />}
    </AppShell>
  );
}
