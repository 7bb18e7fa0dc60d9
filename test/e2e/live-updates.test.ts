/// <reference lib="dom" />
// One normalised cache in the web client: what a caseworker saves shows on every page that shows it,
// without a reload, and already before the API has answered that page's own request again. And the
// API's refusals still reach the user as the Norwegian texts of web/src/api/errors.ts.
import type { Page, Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/auth/role.js';
import { useE2E } from './support/e2e-app.js';

const PRACTICE = 'Midlertidig lønnstilskudd';

/** Holds back every GraphQL request until `release`: what the page shows meanwhile comes from the cache. */
async function holdTheApi(page: Page) {
  const held: Route[] = [];
  let holding = true;
  const hold = (route: Route) => (holding ? void held.push(route) : route.continue());
  await page.route('**/graphql', hold);
  return {
    held,
    release: async () => {
      holding = false;
      await Promise.all(held.map((route) => route.continue()));
      await page.unroute('**/graphql', hold);
    },
  };
}

/** How many GraphQL requests the page has in flight, counted from now. */
function apiInFlight(page: Page): () => number {
  let count = 0;
  const finished = (request: Request) => void (request.url().endsWith('/graphql') && count--);
  page.on('request', (request) => void (request.url().endsWith('/graphql') && count++));
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  return () => count;
}

const menuLink = (page: Page, name: string) => page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name });

/** The group of "Praksiser ved kontoret" that lists practices with the status `label`. */
const officeGroup = (page: Page, label: string) =>
  page
    .locator('section', { has: page.getByRole('heading', { name: 'Praksiser ved kontoret' }) })
    .locator('div', { has: page.getByRole('heading', { level: 3, name: new RegExp(`^${label} \\(`) }) })
    .last();

const hitDetail = (page: Page) =>
  page
    .getByRole('list', { name: 'Treff' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: PRACTICE, exact: true }) })
    .locator('p')
    .last();
