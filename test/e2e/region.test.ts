/// <reference lib="dom" />
// A regional director reads the overview of the region, curates a collection of regional examples
// and publishes it; a caseworker in the region finds it on the search page. Chromium against the
// built client served by the real app.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

const IPS = 'Individuell jobbstøtte (IPS)';
const KVP = 'Kvalifiseringsprogrammet (KVP)';

/** The practices of the collection, in the order the page shows them. */
const shownOrder = (page: Page) => page.getByRole('list', { name: 'Praksiser i samlingen' }).getByRole('heading', { level: 3 }).getByRole('link').allTextContents();

/**
 * The list shows the order the page says it has. API answers render as React transitions, so the
 * list may follow the status message by a frame: wait for it as a person would, briefly.
 */
const expectOrder = (page: Page, order: string[]) => expect.poll(() => shownOrder(page), { timeout: 5_000 }).toEqual(order);

async function addFromSearch(page: Page, query: string, title: string) {
  await page.getByRole('searchbox', { name: 'Finn praksis å legge til' }).fill(query);
  const hit = page.getByRole('list', { name: 'Treff' }).getByRole('listitem').filter({ hasText: title });
  await hit.getByRole('button', { name: 'Legg til' }).click();
  await page.getByRole('status').getByText(`«${title}» er lagt til i samlingen`).waitFor();
}

/** Drags with the mouse, a step at a time, as a person does: from the centre of one element to another's. */
async function drag(page: Page, from: Locator, to: Locator) {
  const source = (await from.boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 5, source.y + source.height / 2 + 5, { steps: 3 });
  const target = (await to.boundingBox())!;
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
  await page.mouse.up();
}

