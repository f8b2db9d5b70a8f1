import { createStore } from '../../lib/storage';

/** The colour themes; `system` follows the operating system's light/dark preference. */
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
/** Typefaces of the article: a sans-serif (黑体) or a serif (宋体) family. */
export const TYPEFACES = ['sans', 'serif'] as const;
/** Text column widths, narrowest first. */
export const WIDTHS = ['narrow', 'medium', 'wide'] as const;
/** Body font sizes in CSS pixels. */
export const FONT_SIZES = [15, 16, 17, 18, 20, 22, 24] as const;
/** Body line heights. */
export const LINE_HEIGHTS = [1.5, 1.65, 1.8, 2] as const;

/** A theme choice. */
export type Theme = (typeof THEMES)[number];
/** A text width choice. */
export type TextWidth = (typeof WIDTHS)[number];
/** A typeface choice. */
export type Typeface = (typeof TYPEFACES)[number];

/** What the reader chose for reading, remembered across visits. */
export interface ReaderSettings {
  theme: Theme;
  typeface: Typeface;
  fontSize: number;
  lineHeight: number;
  width: TextWidth;
}

/** The settings before the reader changes anything. */
export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  typeface: 'sans',
  fontSize: 18,
  lineHeight: 1.8,
  width: 'medium',
};

const MEASURES: Record<TextWidth, string> = { narrow: '36rem', medium: '44rem', wide: '54rem' };

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Keeps every known field that is valid and defaults the rest, so one bad field costs only itself. */
export function validateSettings(data: unknown): ReaderSettings | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const raw = data as Record<string, unknown>;
  return {
    theme: pick(THEMES, raw.theme, DEFAULT_SETTINGS.theme),
    // Settings saved before the typeface choice existed have none: the default, not a reset.
    typeface: pick(TYPEFACES, raw.typeface, DEFAULT_SETTINGS.typeface),
    fontSize: pick(FONT_SIZES, raw.fontSize, DEFAULT_SETTINGS.fontSize),
    lineHeight: pick(LINE_HEIGHTS, raw.lineHeight, DEFAULT_SETTINGS.lineHeight),
    width: pick(WIDTHS, raw.width, DEFAULT_SETTINGS.width),
  };
}

/** The settings' place in storage. */
export const settingsStore = createStore<ReaderSettings>({
  name: 'settings',
  version: 1,
  fallback: () => ({ ...DEFAULT_SETTINGS }),
  validate: validateSettings,
});

/** The theme actually shown: `system` resolved through the colour-scheme media query. */
export function effectiveTheme(theme: Theme): Exclude<Theme, 'system'> {
  if (theme !== 'system') return theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Puts the settings on `<html>`: `data-theme` for the palette and custom properties for the
 * type. CSSOM writes are allowed by the CSP (`style-src 'self'`), unlike style attributes.
 */
export function applySettings(settings: ReaderSettings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = effectiveTheme(settings.theme);
  root.dataset.themeChoice = settings.theme;
  root.style.setProperty('--reader-font', `var(--font-${settings.typeface})`);
  root.style.setProperty('--reader-font-size', `${settings.fontSize / 16}rem`);
  root.style.setProperty('--reader-line-height', String(settings.lineHeight));
  root.style.setProperty('--reader-measure', MEASURES[settings.width]);
}
