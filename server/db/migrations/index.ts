import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123021841 } from './Migration20261123021841.js';

// Every migration, in order. The list is explicit so the app needs no file globbing at run time.
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123021841', class: Migration20261123021841 },
];
