/// <reference lib="dom" />
// The accessibility statement (tilgjengelighetserklæring) that Norwegian public web services must
// publish: linked from every page's footer, readable without signing in, accessible itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KNOWN_ISSUES } from '../../web/src/accessibility/known-issues.js';
import { useE2E } from './support/e2e-app.js';

const STATEMENT = 'Tilgjengelighetserklæring for Praksisbanken';

async function openFromFooter(page: Page) {
  await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
  await page.waitForURL((url) => url.pathname === '/tilgjengelighet');
  await page.getByRole('heading', { level: 1, name: STATEMENT }).waitFor();
}

describe('the accessibility statement', () => {
  const e2e = useE2E();

  it('is linked from the login page, says what does not conform yet and how to report a problem, and passes axe', async () => {
    const { context, page } = await e2e.newPage();
    await page.goto('/logg-inn');
    await page.getByRole('heading', { level: 1, name: 'Logg inn i Praksisbanken' }).waitFor();
    await openFromFooter(page);

    // The status follows the list of known breaches: partly in conformance while there are any.
    const status = KNOWN_ISSUES.length > 0
      ? 'Praksisbanken er delvis i samsvar med kravene til universell utforming.'
      : 'Praksisbanken er i samsvar med kravene til universell utforming, etter vår egen vurdering.';
    expect(await page.getByText(status).isVisible()).toBe(true);
    if (KNOWN_ISSUES.length === 0) expect(await page.getByText('Ingen kjente brudd nå.').isVisible()).toBe(true);
    const issues = page.getByRole('region', { name: 'Kjente brudd på kravene' }).getByRole('heading', { level: 3 });
    expect(await issues.allTextContents()).toEqual(KNOWN_ISSUES.map((issue) => issue.title));
    expect(await page.getByText(/Erklæringen ble sist kontrollert \d+\. \p{L}+ \d{4}\./u).isVisible()).toBe(true);
    const report = page.getByRole('region', { name: 'Si fra om noe ikke virker' }).getByRole('link');
    expect(await report.getAttribute('href')).toMatch(/^https:\/\/www\.nav\.no\//);
    expect(await page.getByRole('link', { name: /uustatus\.no/ }).getAttribute('href')).toMatch(/^https:\/\/www\.uustatus\.no\//);
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('is linked from the footer of a signed-in page too', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('searchbox', { name: 'Søk i praksiser' }).waitFor();
    await openFromFooter(page);
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).isVisible()).toBe(true);
    await context.close();
  });
});
