/// <reference lib="dom" />
// WCAG 2.1 1.4.10 Reflow: every page, 320 and 640 CSS px wide (a 1280 px screen at 400 % and 200 %
// zoom), fits the window without the page scrolling sideways; wide tables scroll inside their own
// labelled regions, which the criterion allows. The header's controls stay visible and reachable by
// keyboard: on a narrow screen they sit behind "Meny", down to "Logg ut". axe stays clean.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E, type E2E } from './support/e2e-app.js';
import { tabTo } from './support/keyboard.js';

const WIDTHS = [320, 640];
/** Set to a folder to keep a full-page screenshot of every page at every width, for review by eye. */
const SCREENSHOTS = process.env.REFLOW_SCREENSHOTS;
const HEIGHT = 720;

/** A page, and how to know it is fully shown: its h1. */
interface Visit {
  path: string;
  heading: string | RegExp;
}

interface Visitor {
  who: string;
  username: string;
  /** Links in the main menu that tell this role from the others (the menu has more). */
  menu: string[];
  pages: () => Visit[];
}

/** Where the page's content pokes out on the right, for the failure message. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const { overflowX } = getComputedStyle(parent);
        if (overflowX !== 'visible') return parent !== document.body && parent !== root;
      }
      return false;
    };
    const all = Array.from(document.querySelectorAll('body *'));
    const unclipped = all.filter((element) => element.getBoundingClientRect().right > width + 0.5 && !clipped(element));
    const outside = (unclipped.length > 0 ? unclipped : all.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(element.getBoundingClientRect().right)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside };
  });
}

/** Waits for the page's h1 and for every loader to have gone. */
async function shown(page: Page, visit: Visit) {
  await page.getByRole('heading', { level: 1, name: visit.heading }).first().waitFor();
  await page.waitForFunction(() => document.querySelector('.aksel-loader') === null && document.fonts.status === 'loaded');
}

async function expectReflows(page: Page, visit: Visit, width: number) {
  const measured = await overflow(page);
  expect(measured.scrollWidth, `${visit.path} at ${width} px scrolls sideways: ${measured.outside.join('; ')}`).toBeLessThanOrEqual(measured.clientWidth);
}

