/// <reference lib="dom" />
// A caseworker weighs a practice: the headline strip (effect with follow-up and comparison, the
// strands side by side, cost, kind, demo data tagged), the effect over time as a chart and as a
// table, and the evidence and gap map with its empty cells leading to a prefilled knowledge need.
// Chromium against the built client, axe clean.
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

describe('evidence a caseworker can weigh', () => {
  const e2e = useE2E();

  it('opens IPS with its headline, its effect over time as a chart and a table, and its adoption history', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto(`/praksis/individuell-jobbstotte`);
    await page.getByRole('heading', { level: 1, name: 'Individuell jobbstøtte (IPS)' }).waitFor();

    const headline = page.getByRole('region', { name: 'Kort fortalt' });
    const text = (await headline.textContent()) ?? '';
    expect(text).toMatch(/\+10,3 prosentpoeng etter 18 måneder/);
    expect(text).toContain('37,4 % mot 27,1 % i sammenligningsgruppen');
    expect(text).toContain('Styrke 5 av 5');
    expect(text).toContain('Randomisert forsøk, 2 studier');
    expect(text).toMatch(/Kontorenes erfaring(\d+,\d av 5|Ikke vurdert)/);
    expect(text).toContain('Nasjonal metode');
    expect(text).toContain('KostnadIkke oppgitt');

    // The chart is hidden from screen readers (the table says the same) and drawn only when scrolled to.
    const chart = page.getByTestId('effect-chart');
    expect(await chart.locator('svg').count()).toBe(0);
    await chart.scrollIntoViewIfNeeded();
    await chart.locator('svg.recharts-surface').first().waitFor();
    await page.getByRole('button', { name: 'Vis effekten over tid som tabell' }).click();
    const table = page.getByRole('table', { name: 'Effekt over tid' });
    await table.waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^etter 12 måneder\+9,5 prosentpoeng36,6 % mot 27,1 % i sammenligningsgruppenReme mfl\./),
      expect.stringMatching(/^etter 12 måneder\+40 prosentpoeng48 % mot 8 % i sammenligningsgruppenSveinsdottir mfl\./),
      expect.stringMatching(/^etter 18 måneder\+10,3 prosentpoeng37,4 % mot 27,1 % i sammenligningsgruppenReme mfl\./),
    ]);

    const history = page.locator('section', { has: page.getByRole('heading', { name: 'Historikk' }) });
    await history.getByRole('button', { name: /Vis \d+ endringer/ }).click();
    expect(await history.getByRole('table').getByText('Demodata').count()).toBeGreaterThan(0);
    // The seed's ratings are demo data too, and say so.
    const ratings = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vurderinger' }) });
    await expect.poll(() => ratings.getByText('Demodata').count()).toBeGreaterThan(0);
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('shows a fading effect, demo data tagged in the headline, and that a statutory practice cannot be stopped', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto(`/praksis/supported-employment-i-nav`);
    await page.getByRole('heading', { level: 1, name: 'Supported Employment i Nav' }).waitFor();
    expect(await page.getByRole('region', { name: 'Kort fortalt' }).textContent()).toContain('Ingen signifikant forskjell etter 6 år');
    await page.getByRole('button', { name: 'Vis effekten over tid som tabell' }).click();
    const months = await page.getByRole('table', { name: 'Effekt over tid' }).getByRole('rowheader').allTextContents();
    expect(months).toEqual(['etter 2 år', 'etter 3 år', 'etter 6 år']);

    await page.goto(`/praksis/jobbklubb-for-unge`);
    const headline = page.getByRole('region', { name: 'Kort fortalt' });
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/9\s000 kr per deltaker/);
    expect(await headline.getByText('Demodata').count()).toBeGreaterThanOrEqual(2);

    await page.goto(`/praksis/kvalifiseringsprogrammet`);
    const status = page.getByRole('combobox', { name: /Status for Nav Drammen/ });
    await status.waitFor();
    expect(await status.locator('option').allTextContents()).not.toContain('Avsluttet');
    expect(await page.getByRole('region', { name: 'Kort fortalt' }).textContent()).toContain('Lovpålagt eller nasjonalt program');
    // An outcome that measures a catalogue indicator in its source's words names the indicator too.
    const cohorts = (await page.getByRole('region', { name: 'Målte resultater' }).getByRole('row').allTextContents()).filter((row) =>
      row.startsWith('Andel yrkesaktive etter fullført program'),
    );
    expect(cohorts).toHaveLength(2);
    for (const row of cohorts) expect(row).toContain('Indikator: I arbeid etter kvalifiseringsprogrammet');
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('maps target groups × themes with counts and best strength, and an empty cell opens a prefilled knowledge need', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.goto('/kunnskapskart');
    await page.getByRole('heading', { level: 1, name: 'Kunnskapskart' }).waitFor();
    const map = page.getByRole('table', { name: /Kunnskapskart: tema og målgruppe, hele landet/ });
    await map.waitFor();
    const ips = page.getByRole('link', { name: /^\d+ praksis(er)?: Psykisk helse og rus, Psykiske helseproblemer og rusproblemer$/ });
    await ips.waitFor();
    const cell = map.locator('td', { has: ips });
    expect(await cell.textContent()).toContain('Forskning 5 av 5');
    await e2e.expectAccessible(page);

    await page.getByRole('combobox', { name: 'Fylke' }).selectOption({ label: 'Finnmark' });
    await page.getByRole('table', { name: /Kunnskapskart: tema og målgruppe, Finnmark/ }).waitFor();

    const gap = page.getByRole('link', { name: 'Meld kunnskapsbehov: Bolig, Sykmeldte' });
    await gap.click();
    await page.waitForURL(/\/kunnskapsbehov\?/);
    await expect.poll(() => page.getByLabel('Hva trenger dere å vite?').inputValue()).toBe('Bolig for sykmeldte');
    expect(await page.getByRole('checkbox', { name: 'Bolig' }).isChecked()).toBe(true);
    await e2e.expectAccessible(page);
    await context.close();
  });

  it('shows a director the map of their own fylke', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.nordland');
    await page.goto(`/kunnskapskart`);
    await page.getByRole('table', { name: /Kunnskapskart: tema og målgruppe, Nordland/ }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Fylke' }).inputValue()).toBe('18');
    await context.close();
  });
});
