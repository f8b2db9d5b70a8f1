const THEMES = ['light', 'dark', 'sepia'] as const;

/** A theme the host may ask for with `?theme=`. */
export type EmbedTheme = (typeof THEMES)[number];

/** The `?theme=` of the embed URL, when it names a known theme. */
export function embedThemeFrom(search: string): EmbedTheme | null {
  const value = new URLSearchParams(search).get('theme');
  return THEMES.find((theme) => theme === value) ?? null;
}
