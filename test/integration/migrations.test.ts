import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';

describe('migrations', () => {
  const running = useTestApp({ seed: false });

  it('bring the database exactly to what the entities describe (run `npm run migration:create` if not)', async () => {
    expect(await running.app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, dropTables: false })).toBe('');
  });
});
