// Caseworkers report what they need to know and say "we need this too"; researchers read along.
// Chromium against the built client served by the real app.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

/** The need's card in the list, found by its title. */
const needCard = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

async function postNeed(page: Page, title: string, description: string) {
  await page.getByRole('link', { name: 'Kunnskapsbehov' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kunnskapsbehov' }).waitFor();
  await page.getByLabel('Hva trenger dere å vite?').fill(title);
  await page.getByLabel('Beskriv behovet').fill(description);
  await page.getByRole('button', { name: 'Meld inn behov' }).click();
  await page.getByRole('status').getByText(`Behovet «${title}» er meldt inn`, { exact: false }).waitFor();
}

describe('knowledge needs', () => {
  const e2e = useE2E();

  it('a caseworker posts a need, with clear messages for what is missing', async () => {
    const title = 'Hvordan følger andre opp unge som har falt ut av skolen?';
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('link', { name: 'Kunnskapsbehov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunnskapsbehov' }).waitFor();
    await e2e.expectAccessible(page);

    await page.getByRole('button', { name: 'Meld inn behov' }).click();
    await page.getByText('Skriv hva dere trenger å vite').waitFor();
    expect(await page.getByText('Skriv litt om behovet').isVisible()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe('Hva trenger dere å vite?');
    await e2e.expectAccessible(page);

    await page.getByLabel('Hva trenger dere å vite?').fill(title);
    await page.getByLabel('Beskriv behovet').fill('Vi har mange unge mellom 16 og 19 som har sluttet på videregående.');
    await page.getByRole('group', { name: /Tema/ }).getByRole('checkbox', { name: 'Utdanning' }).check();
    await page.getByRole('button', { name: 'Meld inn behov' }).click();
    await page.getByRole('status').getByText(`Behovet «${title}» er meldt inn`, { exact: false }).waitFor();
    expect(await page.getByLabel('Hva trenger dere å vite?').inputValue()).toBe('');

    expect(await page.getByRole('radio', { name: 'Mitt fylke (Buskerud)' }).isChecked()).toBe(true);
    const card = needCard(page, title);
    expect(await card.getByText('Utdanning').isVisible()).toBe(true);
    expect(await card.getByText('1 person trenger dette').isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Du støtter dette' }).isDisabled()).toBe(true);
    await e2e.expectAccessible(page);

    // Still there after a reload, among the newest needs of the region.
    await page.reload();
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Nyeste' });
    await needCard(page, title).waitFor();
    await context.close();
  });

  it('another caseworker of the region says "we need this too": the count goes up and the button says so', async () => {
    const title = 'Erfaringer med jobbspesialister for personer med rusproblemer';
    const poster = await e2e.newPage();
    await e2e.signIn(poster.page, 'veileder.drammen');
    await postNeed(poster.page, title, 'Vi vil vite hva som skal til for å lykkes.');
    await poster.context.close();

    // A caseworker in another region reads the need but supports only those of their own region.
    const elsewhere = await e2e.newPage();
    await e2e.signIn(elsewhere.page, 'veileder.bodo');
    await elsewhere.page.getByRole('link', { name: 'Kunnskapsbehov' }).click();
    await elsewhere.page.getByRole('radio', { name: 'Hele landet' }).check();
    await elsewhere.page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Nyeste' });
    const seenElsewhere = needCard(elsewhere.page, title);
    await seenElsewhere.getByText('1 person trenger dette').waitFor();
    expect(await seenElsewhere.getByRole('button').count()).toBe(0);
    await elsewhere.context.close();

    // veileder.07 works at another office in Buskerud, as veileder.drammen does.
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.07');
    await page.getByRole('link', { name: 'Kunnskapsbehov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunnskapsbehov' }).waitFor();
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Nyeste' });
    const card = needCard(page, title);
    await card.waitFor();
    expect(await card.getByText('1 person trenger dette').isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Vi trenger dette også' }).click();
    await card.getByText('2 personer trenger dette').waitFor();
    const supported = card.getByRole('button', { name: 'Du støtter dette' });
    expect(await supported.isDisabled()).toBe(true);
    // Focus stays on the button that was pressed.
    expect(await supported.evaluate((button) => button === document.activeElement)).toBe(true);
    await e2e.expectAccessible(page);

    await page.reload();
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Nyeste' });
    await needCard(page, title).getByText('2 personer trenger dette').waitFor();
    await context.close();
  });

  it('an editor, who belongs to no fylke, says which fylke the need comes from', async () => {
    const title = 'Hvordan samarbeider andre med frivillige om arbeidstrening?';
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'redaktor');
    await page.getByRole('link', { name: 'Kunnskapsbehov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunnskapsbehov' }).waitFor();
    await page.getByLabel('Hva trenger dere å vite?').fill(title);
    await page.getByLabel('Beskriv behovet').fill('Vi vil vite hvordan frivillige organisasjoner kan være arenaer for arbeidstrening.');
    await page.getByRole('button', { name: 'Meld inn behov' }).click();
    await page.getByText('Velg hvilket fylke behovet kommer fra').waitFor();
    const fylke = page.getByRole('combobox', { name: 'Fylke' });
    expect(await fylke.locator('option').first().textContent()).toBe('Velg fylke');
    await e2e.expectAccessible(page);

    await fylke.selectOption({ label: 'Nordland' });
    await page.getByRole('button', { name: 'Meld inn behov' }).click();
    await page.getByRole('status').getByText(`Behovet «${title}» er meldt inn`, { exact: false }).waitFor();
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Nyeste' });
    await needCard(page, title).getByText(/^Nordland · meldt inn/).waitFor();
    await context.close();
  });

  it('a researcher sees the needs but no form', async () => {
    const title = 'Hva virker for langtidsledige over 60?';
    const poster = await e2e.newPage();
    await e2e.signIn(poster.page, 'veileder.drammen');
    await postNeed(poster.page, title, 'Flere av brukerne våre er over 60 og har vært ledige lenge.');
    await poster.context.close();

    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'forsker');
    await page.getByRole('link', { name: 'Kunnskapsbehov' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kunnskapsbehov' }).waitFor();
    await page.getByRole('combobox', { name: 'Sorter etter' }).selectOption({ label: 'Nyeste' });
    const card = needCard(page, title);
    await card.waitFor();
    expect(await card.getByText('1 person trenger dette').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Meld inn et behov' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Meld inn behov|Vi trenger dette også/ }).count()).toBe(0);
    await e2e.expectAccessible(page);
    await context.close();
  });
});
