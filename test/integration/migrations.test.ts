import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('migrations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: false });
  });
  afterAll(() => app.close());

  it('bring the database exactly to what the entities describe (run `npm run migration:create` if not)', async () => {
    expect(await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
  });
});
