import '../../../styles/settings.css';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDismiss } from '../use-dismiss';

// The panel's code is fetched when the reader reaches for the button, not with the first view.
const loadPanel = () => import('./settings-panel');
const SettingsPanel = lazy(() => loadPanel().then((m) => ({ default: m.SettingsPanel })));

const PANEL_ID = 'folio-display-settings';

/** The "Aa Display" button of the header and its panel; Escape or a click outside closes it. */
export function DisplaySettings() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);

  useDismiss(open, close, root, button);

  return (
    <div ref={root} className="display-settings" data-open={open}>
      <button
        ref={button}
        type="button"
        className="display-toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        aria-label={t.displaySettings}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => setOpen(!open)}
      >
        <span className="display-text">{t.display}</span>
      </button>
      {open && (
        // While the panel's code loads, an empty stand-in keeps `aria-controls` pointing at an element.
        <Suspense fallback={<div id={PANEL_ID} aria-busy="true" />}>
          <SettingsPanel id={PANEL_ID} />
        </Suspense>
      )}
    </div>
  );
}
