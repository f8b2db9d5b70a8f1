import { useSyncExternalStore } from 'react';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { onStorageDegraded, storageStatus } from '../../../lib/storage';
import { FONT_SIZES, LINE_HEIGHTS, type TextWidth, type Theme, type Typeface } from '../reader-settings';
import { useReaderSettings } from '../use-reader-settings';
import { ChoiceGroup } from './choice-group';

const isDegraded = () => storageStatus().degraded;

/** The controls: theme, typeface, text size, line spacing and text width, each applied at once. */
export function SettingsPanel({ id }: { id: string }) {
  const { t, formatNumber } = useI18n();
  const [settings, update] = useReaderSettings();
  const degraded = useSyncExternalStore(onStorageDegraded, isDegraded);
  const sizeIndex = FONT_SIZES.indexOf(settings.fontSize as (typeof FONT_SIZES)[number]);
  const themes: { value: Theme; label: string }[] = [
    { value: 'system', label: t.themeSystem },
    { value: 'light', label: t.themeLight },
    { value: 'dark', label: t.themeDark },
    { value: 'sepia', label: t.themeSepia },
  ];
  const typefaces: { value: Typeface; label: string }[] = [
    { value: 'sans', label: t.typefaceSans },
    { value: 'serif', label: t.typefaceSerif },
  ];
  const lineLabels = [t.lineCompact, t.lineNormal, t.lineRelaxed, t.lineLoose];
  const widths: { value: TextWidth; label: string }[] = [
    { value: 'narrow', label: t.widthNarrow },
    { value: 'medium', label: t.widthMedium },
    { value: 'wide', label: t.widthWide },
  ];
  return (
    <div id={id} className="settings-panel" role="group" aria-label={t.displaySettings}>
      <ChoiceGroup label={t.theme} choices={themes} value={settings.theme} onChange={(theme) => update({ theme })} />
      <ChoiceGroup label={t.typeface} choices={typefaces} value={settings.typeface} onChange={(typeface) => update({ typeface })} />
      <div className="settings-row">
        <span className="settings-label" id={`${id}-size`}>
          {t.textSize}
        </span>
        <div className="stepper" role="group" aria-labelledby={`${id}-size`}>
          <button
            type="button"
            className="step-down"
            aria-label={t.smallerText}
            disabled={sizeIndex <= 0}
            onClick={() => update({ fontSize: FONT_SIZES[sizeIndex - 1] })}
          >
          </button>
          <output aria-live="polite">{formatNumber(settings.fontSize)} px</output>
          <button
            type="button"
            className="step-up"
            aria-label={t.largerText}
            disabled={sizeIndex >= FONT_SIZES.length - 1}
            onClick={() => update({ fontSize: FONT_SIZES[sizeIndex + 1] })}
          >
          </button>
        </div>
      </div>
      <ChoiceGroup
        label={t.lineSpacing}
        choices={LINE_HEIGHTS.map((value, i) => ({ value, label: lineLabels[i] }))}
        value={settings.lineHeight}
        onChange={(lineHeight) => update({ lineHeight })}
      />
      <ChoiceGroup label={t.textWidth} choices={widths} value={settings.width} onChange={(width) => update({ width })} />
      {degraded && <p className="settings-notice">{t.settingsNotSaved}</p>}
    </div>
  );
}
