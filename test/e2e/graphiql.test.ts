// Researchers try queries in the GraphQL explorer at /graphiql, with their token.
import { describe, expect, it } from 'vitest';
import { useE2E } from './support/e2e-app.js';

describe('the GraphQL explorer', () => {
  const e2e = useE2E();

  it('is served by the app (no CDN) and runs a query with the signed-in researcher’s token', async () => {
    const { context, page } = await e2e.newPage();
    await e2e.signIn(page, 'forsker');
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(e2e.app.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) outside.push(request.url());
    });
    await page.goto('/graphiql');
    // The editor needs a moment to load the schema; run until an answer shows.
    const response = page.locator('.graphiql-response');
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: /Execute query/i }).click();
        await page.waitForTimeout(500);
        return (await response.textContent()) ?? '';
      }, { timeout: 20_000, interval: 250 })
      .toContain('adoptionTimeline');
    expect(await response.textContent()).not.toContain('UNAUTHENTICATED');
    expect(outside, outside.join(', ')).toEqual([]);
    await context.close();
  });
});
