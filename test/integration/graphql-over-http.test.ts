// The GraphQL-over-HTTP audit suite of the graphql-http package, against our endpoint with a
// signed-in user's token. Every MUST passes; SHOULDs we do not meet are listed with the reason.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** SHOULDs we deliberately do not follow, and why. (MAYs are optional and not checked.) */
const EXPLAINED_SHOULDS: Record<string, string> = {
  // Apollo Server answers a request that cannot be executed with 400 for every client, also those
  // accepting plain application/json; the spec's 200 there exists for legacy clients, and a 4xx
  // is what our own client and monitoring expect. GETs are refused without a CSRF-safe header,
  // which is why the optional GET audits (MAY) fail.
  '572B': 'parse failures are 400, not 200, for application/json',
  FDE2: 'validation failures are 400, not 200, for application/json',
  '7B9B': 'variable coercion failures are 400, not 200, for application/json',
};

describe('GraphQL over HTTP', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    token = await app.tokenFor({ subject: 'audit', name: 'Audit', role: 'RESEARCHER' as never });
  });
  afterAll(() => app.close());

  it('passes every MUST of the audit suite, and every SHOULD but the explained ones', async () => {
    const audits = serverAudits({
      url: `${app.url}/graphql`,
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    expect(audits.length).toBeGreaterThan(20);
    const failures: string[] = [];
    const shoulds: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === 'ok') continue;
      const line = `${audit.id} ${audit.name}: ${result.reason}`;
      if (audit.name.startsWith('MUST')) failures.push(line);
      else if (audit.name.startsWith('SHOULD') && !EXPLAINED_SHOULDS[audit.id]) shoulds.push(line);
    }
    expect(failures).toEqual([]);
    expect(shoulds).toEqual([]);
  });
});
