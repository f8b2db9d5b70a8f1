import type { MouseEvent, ReactNode } from 'react';
import { useNavigation } from 'react-router';
import { useI18n } from '../../lib/i18n/use-i18n';
import { AppHeader } from './app-header';

const MAIN_ID = 'main';

// A plain `#main` jump would add a history entry the router does not know about.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
}

/** The chrome around every page but the embed: skip link, header, progress bar, main landmark. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const busy = useNavigation().state !== 'idle';
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t.skipToContent}
      </a>
      <div className="nav-progress" data-active={busy} aria-hidden="true" />
      <AppHeader />
      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