const ratingCount = (text: string) => Number(text.match(/Vurdert [\d,]+ av 5 \((\d+)/)?.[1] ?? 0);
const adoptionCount = (text: string) => Number(text.match(/i bruk ved (\d+)/i)?.[1]);

describe('a change shows everywhere it is shown, without a reload', () => {
  const e2e = useE2E();

  it("an office's new status for a practice shows on the office page at once", async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await menuLink(page, 'Mitt kontor').click();
    await page.getByRole('heading', { level: 1, name: 'Nav Drammen' }).waitFor();
    await officeGroup(page, 'I bruk').getByRole('link', { name: PRACTICE }).waitFor();
    await officeGroup(page, 'I bruk').getByRole('link', { name: PRACTICE }).click();
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();

    await page.getByRole('combobox', { name: /Status for Nav Drammen/ }).selectOption({ label: 'Vurderer' });
    await page.getByRole('button', { name: 'Lagre status' }).click();
    await page.getByText('Statusen er lagret: Nav Drammen – Vurderer.').waitFor();

    const api = await holdTheApi(page);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Nav Drammen' }).waitFor();
    await officeGroup(page, 'Vurderer').getByRole('link', { name: PRACTICE }).waitFor();
    expect(await officeGroup(page, 'I bruk').getByRole('link', { name: PRACTICE }).count()).toBe(0);
    // The page did ask the API again; it showed the change before any answer came.
    expect(api.held.length).toBeGreaterThan(0);
    await api.release();
    await context.close();
  });

  it("an office's first status for a practice shows on the practice page at once", async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    const [unrecorded] = await e2e.app.sql<{ slug: string }>(
      `select p.slug from practice p where p.status = 'PUBLISHED' and p.kind = 'LOCAL'
         and not exists (select 1 from adoption a where a.practice_id = p.id and a.office_enhetsnummer = '0602')
       order by p.slug limit 1`,
    );
    await page.goto(`${e2e.app.url}/praksis/${unrecorded.slug}`);
    const ours = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vårt kontor' }) });
    await ours.getByText('Nav Drammen har ikke registrert noe om denne praksisen ennå.').waitFor();

    await page.getByRole('combobox', { name: /Status for Nav Drammen/ }).selectOption({ label: 'Prøver ut' });
    await page.getByRole('button', { name: 'Lagre status' }).click();
    await page.getByText('Statusen er lagret: Nav Drammen – Prøver ut.').waitFor();
    await expect.poll(() => ours.getByText('har ikke registrert noe').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /Status for Nav Drammen/ }).inputValue()).toBe('PILOTING');
    await context.close();
  });

  it('a new rating shows in the search hit and on the office page, and a refused save says why in Norwegian', async () => {
    const { context, page } = await e2e.newPage();
    const inFlight = apiInFlight(page);
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).fill('lønnstilskudd');
    await hitDetail(page).waitFor();
    const before = (await hitDetail(page).textContent())!;
    await page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: PRACTICE }).click();
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();

    await page.getByRole('radio', { name: /^5/ }).check();
    await page.getByLabel('Kommentar (valgfritt)').fill('Gir arbeidsgiverne trygghet, sier kollegene våre.');
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await page.getByText('Vurderingen er lagret.').waitFor();

    // Back to the hits while the API is held back: the hit already counts the new rating.
    const api = await holdTheApi(page);
    await page.goBack();
    await expect.poll(async () => ratingCount((await hitDetail(page).textContent()) ?? '')).toBe(ratingCount(before) + 1);
    expect(adoptionCount((await hitDetail(page).textContent())!)).toBe(adoptionCount(before));
    expect(api.held.length).toBeGreaterThan(0);
    await api.release();

    // The office's list of ratings was loaded before: it is asked for again, and has the new one first.
    await menuLink(page, 'Mitt kontor').click();
    const officeRatings = page.locator('section', { has: page.getByRole('heading', { name: 'Vurderinger fra kontoret' }) });
    await officeRatings.getByText('Gir arbeidsgiverne trygghet, sier kollegene våre.').waitFor();

    // The API refuses an expired session: the user is told in Norwegian and asked to sign in again.
    await page.goBack();
    await page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: PRACTICE }).click();
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();
    // The session expires once the page has what it asked for (the lower sections come a moment
    // after the top), so that the save is what meets the refusal.
    await page.getByRole('heading', { level: 2, name: 'Resultater ved kontorer som bruker den' }).waitFor();
    await expect.poll(inFlight).toBe(0);
    await page.evaluate(() => localStorage.setItem('praksisbanken.token', 'not-a-token'));
    await page.getByRole('radio', { name: /^3/ }).check();
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await page.getByText('Økten din er utløpt. Logg inn på nytt for å fortsette.').first().waitFor();
    await context.close();
  });

  it('a save that never reaches the API says so in Norwegian, and the form can be sent again', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.bodo');
    await page.goto('/praksis/midlertidig-lonnstilskudd');
    await page.getByRole('heading', { level: 1, name: PRACTICE }).waitFor();
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('ratePractice') ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('radio', { name: /^4/ }).check();
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await page.getByText('Vi får ikke kontakt med Praksisbanken. Sjekk nettforbindelsen og prøv igjen.').waitFor();

    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await page.getByText('Vurderingen er lagret.').waitFor();
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('"Vis flere" adds the next page of ratings, and after the user rates the pages still join up', async () => {
    const slug = 'supported-employment-i-nav';
    const rater = (i: number) => e2e.app.tokenFor({ subject: `e2e-rater-${i}`, name: `Testvurderer ${i}`, role: Role.CASEWORKER, officeEnhetsnummer: '1804' });
    const found = await e2e.app.gql('query($slug: String!) { practice(slug: $slug) { id ratings(first: 1) { totalCount } } }', { slug }, await rater(0));
    const { id, ratings } = found.data.practice as { id: string; ratings: { totalCount: number } };
    // One page is 20: three more raters make sure there is a second.
    const added = Math.max(3, 21 - ratings.totalCount);
    for (let i = 0; i < added; i++) {
      const saved = await e2e.app.gql(
        'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { id } } }',
        { input: { practiceId: id, score: 4, comment: `Testvurdering ${i}` } },
        await rater(i),
      );
      expect(saved.errors).toBeUndefined();
    }
    const total = ratings.totalCount + added;

    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.bodo');
    await page.goto(`/praksis/${slug}`);
    await page.getByText(`Viser 20 av ${total}`).waitFor();
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await page.getByText(`Viser ${total} av ${total}`).waitFor();
    // The first rating of the new page has keyboard focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('LI');

    await page.getByRole('radio', { name: /^5/ }).check();
    await page.getByRole('button', { name: 'Lagre vurdering' }).click();
    await page.getByText('Vurderingen er lagret.').waitFor();
    await page.getByText(`Viser ${total + 1} av ${total + 1}`).waitFor();
    await context.close();
  });
});
