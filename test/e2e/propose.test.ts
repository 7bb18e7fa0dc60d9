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
    // The description is drawn right after the top of the page (PracticePage.tsx).
    await page.getByRole('heading', { name: 'Slik gjør vi det' }).waitFor();
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

  it('a caseworker adds measured results: a catalogue indicator against a comparison, and a study that gives only the difference', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto('/foresla');
    await page.getByRole('heading', { level: 1, name: 'Foreslå en praksis' }).waitFor();
    await page.getByLabel('Tittel').fill('Tett oppfølging etter kvalifiseringsprogrammet');
    await page.getByLabel('Kort oppsummering').fill('Deltakerne får en fast veileder det første året etter programmet.');

    await page.getByRole('button', { name: 'Legg til resultat' }).click();
    const first = page.getByRole('group', { name: 'Resultat 1' });
    // Focus moves into the new row's first field, the indicator.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('praksis-outcomes-0-indicatorCode');
    await first.getByLabel('Indikator', { exact: true }).selectOption({ label: 'I arbeid etter kvalifiseringsprogrammet' });
    await first.getByLabel('Målgruppe').selectOption({ label: 'Langtidsmottakere av sosialhjelp' });
    await first.getByLabel('Resultat', { exact: true }).fill('31');
    await first.getByLabel('Sammenligning', { exact: true }).fill('24');
    await first.getByLabel('Enhet').fill('%');
    await first.getByLabel('Antall med praksisen').fill('80');
    await first.getByLabel('Antall i sammenligningsgruppen').fill('95');
    await first.getByLabel('Måneder etter start').fill('12');
    await first.getByLabel('Måleår').fill('2024');
    await first.getByLabel('Hvordan det er målt').selectOption('QUASI_EXPERIMENTAL');
    await first.getByLabel('Kilde', { exact: true }).fill('Drammen kommune: evaluering av tett oppfølging 2024');
    await first.getByLabel('Lenke til rapporten').fill('https://example.org/rapporter/tett-oppfolging-2024.pdf');

    await page.getByRole('button', { name: 'Legg til resultat' }).click();
    const second = page.getByRole('group', { name: 'Resultat 2' });
    await second.getByLabel('Indikator', { exact: true }).selectOption({ label: 'Annet (skriv selv)' });
    await second.getByRole('radio', { name: 'Bare forskjellen mot sammenligningsgruppen' }).check();
    await second.getByLabel('Enhet').fill('%');
    await second.getByLabel('Kilde', { exact: true }).fill('Drammen kommune: oppfølgingsstudie 2025');

    // What was measured and the difference are missing in the second row: the summary says so, by row.
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    const summary = page.locator('.aksel-error-summary');
    await summary.waitFor();
    const listed = (await summary.getByRole('link').allTextContents()).map((text) => text.trim());
    expect(listed).toEqual(['Resultat 2: Skriv hva som er målt', 'Resultat 2: Skriv forskjellen, for eksempel 12 eller −3,5']);
    await e2e.expectAccessible(page);
    await summary.getByRole('link', { name: listed[1] }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('praksis-outcomes-1-difference');

    await second.getByLabel('Forskjell', { exact: true }).fill('12');
    await second.getByLabel(/^Hva som er målt/).fill('I arbeid 24 måneder etter start');
    await second.getByLabel('Måneder etter start').fill('24');
    await page.getByRole('button', { name: 'Lagre som utkast' }).click();
    await page.waitForURL(/\/praksis\/tett-oppfolging-etter-kvalifiseringsprogrammet$/);

    const results = page.getByRole('region', { name: 'Målte resultater' });
    await results.waitFor();
    const rows = await results.getByRole('row').allTextContents();
    const linked = rows.find((row) => row.startsWith('I arbeid etter kvalifiseringsprogrammet'))!;
    expect(linked).toContain('+7 prosentpoeng');
    expect(linked).toContain('31 % mot 24 % i sammenligningsgruppen');
    expect(linked).toContain('Langtidsmottakere av sosialhjelp');
    expect(linked).toContain('Antall: 80 med praksisen, 95 i sammenligningsgruppen');
    const differenceOnly = rows.find((row) => row.startsWith('I arbeid 24 måneder etter start'))!;
    expect(differenceOnly).toContain('+12 prosentpoeng');
    expect(differenceOnly).toContain('etter 2 år');
    await e2e.expectAccessible(page);

    // The edit form gives back what was saved, and saving it unchanged keeps it.
    await page.getByRole('link', { name: 'Rediger utkastet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rediger praksis' }).waitFor();
    const editedFirst = page.getByRole('group', { name: 'Resultat 1' });
    const editedSecond = page.getByRole('group', { name: 'Resultat 2' });
    expect(await editedFirst.getByLabel('Indikator', { exact: true }).inputValue()).toBe('KVP_TO_WORK');
    expect(await editedFirst.getByLabel('Antall i sammenligningsgruppen').inputValue()).toBe('95');
    expect(await editedSecond.getByRole('radio', { name: 'Bare forskjellen mot sammenligningsgruppen' }).isChecked()).toBe(true);
    expect(await editedSecond.getByLabel('Forskjell', { exact: true }).inputValue()).toBe('12');
    await e2e.expectAccessible(page);
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.waitForURL(/\/praksis\/tett-oppfolging-etter-kvalifiseringsprogrammet$/);
    await page.getByRole('region', { name: 'Målte resultater' }).getByText('+12 prosentpoeng').waitFor();
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
