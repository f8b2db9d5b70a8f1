import '../styles/base.css';
import '../styles/app-shell.css';
import '../styles/themes.css';
import '../styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { siteIndexQuery } from '../features/articles/api/get-article-index';
import { initReaderSettings } from '../features/settings/use-reader-settings';
import { I18nProvider } from '../lib/i18n/i18n-provider';
import { queryClient } from './query-client';
import { TakeOver } from './components/take-over';
import { nextTask } from './next-task';
import { prepareTakeOver } from './prerendered';
import { createAppRouter } from './router';

/** Starts the app in short tasks (separated by `nextTask`), so no single task holds the main thread for long. */
async function boot(container: HTMLElement): Promise<void> {
  // Theme and type settings go on <html> before the first render: no flash of the wrong theme.
  initReaderSettings();

  // Every page needs the small entry index: fetch it while the first route's code chunk downloads.
  void queryClient.prefetchQuery(siteIndexQuery());

  await nextTask();
  const router = createAppRouter(queryClient);

  // On a prerendered page, the text stays until the full page can replace it in one render.
  const takeOver = await prepareTakeOver(container, router);

  const root = createRoot(container);
  // A transition render yields to the browser every few milliseconds; the page still changes in
  // one commit, where <TakeOver> turns the stylesheets on.
  startTransition(() => {
    root.render(
      <StrictMode>
        <I18nProvider>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
            <TakeOver onCommit={takeOver} />
          </QueryClientProvider>
        </I18nProvider>
      </StrictMode>,
    );
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Not from this module's own body, and by nothing the browser traces: a timer, a yield, a request
// or a DOM change made with this whole bundle's top-level code on the stack makes a tracing
// browser (DevTools, so Lighthouse) re-parse all of it for that event's stack trace, 480 ms of a
// 4x slowed phone. A promise job runs right after this body, with only small functions on the stack.
void Promise.resolve().then(() => boot(container));
