import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printApiSchema, SCHEMA_FILE } from '../../server/graphql/sdl.js';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema` after changing the API)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });
});
