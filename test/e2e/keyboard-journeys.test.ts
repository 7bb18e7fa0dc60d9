/// <reference lib="dom" />
// WCAG 2.1.1, 2.4.3 and 4.1.3 by keyboard alone: adopting a practice, curating and reordering a
// collection, and supporting a knowledge need. After every action focus lands on something that
// means something (never <body>), and what happened is announced where the page announces it.
// Only page.keyboard drives the pages; locators only read. Chromium against the built client.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';
import { tabTo } from './support/keyboard.js';

interface Focused {
  tag: string;
  name: string;
  role: string | null;
  id: string;
  describedBy: string | null;
  disabled: string | null;
}

/** What has keyboard focus, named as tabTo names it. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = (document.activeElement ?? document.body) as HTMLElement;
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      name: name.replace(/\s+/g, ' ').trim(),
      role: el.getAttribute('role'),
      id: el.id,
      describedBy: el.getAttribute('aria-describedby'),
      disabled: el.getAttribute('aria-disabled'),
    };
  });

/** Presses Shift+Tab until the focused element matches, as tabTo does forwards. */
async function shiftTabTo(page: Page, matches: (element: Focused) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Shift+Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Shift+Tab never reached the element after ${max} presses`);
}

/** Focus is somewhere meaningful: never lost to <body>. */
async function expectFocusOn(page: Page, expected: Partial<Focused>) {
  await expect.poll(() => focused(page)).toMatchObject(expected);
  expect((await focused(page)).tag).not.toBe('body');
}

/** The live region (role="status") that now says `text`; it must be polite so it is announced. */
async function expectAnnounced(page: Page, text: string | RegExp) {
  const region = page.getByRole('status').filter({ hasText: text });
  await region.first().waitFor();
  expect(await region.first().evaluate((el) => el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'status' ? 'polite' : null))).toBe('polite');
  return (await region.first().textContent())!.replace(/\s+/g, ' ').trim();
}

/** Signs in on the development login page by keyboard; the new page's main region takes focus. */
async function signInByKeyboard(page: Page, username: string) {
  await page.goto('/logg-inn');
  await page.getByRole('button', { name: `(${username})`, exact: false }).first().waitFor();
  await tabTo(page, (el) => el.tag === 'button' && el.name.endsWith(`(${username})`));
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
  await expectFocusOn(page, { tag: 'main', id: 'hovedinnhold' });
}

/** Moves a closed native select to the option with `value` by arrow keys, as a keyboard user does. */
async function arrowToOption(page: Page, value: string) {
  const { values, selected } = await page.evaluate(() => {
    const select = document.activeElement as HTMLSelectElement;
    return { values: Array.from(select.options).map((option) => option.value), selected: select.selectedIndex };
  });
  const target = values.indexOf(value);
  expect(target, `option ${value} in ${values.join(', ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < Math.abs(target - selected); i++) await page.keyboard.press(target > selected ? 'ArrowDown' : 'ArrowUp');
  expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(value);
}

describe('keyboard-only journeys: where focus lands after each action', () => {
  const e2e = useE2E();

  it('adopt: a caseworker records by keyboard that their office pilots a practice, then that it stopped', async () => {
    const { context, page } = await e2e.newPage();
    await signInByKeyboard(page, 'veileder.drammen');
    await page.goto('/praksis/bolig-forst');
    await page.getByRole('heading', { level: 1, name: 'Bolig først' }).waitFor();

    await tabTo(page, (el) => el.tag === 'select' && el.name.startsWith('Status for Nav Drammen'), 200);
    // Whatever the demo data gave the office, the journey records a status it did not have.
    const before = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    const [status, label] = before === 'PILOTING' ? ['CONSIDERING', 'Vurderer'] : ['PILOTING', 'Prøver ut'];
    await arrowToOption(page, status);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, { tag: 'button', name: 'Lagre status' });
    await page.keyboard.press('Enter');
    await expectAnnounced(page, `Statusen er lagret: Nav Drammen – ${label}.`);
    // The pressed button is still there: focus stays on it.
    await expectFocusOn(page, { tag: 'button', name: 'Lagre status' });

    // Stopping asks why: the reason field comes after the select, then the button.
    await shiftTabTo(page, (el) => el.tag === 'select' && el.name.startsWith('Status for Nav Drammen'));
    await arrowToOption(page, 'DISCONTINUED');
    await page.keyboard.press('Tab');
    await expectFocusOn(page, { tag: 'textarea', name: 'Hvorfor sluttet kontoret?' });
    await page.keyboard.type('Vi hadde ikke nok boliger å tilby.');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Lagre status', 5);
    await page.keyboard.press('Enter');
    await expectAnnounced(page, 'Statusen er lagret: Nav Drammen – Avsluttet.');
    await expectFocusOn(page, { tag: 'button', name: 'Lagre status' });
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('curate and reorder: a regional director creates a collection, adds three practices, moves one down and up, removes one and publishes', async () => {
    const { context, page } = await e2e.newPage();
    await signInByKeyboard(page, 'fylkesdirektor.buskerud');
    // Focus is on the page's main region, after the header: the menu is back up the page.
    await shiftTabTo(page, (el) => el.tag === 'a' && el.name === 'Mitt fylke');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/region\/33$/);
    await expectFocusOn(page, { tag: 'main', id: 'hovedinnhold' });

    const title = 'Tidlig innsats for unge';
    await page.getByRole('heading', { name: 'Ny samling' }).waitFor();
    await tabTo(page, (el) => el.tag === 'input' && el.name === 'Tittel', 400);
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await expectFocusOn(page, { tag: 'textarea', name: 'Beskrivelse' });
    await page.keyboard.type('Praksiser som når unge før de faller ut.');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Opprett samling', 5);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/samling\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // A new page: focus goes to its main region, as a full page load would start there.
    await expectFocusOn(page, { tag: 'main', id: 'hovedinnhold' });

    // Three practices, each added from the search; after each, focus goes back to the search field.
    await tabTo(page, (el) => el.tag === 'input' && el.name.startsWith('Finn praksis å legge til'), 40);
    await page.keyboard.type('arbeid');
    await page.getByRole('list', { name: 'Treff' }).getByRole('button', { name: 'Legg til' }).first().waitFor();
    const added: string[] = [];
    for (const position of [1, 2, 3]) {
      await tabTo(page, (el) => el.tag === 'button' && el.name === 'Legg til', 20);
      await page.keyboard.press('Enter');
      const said = await expectAnnounced(page, `er lagt til i samlingen som nummer ${position}`);
      added.push(said.match(/«(.+)» er lagt til/)![1]!);
      await expectFocusOn(page, { tag: 'input', name: expect.stringMatching(/^Finn praksis å legge til/) });
      await page.getByRole('list', { name: 'Treff' }).getByText('Er i samlingen').nth(position - 1).waitFor();
    }
    const [a, b, c] = added as [string, string, string];
    const order = () => page.getByRole('list', { name: 'Praksiser i samlingen' }).getByRole('heading', { level: 3 }).allTextContents();
    await expect.poll(order).toEqual([`1. ${a}`, `2. ${b}`, `3. ${c}`]);

    // Down: the moved item's own "Flytt ned" keeps focus, in its new place.
    await shiftTabTo(page, (el) => el.tag === 'button' && el.name === `Flytt «${a}» ned`);
    await page.keyboard.press('Enter');
    await expectAnnounced(page, `«${a}» er flyttet til plass 2 av 3`);
    await expect.poll(order).toEqual([`1. ${b}`, `2. ${a}`, `3. ${c}`]);
    await expectFocusOn(page, { tag: 'button', name: `Flytt «${a}» ned` });

    // Down to the bottom: that button is gone, so its "Flytt opp" takes focus.
    await page.keyboard.press('Enter');
    await expectAnnounced(page, `«${a}» er flyttet til plass 3 av 3`);
    await expect.poll(order).toEqual([`1. ${b}`, `2. ${c}`, `3. ${a}`]);
    await expectFocusOn(page, { tag: 'button', name: `Flytt «${a}» opp` });

    await page.keyboard.press('Enter');
    await expectAnnounced(page, `«${a}» er flyttet til plass 2 av 3`);
    await expect.poll(order).toEqual([`1. ${b}`, `2. ${a}`, `3. ${c}`]);
    await expectFocusOn(page, { tag: 'button', name: `Flytt «${a}» opp` });

    // Removing takes the pressed button away with its item: focus goes to the list's heading.
    await tabTo(page, (el) => el.tag === 'button' && el.name === `Fjern «${c}» fra samlingen`, 20);
    await page.keyboard.press('Enter');
    await expectAnnounced(page, `«${c}» er fjernet fra samlingen`);
    await expect.poll(order).toEqual([`1. ${b}`, `2. ${a}`]);
    await expectFocusOn(page, { tag: 'h2', name: 'Praksiser i samlingen' });

    // Publishing removes its button too: focus goes to the status that says what happened.
    await shiftTabTo(page, (el) => el.tag === 'button' && el.name === 'Publiser samlingen', 20);
    await page.keyboard.press('Enter');
    await expectAnnounced(page, 'Samlingen er publisert.');
    await expectFocusOn(page, { tag: 'div', role: 'status', name: expect.stringContaining('Samlingen er publisert.') });
    expect(await page.getByRole('button', { name: 'Publiser samlingen' }).count()).toBe(0);
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('support a need: a caseworker says "we need this too" by keyboard; focus stays on the button, which now says so, and the count is announced', async () => {
    const title = 'Hvordan holder andre kontorer kontakten med unge som flytter?';
    const token = await e2e.app.login('veileder.07');
    const posted = await e2e.app.gql(
      'mutation($input: PostKnowledgeNeedInput!) { postKnowledgeNeed(input: $input) { id } }',
      { input: { title, description: 'Vi mister dem når de flytter til en annen kommune.' } },
      token,
    );
    expect(posted.errors).toBeUndefined();

    const { context, page } = await e2e.newPage();
    await signInByKeyboard(page, 'veileder.drammen');
    // Focus is on the page's main region, after the header: the menu is back up the page.
    await shiftTabTo(page, (el) => el.tag === 'a' && el.name === 'Kunnskapsbehov');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kunnskapsbehov' }).waitFor();
    await expectFocusOn(page, { tag: 'main', id: 'hovedinnhold' });

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
    await card.getByText('1 person trenger dette').waitFor();
    const titleId = await card.getByRole('heading', { level: 3, name: title }).getAttribute('id');
    await tabTo(page, (el) => el.tag === 'button' && el.name === 'Vi trenger dette også', 80);
    expect((await focused(page)).describedBy).toBe(titleId);
    await page.keyboard.press('Enter');

    const count = card.getByText('2 personer trenger dette');
    await count.waitFor();
    expect(await count.getAttribute('aria-live')).toBe('polite');
    await expectFocusOn(page, { tag: 'button', name: 'Du støtter dette', disabled: 'true', describedBy: titleId });
    // Pressing it again changes nothing.
    await page.keyboard.press('Enter');
    await expectFocusOn(page, { tag: 'button', name: 'Du støtter dette' });
    expect(await card.getByText('2 personer trenger dette').count()).toBe(1);
    await e2e.expectAccessible(page);
    await context.close();
  });
});
