/// <reference lib="dom" />
// The office scorecard and "Hvem lykkes?": a caseworker reads the office's scorecard as a table and
// a chart; a director finds the offices that beat expectations on an outcome indicator and opens a
// practice they use; the import page refuses a bad file with its lines. Chromium against the built
// client served by the real app.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

describe('result indicators in the web client', () => {
  const e2e = useE2E();

  it("shows an office's scorecard: every indicator against expected and the region's median, as a table and over time", async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'veileder.drammen');
    await page.getByRole('link', { name: 'Mitt kontor' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Nav Drammen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Målekort' }).waitFor();
    const latest = page.getByRole('table', { name: 'Siste måned for hver indikator' });
    await latest.waitFor();
    expect(await latest.getByRole('row').count()).toBe(21);
    expect(await latest.getByRole('rowheader', { name: /Andel i jobb tre måneder etter/ }).isVisible()).toBe(true);
    expect(await page.getByText('Verdiene på målekortet er demodata').isVisible()).toBe(true);

    await page.getByLabel('Vis en indikator over tid').selectOption({ label: 'I arbeid etter kvalifiseringsprogrammet' });
    await page.getByRole('heading', { level: 3, name: 'I arbeid etter kvalifiseringsprogrammet' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'I arbeid etter kvalifiseringsprogrammet' }).scrollIntoViewIfNeeded();
    await page.locator('.recharts-surface').first().waitFor();
    await page.getByRole('button', { name: 'Vis som tabell' }).click();
    const months = page.getByRole('table', { name: 'I arbeid etter kvalifiseringsprogrammet per måned' });
    expect(await months.getByRole('row').count()).toBe(25);
    expect(await months.getByRole('columnheader', { name: 'Median i fylket' }).isVisible()).toBe(true);

    await page.getByRole('heading', { level: 2, name: 'Kontorets forhold og kontorer som ligner' }).waitFor();
    expect(await page.getByRole('list').filter({ hasText: /lik (størrelse|sentralitet|ledighet|antall ansatte|organisering)/ }).count()).toBe(1);
    await e2e.expectAccessible(page);
    // At 320 CSS pixels the wide tables scroll inside their own boxes; the page does not.
    await page.setViewportSize({ width: 320, height: 800 });
    // (The chart follows its box a frame later, as ResizeObserver reports it.)
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5_000 }).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Search can keep to practices used at offices like this one.
    await page.getByRole('link', { name: 'Søk' }).first().click();
    const count = page.getByRole('heading', { level: 2, name: /\d+ praksis/ });
    const shown = async () => Number((await count.textContent())!.match(/(\d+) praksis/)![1]);
    const all = await shown();
    await page.getByRole('checkbox', { name: 'Brukt ved kontorer som ligner mitt' }).check();
    await page.waitForURL(/som-mitt-kontor=ja/);
    await expect.poll(shown, { timeout: 10_000 }).toBeLessThan(all);
    expect(await shown()).toBeGreaterThan(0);
  });

  it('"Hvem lykkes?" ranks offices on outcome indicators against expected and leads to the practices they use', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    await page.getByRole('link', { name: 'Hvem lykkes?' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Hvem lykkes?' }).waitFor();
    expect(await page.getByText(/bygger bare på resultatindikatorer/).isVisible()).toBe(true);
    // Only outcome indicators can be chosen.
    const options = await page.getByLabel('Resultatindikator').locator('option').allTextContents();
    expect(options).toContain('I arbeid etter kvalifiseringsprogrammet');
    expect(options).not.toContain('Tid til første aktivitetsplan');

    await page.getByLabel('Resultatindikator').selectOption({ label: 'I arbeid etter kvalifiseringsprogrammet' });
    await page.getByLabel('Periode').selectOption({ label: 'Siste 24 måneder' });
    await page.getByRole('heading', { level: 2, name: 'Best i Buskerud' }).waitFor();
    const country = page.getByRole('region', { name: 'Best i landet' });
    await country.getByRole('listitem').first().waitFor();
    expect(await country.locator('ol > li').count()).toBe(5);
    expect(await page.getByText('Verdiene i rangeringen er demodata').isVisible()).toBe(true);
    expect(await country.locator('ol > li').first().textContent()).toMatch(/bedre enn forventet/);
    await e2e.expectAccessible(page);

    // One click from a leading office to a practice it uses.
    const practice = page.getByRole('region', { name: /^Best i / }).locator('a[href^="/praksis/"]').first();
    const title = (await practice.textContent())!;
    await practice.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Resultater ved kontorer som bruker den' }).waitFor();
    expect(await page.getByText(/viser ikke at praksisen er årsaken/).isVisible()).toBe(true);
    await e2e.expectAccessible(page);
  });

  it('refuses a file with errors on the import page, naming the lines, and loads a good one', async () => {
    const { page } = await e2e.newPage();
    await e2e.signIn(page, 'fylkesdirektor.buskerud');
    await page.goto('/hvem-lykkes/last-inn');
    await page.getByRole('heading', { level: 1, name: 'Last inn indikatorverdier' }).waitFor();
    const folder = await mkdtemp(path.join(tmpdir(), 'indicator-import-'));
    const bad = path.join(folder, 'feil.csv');
    await writeFile(bad, 'enhetsnummer;indikator;måned;faktisk;forventet\n0602;ARBEIDSINDIKATOR;2026-01;54,2;51\n0602;UKJENT;2026-01;1;1\n');
    await page.getByLabel('CSV-fil').setInputFiles(bad);
    await page.getByRole('button', { name: 'Last inn' }).click();
    await page.getByRole('heading', { name: 'Ingenting ble lagret' }).waitFor();
    const errors = page.getByRole('table', { name: 'Rader med feil' });
    expect(await errors.getByRole('row').nth(1).textContent()).toMatch(/^3indikatorFant ingen indikator med koden «UKJENT»/);
    await e2e.expectAccessible(page);

    const good = path.join(folder, 'riktig.csv');
    await writeFile(good, 'enhetsnummer;indikator;måned;faktisk;forventet\n0602;ARBEIDSINDIKATOR;2026-01;54,2;51\n');
    await page.getByLabel('CSV-fil').setInputFiles(good);
    await page.getByRole('button', { name: 'Last inn' }).click();
    await page.getByRole('heading', { name: 'Verdiene er lastet inn' }).waitFor();
    expect(await page.getByText('1 rader for 1 kontorer og 1 indikatorer, 2026-01 til 2026-01.').isVisible()).toBe(true);
  });
});
