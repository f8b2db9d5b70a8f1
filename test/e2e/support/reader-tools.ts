import type { BrowserContext, Page } from 'playwright-core';

/** Makes every page of the context start in English (the saved-choice key of the language switch). */
export async function preferEnglish(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    try {
      if (!window.localStorage.getItem('folio:locale')) window.localStorage.setItem('folio:locale', 'en');
    } catch {
      // A test that breaks storage still gets the browser's language.
    }
  });
}

/** Scrolls the window to `y` at once and waits two frames so scroll handlers have run. */
export async function scrollToY(page: Page, y: number): Promise<void> {
  await page.evaluate(async (y) => {
    window.scrollTo({ top: y, behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, y);
}

/** The page y of an element's top. */
export function pageTopOf(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`no #${id}`);
    return element.getBoundingClientRect().top + window.scrollY;
  }, id);
}

/** The `data` of a `folio:<name>` store entry, or null. */
export function storedData<T>(page: Page, name: string): Promise<T | null> {
  return page.evaluate((key) => {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { data: unknown }).data : null;
  }, `folio:${name}`) as Promise<T | null>;
}

/** The id and tag of the focused element and whether it sits inside `selector`. */
export function focusInfo(page: Page, selector: string): Promise<{ tag: string; inside: boolean; name: string }> {
  return page.evaluate((selector) => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName ?? '',
      inside: !!active && !!document.querySelector(selector)?.contains(active),
      name: (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim(),
    };
  }, selector);
}

/** The computed value of a CSS property on the first element matching `selector`. */
export function cssOf(page: Page, selector: string, property: string): Promise<string> {
  return page.evaluate(
    ({ selector, property }) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector}`);
      return getComputedStyle(element).getPropertyValue(property);
    },
    { selector, property },
  );
}
