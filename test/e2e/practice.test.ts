/// <reference lib="dom" />
// A caseworker finds a practice, rates it, changes and deletes the rating, and records that their
// office pilots it; then the same by keyboard alone. Chromium against the built client.
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';
import { tabTo } from './support/keyboard.js';

const summaryLine = /(\d+,\d) av 5 · (\d+) vurderinger?|Ikke vurdert ennå/;

describe('reading, rating and adopting a practice', () => {
  const e2e = useE2E();

  it('searches with a typo, narrows by a facet, opens the practice, rates, edits, deletes, and sets the adoption', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).fill('kvalifiseringsprogramet');
    const documented = page.getByRole('group', { name: 'Kunnskapsgrunnlag' }).getByRole('checkbox', { name: /Dokumentert/ });
    await documented.click();
    await expect.poll(() => documented.isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('kunnskap')).toBe('DOCUMENTED');
    const hit = page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: 'Kvalifiseringsprogrammet (KVP)' });
    await hit.click();
    await page.waitForURL(/\/praksis\/kvalifiseringsprogrammet$/);
    await page.getByRole('heading', { level: 1, name: 'Kvalifiseringsprogrammet (KVP)' }).waitFor();
    await e2e.expectAccessible(page);

    const ratings = page.getByRole('region', { name: 'Vurderinger' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Vurderinger' }) }));
    const summaryText = async () => (await ratings.first().textContent())!.match(summaryLine)![0];
    const countOf = (text: string) => Number(text.match(/· (\d+) vurdering/)?.[1] ?? 0);
    const before = countOf(await summaryText());
    // The seed's ratings are demo data, and the summary says how many of those it counts.
    const demoShare = async () => (await ratings.first().textContent())!.match(/Herav \d+ demovurderinger?|Alle \d+ er demovurderinger/)?.[0];
    expect(await demoShare()).toBe(`Alle ${before} er demovurderinger`);

    const form = page.getByRole('radiogroup', { name: 'Din vurdering' });
    await form.getByRole('radio', { name: /^4/ }).check();
    await page.getByLabel('Kommentar (valgfritt)').fill('Nyttig for unge hos oss.');
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await expect.poll(async () => countOf(await summaryText())).toBe(before + 1);
    expect(await page.getByText('Nyttig for unge hos oss.').first().isVisible()).toBe(true);
    expect(await demoShare()).toBe(`Herav ${before} demovurderinger`);

    await form.getByRole('radio', { name: /^2/ }).check();
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await expect.poll(async () => countOf(await summaryText())).toBe(before + 1);
    await page.reload();
    await expect.poll(() => page.getByRole('radiogroup', { name: 'Din vurdering' }).getByRole('radio', { name: /^2/ }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Slett vurdering' }).click();
    await expect.poll(async () => countOf(await summaryText())).toBe(before);
    expect(await demoShare()).toBe(`Alle ${before} er demovurderinger`);

    await page.getByRole('combobox', { name: /Status for Nav Drammen/ }).selectOption({ label: 'Prøver ut' });
    await page.getByRole('button', { name: 'Lagre status' }).click();
    const used = page.locator('section', { has: page.getByRole('heading', { name: 'Her brukes den' }) });
    await expect.poll(async () => (await used.first().textContent()) ?? '').toMatch(/Nav Drammen[\s\S]*Prøver ut|Prøver ut[\s\S]*Nav Drammen/);

    await page.getByRole('link', { name: 'Nav Drammen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nav Drammen' }).waitFor();
    await expect.poll(async () => (await page.textContent('main')) ?? '').toContain('Kvalifiseringsprogrammet (KVP)');
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('works by keyboard alone: search, open a practice, rate it', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.bodo');
    await tabTo(page, (el) => el.tag === 'input' && el.name.includes('Søk i praksiser'));
    await page.keyboard.type('bolig først');
    await page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: 'Bolig først' }).waitFor();
    await tabTo(page, (el) => el.tag === 'a' && el.name === 'Bolig først');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/praksis\/bolig-forst$/);
    await tabTo(page, (el) => el.tag === 'input' && el.type === 'radio');
    // Arrow keys move within the radio group; five steps from nothing lands on a score.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const checked = await page.getByRole('radiogroup', { name: 'Din vurdering' }).getByRole('radio', { checked: true }).count();
    expect(checked).toBe(1);
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Lagre vurdering');
    await page.keyboard.press('Enter');
    await page.getByText(/Vurderingen (din )?er lagret/).first().waitFor();
    const visibleFocus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
    });
    expect(visibleFocus).toBe(true);
    await context.close();
  });

  it('shows a researcher the summary of the ratings, never single ratings with comments', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'forsker');
    await page.goto("/praksis/kvalifiseringsprogrammet");
    await page.getByRole('heading', { level: 1, name: 'Kvalifiseringsprogrammet (KVP)' }).waitFor();
    await page.getByText('Enkeltvurderinger med kommentarer vises ikke for forskere').waitFor();
    expect(await page.getByRole('radiogroup', { name: 'Din vurdering' }).count()).toBe(0);
    await e2e.expectAccessible(page);
    await context.close();
  });
});
