// Writes schema/schema.graphql from the code: npm run schema. A test fails when the two differ.
import { writeFile } from 'node:fs/promises';
import { printApiSchema, SCHEMA_FILE } from './sdl.js';

await writeFile(SCHEMA_FILE, await printApiSchema());
console.log(`wrote ${SCHEMA_FILE}`);
