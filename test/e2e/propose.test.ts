// A caseworker proposes a practice; the director of their region publishes it. Chromium against
// the built client served by the real app.
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

describe('proposing and publishing a practice', () => {
  const e2e = useE2E();
  const title = 'Lunsjtreff for nyansatte veiledere';

  it('a caseworker proposes a draft, with Norwegian messages next to fields left wrong', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('link', { name: 'Foreslå praksis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Foreslå en praksis' }).waitFor();
    await e2e.expectAccessible(page);

    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await page.getByText('Skriv en tittel').first().waitFor();
    await e2e.expectAccessible(page);

    await page.getByLabel('Tittel').fill(title);
    await page.getByLabel('Kort oppsummering').fill('Nye veiledere møter erfarne kolleger over lunsj hver fredag.');
    await page.getByLabel('Beskrivelse').fill('## Slik gjør vi det\nEn erfaren veileder tar med seg to nye.');
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await page.waitForURL(/\/praksis\/lunsjtreff-for-nyansatte-veiledere$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('Utkast').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Slik gjør vi det' }).isVisible()).toBe(true);
    await e2e.expectAccessible(page);

    await page.getByRole('link', { name: 'Rediger utkastet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rediger praksis' }).waitFor();
    await e2e.expectAccessible(page);
    await page.getByLabel('Kort oppsummering').fill('Nye veiledere møter erfarne kolleger over lunsj hver fredag i kantinen.');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.waitForURL(/\/praksis\/lunsjtreff-for-nyansatte-veiledere$/);
    await page.getByText(/hver fredag i kantinen/).first().waitFor();
    await context.close();
  });

  it('the director of the region sees the draft and publishes it; then everyone finds it', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    await page.getByRole('link', { name: 'Utkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utkast' }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    await e2e.expectAccessible(page);
    const row = page.locator('li', { has: page.getByRole('link', { name: title }) });
    await row.getByRole('button', { name: 'Publiser' }).click();
    await page.getByText(`«${title}» er publisert`).waitFor();
    await context.close();

    const reader = await e2e.newPage();
    await e2e.signIn(reader.page, 'veileder.bodo');
    await reader.page.getByRole('searchbox', { name: 'Søk i praksiser' }).fill('lunsjtreff');
    await expect
      .poll(async () => reader.page.getByRole('list', { name: 'Treff' }).getByRole('link', { name: title }).count(), { timeout: 10_000 })
      .toBe(1);
    await reader.context.close();
  });

  it('a director of another region does not see the draft', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto('/foresla');
    await page.getByLabel('Tittel').fill('Utkast som bare Buskerud ser');
    await page.getByLabel('Kort oppsummering').fill('Til intern vurdering.');
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await page.waitForURL(/\/praksis\/utkast-som-bare-buskerud-ser$/);
    await context.close();

    const other = await e2e.newPage();
    await e2e.signIn(other.page, 'fylkesdirektor.nordland');
    await other.page.goto('/utkast');
    await other.page.getByRole('heading', { level: 1, name: 'Utkast' }).waitFor();
    expect(await other.page.getByRole('link', { name: 'Utkast som bare Buskerud ser' }).count()).toBe(0);
    // The draft is answered as not found: its address confirms nothing to those who may not see it.
    await other.page.goto('/praksis/utkast-som-bare-buskerud-ser');
    await other.page.getByRole('heading', { level: 1, name: 'Fant ikke praksisen' }).waitFor();
    await other.page.getByText(/et utkast som ikke er publisert/).waitFor();
    await e2e.expectAccessible(other.page);
    await other.context.close();
  });

  it('shows a clear page for an address that does not exist', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto('/finnes/ikke');
    await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
    await e2e.expectAccessible(page);
    await context.close();
  });
});
