/// <reference lib="dom" />
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, matches: (element: { role: string | null; name: string; tag: string; type: string | null }) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { role: null, name: '', tag: '', type: null };
      const labelled = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return { role: el.getAttribute('role'), name: labelled.trim(), tag: el.tagName.toLowerCase(), type: el.getAttribute('type') };
    });
    if (matches(focused)) return;
  }
  throw new Error(`Tab never reached the element after ${max} presses`);
}
