// Request-scoped batch loaders over the features' read modules: every field that follows a relation
// goes through one of these, so a list costs the same number of SQL statements whatever its size.
// They hold plain rows, never entities.
import DataLoader from 'dataloader';
import { adoptionsOfOffices, adoptionsOfPractices, historyOfAdoptions } from '../adoptions/adoptions.queries.js';
import type { Viewer } from '../auth/identity.js';
import { itemsOfCollections } from '../collections/collections.queries.js';
import type { Db } from '../db/read-db.js';
import { contextsOfOffices } from '../indicators/office-context.queries.js';
import { supportedBy } from '../knowledge-needs/knowledge-needs.queries.js';
import { officesByEnhetsnummer, officesInRegions, regionsByCode } from '../offices/offices.queries.js';
import { practiceDetailsById, practicesById } from '../practices/practices.queries.js';
import type { RatingType } from '../ratings/rating.types.js';
import { ratingPages, ratingsByUser, type RatingScope } from '../ratings/ratings.queries.js';
import type { Connection } from './pagination.js';

/** One row per key, or null where there is none. */
function byKey<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map((await load(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** Every row of each key, in the order the query gives them. */
function groupedBy<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await load(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

export interface RatingPageKey {
  scope: RatingScope;
  parent: string;
  first: number;
  after?: string | null;
}

/** Pages of ratings under many parents: one statement for all parents asking for the same page. */
function ratingPageLoader(db: Db) {
  return new DataLoader<RatingPageKey, Connection<RatingType>, string>(
    async (keys) => {
      const batches = new Map<string, RatingPageKey[]>();
      for (const key of keys) {
        const batch = `${key.scope}|${key.first}|${key.after ?? ''}`;
        (batches.get(batch) ?? batches.set(batch, []).get(batch)!).push(key);
      }
      const pages = new Map<RatingPageKey, Connection<RatingType>>();
      await Promise.all(
        [...batches.values()].map(async (batch) => {
          const { scope, first, after } = batch[0];
          const found = await ratingPages(db, scope, [...new Set(batch.map((key) => key.parent))], { first, after });
          for (const key of batch) pages.set(key, found.get(key.parent)!);
        }),
      );
      return keys.map((key) => pages.get(key)!);
    },
    { cacheKeyFn: (key) => `${key.scope}|${key.parent}|${key.first}|${key.after ?? ''}` },
  );
}

export function createLoaders(db: Db, viewer: Viewer | null) {
  return {
    region: byKey((codes: readonly string[]) => regionsByCode(db, codes), (region) => region.code),
    office: byKey((numbers: readonly string[]) => officesByEnhetsnummer(db, numbers), (office) => office.enhetsnummer),
    officeContext: byKey((numbers: readonly string[]) => contextsOfOffices(db, numbers), (context) => context.enhetsnummer),
    officesByRegion: groupedBy((codes: readonly string[]) => officesInRegions(db, codes), (office) => office.region.code),
    practice: byKey((ids: readonly string[]) => practicesById(db, ids), (practice) => practice.id),
    practiceDetails: byKey((ids: readonly string[]) => practiceDetailsById(db, ids), (details) => details.id),
    adoptionsByPractice: groupedBy((ids: readonly string[]) => adoptionsOfPractices(db, ids), (adoption) => adoption.practiceId),
    adoptionHistory: groupedBy((ids: readonly string[]) => historyOfAdoptions(db, ids), (change) => change.adoptionId),
    adoptionsByOffice: groupedBy((numbers: readonly string[]) => adoptionsOfOffices(db, numbers), (adoption) => adoption.office.enhetsnummer),
    myRating: byKey(
      (ids: readonly string[]) => (viewer ? ratingsByUser(db, viewer.id, ids) : Promise.resolve([])),
      (rating) => rating.practiceId,
    ),
    ratingPage: ratingPageLoader(db),
    collectionItems: groupedBy((ids: readonly string[]) => itemsOfCollections(db, ids), (item) => item.collectionId),
    mySupport: new DataLoader<string, boolean>(async (needIds) => {
      const supported = viewer ? await supportedBy(db, viewer.id, needIds) : new Set<string>();
      return needIds.map((id) => supported.has(id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