/** The element is inside the window, left to right: nothing of it is cut off. */
async function expectInsideWindow(page: Page, locator: ReturnType<Page['getByRole']>, what: string) {
  const box = await locator.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, `${what} has no box`).not.toBeNull();
  expect(box!.x, `${what} starts left of the window`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends right of the window (${width} px)`).toBeLessThanOrEqual(width + 0.5);
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

/**
 * By keyboard from the top of the page: Tab to "Meny", open it with Enter, and walk down the menu
 * with the arrow keys; every item is visible, and the last one is "Logg ut". Esc closes the menu and
 * gives focus back to "Meny".
 */
async function expectHeaderMenuByKeyboard(page: Page, visitor: Visitor, where: string) {
  const menuButton = page.getByRole('banner').getByRole('button', { name: 'Meny' });
  await expectInsideWindow(page, menuButton, `"Meny" on ${where}`);
  await tabTo(page, (el) => el.tag === 'button' && el.name === 'Meny', 10);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null), { message: `focus moves into the menu on ${where}` }).toBe(true);
  const items = menu.getByRole('menuitem');
  const texts = (await items.allTextContents()).map((text) => text.trim());
  expect(texts, `the menu on ${where}`).toEqual(expect.arrayContaining(['Søk', ...visitor.menu, 'Logg ut']));
  expect(texts.at(-1), `the menu on ${where} ends with "Logg ut"`).toBe('Logg ut');
  // ArrowDown walks the items in order, down to "Logg ut".
  const seen: string[] = [];
  for (let step = 0; step <= texts.length && seen.at(-1) !== 'Logg ut'; step++) {
    const item = await page.evaluate(() => (document.activeElement?.getAttribute('role') === 'menuitem' ? document.activeElement.textContent?.trim() : null));
    if (item && item !== seen.at(-1)) seen.push(item);
    if (item !== 'Logg ut') await page.keyboard.press('ArrowDown');
  }
  expect(seen, `ArrowDown walks the menu down to "Logg ut" on ${where}`).toEqual(texts);
  await expectInsideWindow(page, menu.getByRole('menuitem', { name: 'Logg ut' }), `"Logg ut" on ${where}`);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Meny');
}

async function visitAll(e2e: E2E, visitor: Visitor | null, visits: Visit[]) {
  const { context, page } = await e2e.newPage();
  if (visitor) await e2e.signIn(page, visitor.username);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: HEIGHT });
    for (const visit of visits) {
      await page.goto(visit.path);
      await shown(page, visit);
      if (SCREENSHOTS) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const name = `${visitor?.username ?? 'utlogget'}-${width}-${visit.path.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`;
        await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
      }
      await expectReflows(page, visit, width);
      const where = `${visit.path} at ${width} px`;
      if (visitor && !visit.path.startsWith('/graphiql')) await expectHeaderMenuByKeyboard(page, visitor, where);
      else await expectInsideWindow(page, page.getByRole('banner').getByRole('link', { name: 'Praksisbanken' }).or(page.getByRole('link', { name: 'Tilbake til Praksisbanken' })).first(), `the way home on ${where}`);
      await e2e.expectAccessible(page);
    }
  }
  return { context, page };
}

describe('reflow at 320 and 640 CSS px, with the header reachable', () => {
  const e2e = useE2E();
  let draft: string;
  let collection: string;

  beforeAll(async () => {
    // A draft, a collection and a knowledge need, so that their pages have something in them.
    const caseworker = await e2e.app.login('veileder.drammen');
    const proposed = await e2e.app.gql(
      'mutation($input: ProposePracticeInput!) { proposePractice(input: $input) { slug } }',
      {
        input: {
          title: 'Arbeidsrettet oppfølging med fast kontaktperson for ungdom i videregående opplæring',
          summary: 'Ungdom som står i fare for å falle ut av skolen får én kontaktperson på Nav-kontoret.',
          description: '## Slik gjør vi det\nEn veileder har fast kontortid på skolen hver tirsdag.',
        },
      },
      caseworker,
    );
    expect(proposed.errors).toBeUndefined();
    draft = proposed.data.proposePractice.slug;
    const need = await e2e.app.gql(
      'mutation($input: PostKnowledgeNeedInput!) { postKnowledgeNeed(input: $input) { id } }',
      { input: { title: 'Hvordan følger andre kontorer opp arbeidsgivere etter formidling?', description: 'Vi trenger erfaringer med oppfølging det første halvåret.' } },
      caseworker,
    );
    expect(need.errors).toBeUndefined();
    const director = await e2e.app.login('fylkesdirektor.buskerud');
    const created = await e2e.app.gql(
      'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
      { input: { regionCode: '33', title: 'Ungdom i arbeid i Buskerud', description: 'Praksiser for **unge under 30**.' } },
      director,
    );
    expect(created.errors).toBeUndefined();
    collection = created.data.createCollection.id;
    const ips = await e2e.app.gql('query { practice(slug: "individuell-jobbstotte") { id } }', {}, director);
    const added = await e2e.app.gql(
      'mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id } }',
      { input: { collectionId: collection, practiceId: ips.data.practice.id, note: 'Godt dokumentert for unge med psykiske helseplager.' } },
      director,
    );
    expect(added.errors).toBeUndefined();
  });

  it('signed out: the login page, the accessibility statement, GraphiQL and a page that does not exist', { timeout: 180_000 }, async () => {
    const { context } = await visitAll(e2e, null, [
      { path: '/logg-inn', heading: 'Logg inn i Praksisbanken' },
      { path: '/tilgjengelighet', heading: 'Tilgjengelighetserklæring for Praksisbanken' },
      { path: '/graphiql', heading: 'GraphQL-utforsker' },
      { path: '/finnes/ikke', heading: /Fant ikke siden|Logg inn/ },
    ]);
    await context.close();
  });

  const caseworker: Visitor = {
    who: 'caseworker',
    username: 'veileder.drammen',
    menu: ['Foreslå praksis', 'Utkast', 'Mitt kontor', 'Kunnskapsbehov'],
    pages: () => [
      { path: '/', heading: 'Finn arbeidsmåter som virker' },
      { path: '/?q=arbeid&side=2', heading: 'Finn arbeidsmåter som virker' },
      { path: '/praksis/individuell-jobbstotte', heading: 'Individuell jobbstøtte (IPS)' },
      { path: `/praksis/${draft}`, heading: /Arbeidsrettet oppfølging/ },
      { path: `/praksis/${draft}/rediger`, heading: 'Rediger praksis' },
      { path: '/kontor/0602', heading: 'Nav Drammen' },
      { path: '/foresla', heading: 'Foreslå en praksis' },
      { path: '/utkast', heading: 'Utkast' },
      { path: '/kunnskapsbehov', heading: 'Kunnskapsbehov' },
      { path: '/hvem-lykkes', heading: 'Hvem lykkes?' },
      { path: '/kunnskapskart', heading: 'Kunnskapskart' },
      { path: '/tilgjengelighet', heading: 'Tilgjengelighetserklæring for Praksisbanken' },
      { path: '/graphiql', heading: 'GraphQL-utforsker' },
    ],
  };

  const director: Visitor = {
    who: 'regional director',
    username: 'fylkesdirektor.buskerud',
    menu: ['Foreslå praksis', 'Utkast', 'Mitt fylke', 'Kunnskapsbehov'],
    pages: () => [
      { path: '/region/33', heading: 'Buskerud' },
      { path: `/samling/${collection}`, heading: 'Ungdom i arbeid i Buskerud' },
      { path: '/utkast', heading: 'Utkast' },
      { path: '/foresla', heading: 'Foreslå en praksis' },
      { path: '/kunnskapsbehov', heading: 'Kunnskapsbehov' },
    ],
  };

  const editor: Visitor = {
    who: 'editor',
    username: 'redaktor',
    menu: ['Foreslå praksis', 'Utkast', 'Fylker', 'Kunnskapsbehov'],
    pages: () => [
      { path: '/region/velg', heading: 'Velg fylke' },
      { path: '/region/18', heading: 'Nordland' },
      { path: '/foresla', heading: 'Foreslå en praksis' },
      { path: '/praksis/kvalifiseringsprogrammet', heading: 'Kvalifiseringsprogrammet (KVP)' },
      { path: '/utkast', heading: 'Utkast' },
      { path: '/hvem-lykkes/last-inn', heading: 'Last inn indikatorverdier' },
    ],
  };

  for (const visitor of [caseworker, director, editor]) {
    it(`signed in as ${visitor.who}: every page reflows and the header menu reaches "Logg ut"`, { timeout: 300_000 }, async () => {
      const { context, page } = await visitAll(e2e, visitor, visitor.pages());
      // The last step by keyboard: "Logg ut" in the menu signs out.
      await page.goto('/');
      await shown(page, { path: '/', heading: 'Finn arbeidsmåter som virker' });
      await tabTo(page, (el) => el.tag === 'button' && el.name === 'Meny', 10);
      await page.keyboard.press('Enter');
      await page.getByRole('menu').waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null)).toBe(true);
      await page.keyboard.press('End');
      await expect.poll(() => focusedText(page)).toBe('Logg ut');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/logg-inn/);
      await context.close();
    });
  }

  it('at 1280 px the main menu, the user and "Logg ut" fit in the header in one row, and a link in the narrow menu leads to its page with focus on it', { timeout: 120_000 }, async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    // 80em: where the row begins, and the width the other tests run at.
    for (const width of [1280]) {
      await page.setViewportSize({ width, height: HEIGHT });
      await shown(page, { path: '/', heading: 'Finn arbeidsmåter som virker' });
      await expectReflows(page, { path: '/', heading: '' }, width);
      const header = page.getByRole('banner');
      expect(await header.getByRole('button', { name: 'Meny' }).isVisible()).toBe(false);
      const links = header.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link');
      expect(await links.allTextContents()).toEqual(expect.arrayContaining(director.menu));
      for (const link of await links.allTextContents()) {
        await expectInsideWindow(page, header.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: link, exact: true }), `"${link}" at ${width} px`);
      }
      await expectInsideWindow(page, header.getByRole('button', { name: 'Logg ut' }), `"Logg ut" at ${width} px`);
      const rows = await header.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(rows, `the header at ${width} px is one row of 3rem`).toBeLessThan(3.5);
    }

    await page.setViewportSize({ width: 320, height: HEIGHT });
    await page.getByRole('banner').getByRole('button', { name: 'Meny' }).click();
    const current = page.getByRole('menu').getByRole('menuitem', { name: 'Søk' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    await page.getByRole('menu').getByRole('menuitem', { name: 'Mitt fylke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buskerud' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('hovedinnhold');
    await context.close();
  });
});
