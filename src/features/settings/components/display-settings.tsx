import '../../../styles/settings.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { SettingsPanel } from './settings-panel';

const PANEL_ID = 'folio-display-settings';

/** The "Aa Display" button of the header and its panel; Escape or a click outside closes it. */
export function DisplaySettings() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="display-settings" data-open={open}>
      <button
        ref={button}
        type="button"
        className="display-toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        aria-label={t.displaySettings}
        onClick={() => setOpen(!open)}
      >
        <span className="display-text">{t.display}</span>
      </button>
      {open && <SettingsPanel id={PANEL_ID} />}
    </div>
  );
}
