import '../styles/base.css';
import '../styles/app-shell.css';
import '../styles/themes.css';
import '../styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { siteIndexQuery } from '../features/articles/api/get-article-index';
import { initReaderSettings } from '../features/settings/use-reader-settings';
import { I18nProvider } from '../lib/i18n/i18n-provider';
import { queryClient } from './query-client';
import { TakeOver } from './components/take-over';
import { prepareTakeOver } from './prerendered';
import { createAppRouter } from './router';

// Theme and type settings go on <html> before the first render: no flash of the wrong theme.
initReaderSettings();

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Every page needs the small entry index: fetch it while the first route's code chunk downloads.
void queryClient.prefetchQuery(siteIndexQuery());

const router = createAppRouter(queryClient);

// On a prerendered page, the text stays until the full page can replace it in one render.
const takeOver = await prepareTakeOver(container, router);

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
        <TakeOver onCommit={takeOver} />
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
