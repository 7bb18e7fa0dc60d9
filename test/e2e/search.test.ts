/// <reference lib="dom" />
// A caseworker signs in and searches, in Chromium against the built client served by the real app.
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

describe('signing in and searching', () => {
  const e2e = useE2E();

  it('lists the seeded users on the login page; one click signs in, a reload keeps you signed in, "Logg ut" signs out', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto('/');
    await page.waitForURL(/\/logg-inn/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logg inn i Praksisbanken');
    await e2e.expectAccessible(page);
    expect(await page.getByText('veileder.drammen · Veileder · Nav Drammen').isVisible()).toBe(true);
    expect(await page.getByText(/fylkesdirektor\.nordland · Fylkesdirektør/).isVisible()).toBe(true);

    await page.getByRole('button', { name: /\(veileder\.drammen\)/ }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).waitFor();
    await page.reload();
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).waitFor();
    expect(await page.getByText('Ingrid Solberg').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL(/\/logg-inn/);
    await context.close();
  });

  it('searches as you type, forgives a typo, narrows by a facet, and keeps it all in the URL', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await e2e.expectAccessible(page);

    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).pressSequentially('jobstøtte', { delay: 30 });
    const firstHit = page.getByRole('list', { name: 'Treff' }).getByRole('link').first();
    await expect.poll(() => firstHit.innerHTML()).toContain('<mark>jobbstøtte</mark>');
    expect(await firstHit.textContent()).toBe('Individuell jobbstøtte (IPS)');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('jobstøtte');
    // The seeded ratings are demo data, and the hit says so beside the count.
    const ips = page.getByRole('list', { name: 'Treff' }).getByRole('listitem').first();
    expect(await ips.getByText(/^Vurdert /).textContent()).toMatch(/^Vurdert \d,\d av 5 \((\d+), herav \d+ demodata\) · /);

    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).fill('');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(null);
    const count = page.getByText(/^\d+ praksiser$/);
    const all = Number((await count.textContent())!.split(' ')[0]);
    const youth = page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Unge under 30/ });
    await youth.check();
    await expect.poll(async () => Number((await page.getByText(/^\d+ praksis(er)?$/).textContent())!.split(' ')[0])).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.getAll('malgruppe')).toEqual(['YOUTH']);
    // The theme counts still show what each theme would add (disjunctive facets).
    expect(await page.getByRole('group', { name: 'Tema' }).getByRole('checkbox').count()).toBeGreaterThan(1);
    // The catalogue's regions are the counties: the facet says fylke.
    expect(await page.getByRole('group', { name: 'Fylke (i bruk der)' }).getByRole('checkbox').count()).toBeGreaterThan(1);
    await e2e.expectAccessible(page);

    // A link reproduces the same search; back undoes the facet.
    const narrowed = page.url();
    const other = await context.newPage();
    await other.goto(narrowed);
    await expect.poll(() => other.getByRole('checkbox', { name: /Unge under 30/ }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: /Unge under 30/ }).isChecked()).toBe(false);
    await context.close();
  });

  it('shows a chosen filter and sort at once, while the search they start is still held back', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    const count = async () => Number((await page.getByText(/^\d+ praksis(er)?$/).textContent())!.split(' ')[0]);
    await page.getByText(/^\d+ praksiser$/).waitFor();
    const all = await count();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('SearchPractices')) await held;
      await route.continue();
    });
    // A slow phone: the router renders a new URL as a transition, which then takes a while.
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 10 });

    const youth = page.getByRole('group', { name: 'Målgruppe' }).getByRole('checkbox', { name: /Unge under 30/ });
    await youth.click();
    expect(await youth.isChecked()).toBe(true);
    const sort = page.getByRole('combobox', { name: 'Sorter etter' });
    await sort.selectOption('RATING');
    expect(await sort.inputValue()).toBe('RATING');
    expect(await youth.isChecked()).toBe(true);
    expect(await count()).toBe(all);

    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect.poll(() => new URL(page.url()).searchParams.getAll('malgruppe')).toEqual(['YOUTH']);
    expect(new URL(page.url()).searchParams.get('sorter')).toBe('RATING');
    release();
    await expect.poll(count).toBeLessThan(all);
    expect(await youth.isChecked()).toBe(true);
    expect(await sort.inputValue()).toBe('RATING');
    await context.close();
  });

  it('says clearly when nothing is found, with suggestions', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.bodo');
    await page.goto('/?q=blåbærsyltetøyfabrikk');
    await page.getByRole('heading', { name: 'Ingen praksiser passet til «blåbærsyltetøyfabrikk»' }).waitFor();
    expect(await page.getByText(/Sjekk stavemåten/).isVisible()).toBe(true);
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('never shows an older answer after a newer one', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    // Hold back the answer to the first query until the second has been shown.
    let releaseFirst: () => void = () => {};
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (body?.variables?.query === 'bolig') await firstHeld;
      await route.continue();
    });
    await page.goto('/?q=bolig');
    await page.goto('/?q=ips');
    const firstHit = page.getByRole('list', { name: 'Treff' }).getByRole('link').first();
    await expect.poll(() => firstHit.textContent()).toBe('Individuell jobbstøtte (IPS)');
    releaseFirst();
    await page.waitForTimeout(300);
    expect(await firstHit.textContent()).toBe('Individuell jobbstøtte (IPS)');
    await context.close();
  });

  it('explains a lost connection in Norwegian and recovers', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).fill('kvp');
    await page.getByText('Vi får ikke kontakt med Praksisbanken. Sjekk nettforbindelsen og prøv igjen.').waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Treff' }).getByRole('link').first().textContent()).toBe('Kvalifiseringsprogrammet (KVP)');
    await context.close();
  });

  it('sends someone whose token has expired to the login page with a message', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByText(/^\d+ praksiser$/).waitFor();
    await page.evaluate(() => localStorage.setItem('praksisbanken.token', 'expired.token.value'));
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).fill('bolig');
    await page.getByText('Økten din er utløpt. Logg inn på nytt for å fortsette.').first().waitFor();
    await context.close();
  });
});
