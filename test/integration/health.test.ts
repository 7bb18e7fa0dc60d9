import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';

describe('GET /healthz', () => {
  const running = useTestApp({ seed: false });

  it("answers with the database's state", async () => {
    const response = await fetch(`${running.app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { state: 'up' } });
  });
});
