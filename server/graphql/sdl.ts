import { lexicographicSortSchema, printSchema } from 'graphql';
import { fileURLToPath } from 'node:url';
import { buildApiSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

const HEADER =
  '# Generated from the code by `npm run schema`; do not edit. A test fails when it drifts.\n' +
  '# This is the development schema: production has no `devLogin`.\n\n';

export async function printApiSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildApiSchema({ devLogin: true }))) + '\n';
}
