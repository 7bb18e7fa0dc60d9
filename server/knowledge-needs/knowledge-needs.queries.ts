// Knowledge needs, their supporters and the searches that found nothing, as plain rows.
import { sql, type SqlBool } from 'kysely';
import type { Db } from '../db/read-db.js';
import { afterValues, connectionOf, type Connection, type CursorKey } from '../graphql/pagination.js';
import type { Theme } from '../practices/vocabulary.js';
import { KnowledgeNeedOrder } from './knowledge-need.inputs.js';
import type { KnowledgeNeedType, SearchGap } from './knowledge-need.types.js';

function needs(db: Db) {
  return db
    .selectFrom('knowledge_need as n')
    .select([
      'n.id',
      'n.title',
      'n.description',
      sql<Theme[]>`n.themes`.as('themes'),
      'n.support_count as supportCount',
      'n.answered_at as answeredAt',
      'n.created_at as createdAt',
      'n.region_code as regionCode',
      'n.author_id as authorId',
      'n.answered_by_id as answeredById',
    ]);
}

export const needById = (db: Db, id: string): Promise<KnowledgeNeedType | undefined> =>
  needs(db).where('n.id', '=', id).executeTakeFirst();

export const NEED_ORDERS: Record<KnowledgeNeedOrder, { column: 'n.support_count' | 'n.created_at'; keys: CursorKey[]; keysOf: (need: KnowledgeNeedType) => unknown[] }> = {
  [KnowledgeNeedOrder.SUPPORT]: { column: 'n.support_count', keys: ['number', 'uuid'], keysOf: (need) => [need.supportCount, need.id] },
  [KnowledgeNeedOrder.NEWEST]: { column: 'n.created_at', keys: ['timestamp', 'uuid'], keysOf: (need) => [need.createdAt, need.id] },
};

export async function listNeeds(
  db: Db,
  request: { regionCode?: string; order: KnowledgeNeedOrder; first: number; after?: string | null },
): Promise<Connection<KnowledgeNeedType>> {
  const order = NEED_ORDERS[request.order];
  const where = request.regionCode ? sql<SqlBool>`n.region_code = ${request.regionCode}` : sql<SqlBool>`true`;
  const cursor = afterValues(request.after);
  const after = cursor ? sql<SqlBool>`(${sql.ref(order.column)}, n.id) < (${cursor[0]}, ${cursor[1]})` : sql<SqlBool>`true`;
  const [rows, { total }] = await Promise.all([
    needs(db).where(sql<SqlBool>`${where} and ${after}`).orderBy(order.column, 'desc').orderBy('n.id', 'desc').limit(request.first + 1).execute(),
    db.selectFrom('knowledge_need as n').select(sql<number>`count(*)::int`.as('total')).where(where).executeTakeFirstOrThrow(),
  ]);
  return connectionOf(rows, request.first, total, order.keysOf);
}

/** Which of these needs the user supports. */
export async function supportedBy(db: Db, userId: string, needIds: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('knowledge_need_support')
    .select('need_id')
    .where('user_id', '=', userId)
    .where('need_id', '=', sql<string>`any(${[...needIds]}::uuid[])`)
    .execute();
  return new Set(rows.map((row) => row.need_id));
}

/** The region's searches that found nothing since a date, grouped by what was typed. */
export function searchGaps(db: Db, regionCode: string, since: Date): Promise<SearchGap[]> {
  return db
    .selectFrom('search_miss')
    .select(['query', sql<number>`count(*)::int`.as('count'), sql<Date>`max(searched_at)`.as('lastSearchedAt')])
    .where('region_code', '=', regionCode)
    .where('searched_at', '>=', since)
    .groupBy('query')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`max(searched_at)`, 'desc')
    .limit(100)
    .execute();
}
