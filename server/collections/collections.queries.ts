// Collections and their items as plain rows.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/read-db.js';
import type { CollectionItemType, CollectionType } from './collection.types.js';

function collections(db: Db, where: Expression<SqlBool>) {
  return db
    .selectFrom('collection as c')
    .select(['c.id', 'c.title', 'c.description', 'c.published_at as publishedAt', 'c.created_at as createdAt', 'c.updated_at as updatedAt', 'c.region_code as regionCode'])
    .where(where);
}

export const collectionById = (db: Db, id: string): Promise<CollectionType | undefined> =>
  collections(db, sql<SqlBool>`c.id = ${id}`).executeTakeFirst();

/** A region's collections, unpublished (newest first) before published (most recently published first). */
export const collectionsOfRegion = (db: Db, regionCode: string, withUnpublished: boolean): Promise<CollectionType[]> =>
  collections(db, withUnpublished ? sql<SqlBool>`c.region_code = ${regionCode}` : sql<SqlBool>`c.region_code = ${regionCode} and c.published_at is not null`)
    .orderBy(sql`c.published_at desc nulls first`)
    .orderBy('c.created_at', 'desc')
    .execute();

export function itemsOfCollections(db: Db, collectionIds: readonly string[]): Promise<CollectionItemType[]> {
  return db
    .selectFrom('collection_item')
    .select(['id', 'position', 'note', 'collection_id as collectionId', 'practice_id as practiceId'])
    .where('collection_id', '=', sql<string>`any(${[...collectionIds]}::uuid[])`)
    .orderBy('collection_id')
    .orderBy('position')
    .execute();
}

export const collectionItemById = (db: Db, id: string): Promise<CollectionItemType | undefined> =>
  db
    .selectFrom('collection_item')
    .select(['id', 'position', 'note', 'collection_id as collectionId', 'practice_id as practiceId'])
    .where('id', '=', id)
    .executeTakeFirst();
