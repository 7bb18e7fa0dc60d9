/// <reference lib="dom" />
// The page paints before the client's code has loaded: web/index.html carries the header the app
// draws first. It must look the same as the app's own header, or the page would jump when the app
// takes over. And a signed-in user's page starts from the profile kept beside the token.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PROFILE_STORAGE_KEY, TOKEN_STORAGE_KEY } from '../../web/src/auth/token-store.js';
import { useE2E } from './support/e2e-app.js';

async function header(page: Page) {
  const banner = page.locator('header').first();
  const title = banner.getByRole('link', { name: 'Praksisbanken' });
  await title.waitFor();
  return {
    banner: await banner.boundingBox(),
    title: await title.boundingBox(),
    background: await banner.evaluate((element) => getComputedStyle(element).backgroundColor),
    color: await title.evaluate((element) => getComputedStyle(element).color),
  };
}

describe('the page before the client has started', () => {
  const e2e = useE2E();

  it('shows the same header as the app, in the same place', async () => {
    const withoutScript = await e2e.browser.newContext({ baseURL: e2e.app.url, javaScriptEnabled: false });
    const shell = await withoutScript.newPage();
    await shell.goto('/logg-inn');
    const before = await header(shell);
    await withoutScript.close();

    const { context, page } = await e2e.newPage();
    await page.goto('/logg-inn');
    await page.getByRole('heading', { level: 1, name: 'Logg inn i Praksisbanken' }).waitFor();
    const after = await header(page);
    await context.close();

    expect(before.banner!.height).toBeGreaterThan(0);
    expect(before).toEqual(after);
  });
});

describe('a returning user', () => {
  const e2e = useE2E();

  it('gets their page without first waiting for the API to say who they are, and is still asked', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).waitFor();

    // Who the user is stays unanswered; the page's own search goes through.
    const held: Route[] = [];
    const holdMe = (route: Route) => (/query Me\b/.test(route.request().postData() ?? '') ? void held.push(route) : route.continue());
    await page.route('**/graphql', holdMe);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /praksiser/ }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mitt kontor' }).count()).toBe(1);
    // ...and the client did ask, to notice an expired token or a changed role.
    expect(held).toHaveLength(1);
    await Promise.all(held.map((route) => route.continue()));
    await page.unroute('**/graphql', holdMe);
    await context.close();
  });

  it('has the practice asked for beside the code of the practice page, not after it, and only once', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).waitFor();

    // The page's code is held back; the question for the practice goes out all the same.
    const heldCode: Route[] = [];
    const holdCode = (route: Route) => void heldCode.push(route);
    await page.route(/\/assets\/PracticePage-[^/]+\.js$/, holdCode);
    let timesAsked = 0;
    page.on('request', (request) => {
      if (/query PracticePage\b/.test(request.postData() ?? '')) timesAsked++;
    });
    const asked = page.waitForRequest((request) => /query PracticePage\b/.test(request.postData() ?? ''));
    await page.goto('/praksis/midlertidig-lonnstilskudd');
    await asked;
    expect(heldCode.length).toBeGreaterThan(0);
    await Promise.all(heldCode.map((route) => route.continue()));
    await page.unroute(/\/assets\/PracticePage-[^/]+\.js$/, holdCode);
    await page.getByRole('heading', { level: 1, name: 'Midlertidig lønnstilskudd' }).waitFor();
    // The page reads the answer it was given before it rendered: it does not ask a second time.
    await page.getByRole('heading', { level: 2, name: 'Her brukes den' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(timesAsked).toBe(1);
    await context.close();
  });

  it('whose token the API no longer accepts is sent to sign in again, and the kept profile is dropped', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).waitFor();
    await page.evaluate((key) => localStorage.setItem(key, 'not-a-token'), TOKEN_STORAGE_KEY);
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/logg-inn');
    await page.getByRole('heading', { level: 1, name: 'Logg inn i Praksisbanken' }).waitFor();
    expect(await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [TOKEN_STORAGE_KEY, PROFILE_STORAGE_KEY])).toEqual([null, null]);
    await context.close();
  });
});
