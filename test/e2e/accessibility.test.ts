/// <reference lib="dom" />
// What a manual WCAG 2.1 AA audit found beyond axe: focus after paging, errors that name their row,
// a confirmation that is announced, the rating group's role, GraphiQL's language and keyboard,
// highlights not by colour alone, and heat-map headers that do not break inside words.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';
import { tabTo } from './support/keyboard.js';

/** What has keyboard focus: its tag, its text and a few attributes. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase(), text: (el?.textContent ?? '').trim(), live: el?.getAttribute('aria-live') ?? null };
  });

/** Relative luminance contrast of two CSS rgb() colours (WCAG 2.1). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b2] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('what a manual accessibility audit checks', () => {
  const e2e = useE2E();

  it('paging the search results moves focus to the results heading, which says the page; a filter is announced while focus stays in it', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    const heading = page.getByRole('heading', { level: 2, name: /^Side 1 av \d+, \d+ praksiser$/ });
    await heading.waitFor();
    const [, pages, total] = (await heading.textContent())!.match(/^Side 1 av (\d+), (\d+) praksiser$/)!;

    // By keyboard: "Neste" has focus, Enter pages on (on the last page "Neste" is disabled, and focus was lost).
    await page.getByRole('navigation', { name: 'Sider med treff' }).getByRole('button', { name: 'Neste' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ tag: 'h2', text: `Side 2 av ${pages}, ${total} praksiser`, live: 'polite' });
    expect(new URL(page.url()).searchParams.get('side')).toBe('2');
    // The next Tab goes on from the heading (to the sort, then the new hits), not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'select' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('ol[aria-label="Treff"]') !== null)).toBe(true);

    // A filter: the heading announces the new count (a live region), and focus stays on the checkbox.
    const youth = page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Unge under 30/ });
    await youth.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => page.getByRole('heading', { level: 2 }).filter({ hasText: /praksis/ }).first().textContent()).toMatch(/^(Side 1 av \d+, )?\d+ praksis(er)?$/);
    expect(await youth.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: /praksis/ }).first().getAttribute('aria-live')).toBe('polite');
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('search highlights are bold and underlined, with dark text on their background, not colour alone', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto('/?q=jobbst%C3%B8tte');
    const mark = page.getByRole('list', { name: 'Treff' }).locator('mark').first();
    await mark.waitFor();
    const style = await mark.evaluate((el) => {
      const s = getComputedStyle(el);
      return { weight: Number(s.fontWeight), decoration: s.textDecorationLine, color: s.color, background: s.backgroundColor };
    });
    expect(style.weight).toBeGreaterThanOrEqual(700);
    expect(style.decoration).toContain('underline');
    expect(contrast(style.color, style.background)).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });

  it('the propose form names the row of each error in its summary, and the saved draft says so in a status message', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto('/foresla');
    await page.getByRole('heading', { level: 1, name: 'Foreslå en praksis' }).waitFor();
    // The confirmation's live region is in the page before the message comes, so it is announced.
    const layoutStatus = await page.locator('main > * [role="status"], main [role="status"]').first().elementHandle();
    await page.evaluate((el) => el?.setAttribute('data-before-saving', ''), layoutStatus);

    await page.getByLabel('Tittel').fill('Felles frokost for deltakere i kvalifiseringsprogrammet');
    await page.getByLabel('Kort oppsummering').fill('Deltakerne møtes hver mandag før aktivitetene starter.');
    for (const row of [1, 2]) {
      await page.getByRole('button', { name: 'Legg til resultat' }).click();
      const group = page.getByRole('group', { name: `Resultat ${row}` });
      await group.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Annet (skriv selv)' });
      await group.getByLabel('Hva som er målt').fill(`Oppmøte i uke ${row}`);
    }
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    const summary = page.locator('.aksel-error-summary');
    await summary.waitFor();
    const listed = (await summary.getByRole('link').allTextContents()).map((text) => text.trim());
    // Each row's errors say which row they belong to, and no line of the summary repeats another.
    const messagesOf = (row: number) => listed.filter((text) => text.startsWith(`Resultat ${row}: `)).map((text) => text.slice(`Resultat ${row}: `.length));
    // The same message for both rows ("Skriv tallet"), told apart by the row it names.
    const shared = messagesOf(1).filter((message) => messagesOf(2).includes(message));
    expect(shared.length, listed.join(' | ')).toBeGreaterThan(0);
    expect(new Set(listed).size).toBe(listed.length);
    await e2e.expectAccessible(page);

    const second = listed.find((text) => text.startsWith('Resultat 2: '))!;
    await summary.getByRole('link', { name: second }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^praksis-outcomes-1-/);

    // The results are not what this test is about: without them the draft saves.
    await page.getByRole('button', { name: 'Fjern resultat 2' }).click();
    await page.getByRole('button', { name: 'Fjern resultat 1' }).click();
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await page.waitForURL(/\/praksis\/felles-frokost/);
    const message = page.getByRole('status').filter({ hasText: 'Praksisen er lagret som utkast.' });
    await message.waitFor();
    expect(await message.getAttribute('data-before-saving')).toBe('');
    await page.getByRole('heading', { level: 1, name: /Felles frokost/ }).waitFor();
    await e2e.expectAccessible(page);

    // Said once: a reload of the page does not say it again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Felles frokost/ }).waitFor();
    expect(await page.getByText('Praksisen er lagret som utkast.').count()).toBe(0);
    await context.close();
  });

  it('the rating score is a radiogroup that carries aria-invalid when no score is chosen', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.bodo');
    await page.goto('/praksis/kvalifiseringsprogrammet');
    const group = page.getByRole('radiogroup', { name: 'Din vurdering' });
    await group.waitFor();
    expect(await group.getAttribute('aria-invalid')).not.toBe('true');
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await expect.poll(() => group.getAttribute('aria-invalid')).toBe('true');
    expect(await group.getByText(/Velg en vurdering fra 1 til 5/).isVisible()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    await e2e.expectAccessible(page);
    await group.getByRole('radio', { name: /^4/ }).check();
    await expect.poll(() => group.getAttribute('aria-invalid')).not.toBe('true');
    await context.close();
  });

  it('GraphiQL is marked as English under a Norwegian heading in main, and Esc then Tab leaves its editor', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'forsker');
    await page.goto('/graphiql');
    const h1 = page.getByRole('main').getByRole('heading', { level: 1, name: 'GraphQL-utforsker' });
    await h1.waitFor();
    expect(await h1.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nb');
    const help = await page.getByRole('main').locator('#graphiql-keys').evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' '));
    expect(help).toContain('trykk Esc for å gå ut av feltet, og Tab flytter deg videre');
    const editor = page.locator('.graphiql-query-editor .graphiql-editor, .graphiql-editor').first();
    await editor.waitFor();
    expect(await editor.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await editor.evaluate((el) => el.closest('main') !== null)).toBe(true);

    // Into the editor: Tab to its frame, Enter to type. Tab there indents; Esc leaves, and Tab goes on.
    await tabTo(page, (el) => el.tag === 'div' && el.name.includes('adoptionTimeline'), 20);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    // A list of suggestions open: the first Esc closes it and stays in the editor, the next leaves.
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible');
    await suggestions.waitFor();
    await page.keyboard.press('Escape');
    await suggestions.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('graphiql-editor'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.graphiql-editor') === null && document.activeElement !== document.body)).toBe(true);
    // The focused button shows its tooltip at the end of the body; Esc dismisses it (1.4.13), focus stays.
    const tooltip = page.locator('[data-radix-popper-content-wrapper]');
    if (await tooltip.count()) {
      await page.keyboard.press('Escape');
      await tooltip.waitFor({ state: 'detached' });
    }
    expect(await page.evaluate(() => document.activeElement?.closest('.graphiql-editor') === null && document.activeElement !== document.body)).toBe(true);
    await e2e.expectAccessible(page);

    // The editor's own key, named on the page too: Ctrl+M makes Tab leave the editor.
    await editor.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.graphiql-editor') === null && document.activeElement !== document.body)).toBe(true);
    await page.mouse.move(0, 0);

    // GraphiQL's settings open at the end of the body: still English, and the chosen theme is said, not only shown.
    await page.getByRole('button', { name: /settings/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The button's tooltip (shown while the pointer rests on it) is not part of what is checked.
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });
    expect(await dialog.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    expect(await dialog.getByRole('button', { name: 'System' }).getAttribute('aria-pressed')).toBe('true');
    expect(await dialog.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed')).toBe('false');
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('the region page: the heat map scrolls in its own region and its column headers never break inside a word', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    await page.goto('/region/33');
    const heatMap = page.getByRole('region', { name: /Kontorer og praksiser, tabell/ });
    await heatMap.waitFor();
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 720 });
      // The chart follows a new width a moment later (its ResizeObserver), hence the poll.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), { message: `no sideways scrolling at ${width} px` })
        .toBe(true);
    }
    expect(await heatMap.getAttribute('tabindex')).toBe('0');
    const broken = await heatMap.locator('thead th').evaluateAll((headers) =>
      headers.flatMap((th) => {
        const text = th.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const words: string[] = [];
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index!);
          range.setEnd(text, match.index! + match[0].length);
          // A word broken over two lines has a box on each.
          const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
          if (lines.size > 1) words.push(match[0]);
        }
        return words;
      }),
    );
    expect(broken).toEqual([]);
    await context.close();
  });
});
