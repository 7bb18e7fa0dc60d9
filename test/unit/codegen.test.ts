import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

describe('the web client\'s generated GraphQL types', () => {
  it('match schema/schema.graphql and the operations (run `npm run codegen` if not)', async () => {
    const outputs = await generate({ ...config, silent: true, verbose: false }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const onDisk = await readFile(path.resolve(output.filename), 'utf8').catch(() => '');
      expect(onDisk, output.filename).toBe(output.content);
    }
  });
});
