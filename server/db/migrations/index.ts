import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123021841 } from './Migration20261123021841.js';
import { Migration20261123023500_norwegian_title_order } from './Migration20261123023500_norwegian_title_order.js';
import { Migration20261123023807_search } from './Migration20261123023807_search.js';
import { Migration20261123030016_collections } from './Migration20261123030016_collections.js';
import { Migration20261123032927_knowledge_needs } from './Migration20261123032927_knowledge_needs.js';
import { Migration20261123033225_rating_indexes } from './Migration20261123033225_rating_indexes.js';
import { Migration20261123050000_search_changed_notifications } from './Migration20261123050000_search_changed_notifications.js';
import { Migration20261201200000_aggregates_by_delta } from './Migration20261201200000_aggregates_by_delta.js';
import { Migration20261201210000_rate_limit } from './Migration20261201210000_rate_limit.js';
import { Migration20261210000000_archived_never_published } from './Migration20261210000000_archived_never_published.js';
import { Migration20261212000000_rating_rollup } from './Migration20261212000000_rating_rollup.js';
import { Migration20261215000000_search_outbox_tasks } from './Migration20261215000000_search_outbox_tasks.js';
import { Migration20261217000000_evidence_model } from './Migration20261217000000_evidence_model.js';
import { Migration20261218000000_rating_demo_count } from './Migration20261218000000_rating_demo_count.js';
import { Migration20261216000000_indicators } from './Migration20261216000000_indicators.js';
import { Migration20261219000000_outcome_indicators } from './Migration20261219000000_outcome_indicators.js';
import { Migration20261220000000_catalogue_corrections } from './Migration20261220000000_catalogue_corrections.js';

// Every migration, in order. The list is explicit so the app needs no file globbing at run time.
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123021841', class: Migration20261123021841 },
  { name: 'Migration20261123023500_norwegian_title_order', class: Migration20261123023500_norwegian_title_order },
  { name: 'Migration20261123023807_search', class: Migration20261123023807_search },
  { name: 'Migration20261123030016_collections', class: Migration20261123030016_collections },
  { name: 'Migration20261123032927_knowledge_needs', class: Migration20261123032927_knowledge_needs },
  { name: 'Migration20261123033225_rating_indexes', class: Migration20261123033225_rating_indexes },
  { name: 'Migration20261123050000_search_changed_notifications', class: Migration20261123050000_search_changed_notifications },
  { name: 'Migration20261201200000_aggregates_by_delta', class: Migration20261201200000_aggregates_by_delta },
  { name: 'Migration20261201210000_rate_limit', class: Migration20261201210000_rate_limit },
  { name: 'Migration20261210000000_archived_never_published', class: Migration20261210000000_archived_never_published },
  { name: 'Migration20261212000000_rating_rollup', class: Migration20261212000000_rating_rollup },
  { name: 'Migration20261215000000_search_outbox_tasks', class: Migration20261215000000_search_outbox_tasks },
  { name: 'Migration20261216000000_indicators', class: Migration20261216000000_indicators },
  { name: 'Migration20261217000000_evidence_model', class: Migration20261217000000_evidence_model },
  { name: 'Migration20261218000000_rating_demo_count', class: Migration20261218000000_rating_demo_count },
  { name: 'Migration20261219000000_outcome_indicators', class: Migration20261219000000_outcome_indicators },
  { name: 'Migration20261220000000_catalogue_corrections', class: Migration20261220000000_catalogue_corrections },
];