async function createCollection(page: Page, title: string, description: string) {
  await page.getByRole('link', { name: 'Mitt fylke' }).click();
  await page.getByRole('heading', { level: 1, name: 'Buskerud' }).waitFor();
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Beskrivelse').fill(description);
  await page.getByRole('button', { name: 'Opprett samling' }).click();
  await page.waitForURL(/\/samling\/[0-9a-f-]+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('the region page and its collections', () => {
  const e2e = useE2E();

  it('the director reads the overview, curates and publishes a collection; a caseworker in the region finds it', async () => {
    const title = 'Arbeid først i Buskerud';
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    await page.getByRole('link', { name: 'Mitt fylke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buskerud' }).waitFor();
    for (const section of ['Praksiser som sprer seg', 'Best vurdert i fylket', 'Kontorer og praksiser', 'Tatt i bruk over tid', 'Praksiser som skal gjennomgås', 'Søk uten treff', 'Samlinger']) {
      expect(await page.getByRole('heading', { level: 2, name: section }).isVisible(), section).toBe(true);
    }
    // The spreading table links each practice; the heat map says each status in words, not only in colour.
    const spreading = page.getByRole('region', { name: 'Praksiser som sprer seg, tabell' });
    expect(await spreading.getByRole('rowheader', { name: KVP }).isVisible()).toBe(true);
    const heatMap = page.getByRole('region', { name: /Kontorer og praksiser, tabell/ });
    const drammen = heatMap.getByRole('row', { name: /Nav Drammen/ });
    expect(await drammen.textContent()).toMatch(/I bruk/);
    expect(await heatMap.getByRole('columnheader', { name: IPS }).count()).toBe(1);
    await page.getByRole('button', { name: 'Vis som tabell' }).click();
    expect(await page.getByRole('table', { name: 'Tatt i bruk per måned' }).getByRole('row').count()).toBe(25);
    await e2e.expectAccessible(page);

    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Beskrivelse').fill('Praksiser som får folk raskt ut i **ordinært arbeid**.');
    await page.getByRole('button', { name: 'Opprett samling' }).click();
    await page.waitForURL(/\/samling\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('Upublisert').isVisible()).toBe(true);

    await addFromSearch(page, 'IPS', IPS);
    await addFromSearch(page, 'kvalifiseringsprogrammet', KVP);
    await expectOrder(page, [IPS, KVP]);

    // Reorder by keyboard: focus "Flytt «IPS» ned" and press Enter.
    await page.getByRole('button', { name: `Flytt «${IPS}» ned` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`«${IPS}» er flyttet til plass 2 av 2`).waitFor();
    await expectOrder(page, [KVP, IPS]);
    // IPS is last now, so focus stays on the item, on its other button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent), { timeout: 5_000 }).toBe(`Flytt «${IPS}» opp`);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`«${IPS}» er flyttet til plass 1 av 2`).waitFor();
    await expectOrder(page, [IPS, KVP]);

    // And by pointer: drag an item's handle onto another item.
    const list = page.getByRole('list', { name: 'Praksiser i samlingen' });
    await drag(page, list.locator('.drag-handle').first(), list.getByRole('listitem').nth(1));
    await page.getByRole('status').getByText(`«${IPS}» er flyttet til plass 2 av 2`).waitFor();
    await expectOrder(page, [KVP, IPS]);
    await drag(page, list.locator('.drag-handle').nth(1), list.getByRole('listitem').first());
    await page.getByRole('status').getByText(`«${IPS}» er flyttet til plass 1 av 2`).waitFor();
    await expectOrder(page, [IPS, KVP]);
    expect(await page.getByLabel(`Notat til ${IPS}`).inputValue()).toBe('');

    const kvpItem = page.getByRole('list', { name: 'Praksiser i samlingen' }).getByRole('listitem').filter({ hasText: KVP });
    await page.getByLabel(`Notat til ${KVP}`).fill('Drammen har gode resultater med KVP for unge.');
    await kvpItem.getByRole('button', { name: 'Lagre notat' }).click();
    await kvpItem.getByRole('status').getByText('Notatet er lagret').waitFor();
    await e2e.expectAccessible(page);

    await page.getByRole('button', { name: 'Publiser samlingen' }).click();
    await page.getByRole('status').getByText(/Samlingen er publisert/).waitFor();
    await expect.poll(() => page.getByText('Upublisert').count(), { timeout: 5_000 }).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectOrder(page, [IPS, KVP]);
    expect(await page.getByLabel(`Notat til ${KVP}`).inputValue()).toBe('Drammen har gode resultater med KVP for unge.');
    await context.close();

    const reader = await e2e.newPage();
    await e2e.signIn(reader.page, 'veileder.drammen');
    const collections = reader.page.getByRole('region', { name: 'Samlinger fra Buskerud' });
    await collections.getByRole('link', { name: title }).waitFor();
    expect(await collections.getByText('2 praksiser').isVisible()).toBe(true);
    await e2e.expectAccessible(reader.page);
    await collections.getByRole('link', { name: title }).click();
    await reader.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectOrder(reader.page, [IPS, KVP]);
    expect(await reader.page.getByText('Drammen har gode resultater med KVP for unge.').isVisible()).toBe(true);
    expect(await reader.page.getByText('ordinært arbeid').isVisible()).toBe(true);
    expect(await reader.page.getByRole('button', { name: /Flytt|Lagre notat|Publiser|Slett/ }).count()).toBe(0);
    await e2e.expectAccessible(reader.page);
    await reader.context.close();
  });

  it('an unpublished collection stays with the curators, and the director can delete it after confirming', async () => {
    const title = 'Utkast til samling om ungdom';
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    await createCollection(page, title, 'Ikke ferdig ennå.');
    const address = page.url();

    const reader = await e2e.newPage();
    await e2e.signIn(reader.page, 'veileder.drammen');
    await reader.page.goto(address);
    await reader.page.getByRole('heading', { level: 1, name: 'Samlingen er ikke publisert ennå' }).waitFor();
    await e2e.expectAccessible(reader.page);
    await reader.context.close();

    await page.getByRole('button', { name: 'Slett samlingen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Slette samlingen?' });
    await dialog.waitFor();
    await e2e.expectAccessible(page);
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Slett samlingen' }).click();
    await dialog.getByRole('button', { name: 'Ja, slett samlingen' }).click();
    await page.waitForURL(/\/region\/33$/);
    await page.getByRole('heading', { level: 1, name: 'Buskerud' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Samlinger' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(0);
    await context.close();
  });

  it('tells a caseworker and another region’s director clearly that the overview is not theirs', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    expect(await page.getByRole('link', { name: 'Mitt fylke' }).count()).toBe(0);
    await page.goto('/region/33');
    await page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang til dette fylket' }).waitFor();
    await e2e.expectAccessible(page);
    await context.close();

    const other = await e2e.newPage();
    await e2e.signIn(other.page, 'fylkesdirektor.nordland');
    await other.page.goto('/region/33');
    await other.page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang til dette fylket' }).waitFor();
    await other.page.getByRole('link', { name: 'Gå til Nordland' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Nordland' }).waitFor();
    await other.context.close();
  });

  it('an editor picks any region from the list and may curate there', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'redaktor');
    await page.getByRole('link', { name: 'Fylker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Velg fylke' }).waitFor();
    await e2e.expectAccessible(page);
    await page.getByRole('link', { name: 'Nordland' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nordland' }).waitFor();
    await page.getByRole('button', { name: 'Opprett samling' }).waitFor();
    await context.close();
  });
});
