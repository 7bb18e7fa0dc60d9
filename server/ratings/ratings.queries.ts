// Ratings as plain rows with the rater's office (and region) and name, built as JSON by PostgreSQL:
// a page of ratings for many practices or offices at once is one statement.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/read-db.js';
import { afterValues, connectionOf, type Connection } from '../graphql/pagination.js';
import type { RatingType } from './rating.types.js';

/** A rating `r` as JSON, with its office `o`, region `g` and author `u` (see RATING_JOINS). */
export const RATING_JSON = sql`json_build_object(
  'id', r.id, 'score', r.score, 'usefulness', r.usefulness, 'transferability', r.transferability,
  'observedEffect', r.observed_effect, 'comment', r.comment, 'demo', r.demo, 'createdAt', r.created_at, 'updatedAt', r.updated_at,
  'practiceId', r.practice_id,
  'office', case when o.enhetsnummer is null then null else json_build_object('enhetsnummer', o.enhetsnummer,
    'name', o.name, 'municipalities', o.municipalities, 'region', json_build_object('code', g.code, 'name', g.name)) end,
  'author', json_build_object('name', u.name, 'role', u.role))`;

export const RATING_JOINS = sql`left join app_user u on u.id = r.user_id
  left join office o on o.enhetsnummer = r.office_enhetsnummer left join region g on g.code = o.region_code`;

export type RatingJson = Omit<RatingType, 'createdAt' | 'updatedAt'> & { createdAt: string; updatedAt: string };

export const toRating = (json: RatingJson): RatingType => ({ ...json, createdAt: new Date(json.createdAt), updatedAt: new Date(json.updatedAt) });

/** The viewer's own rating of each practice, if any. */
export async function ratingsByUser(db: Db, userId: string, practiceIds: readonly string[]): Promise<RatingType[]> {
  const { rows } = await sql<{ rating: RatingJson }>`select ${RATING_JSON} as rating from rating r ${RATING_JOINS}
    where r.user_id = ${userId} and r.practice_id = any(${[...practiceIds]}::uuid[])`.execute(db);
  return rows.map((row) => toRating(row.rating));
}

export type RatingScope = 'practice' | 'office';

const SCOPE_COLUMN: Record<RatingScope, RawBuilder<unknown>> = {
  practice: sql`r.practice_id`,
  office: sql`r.office_enhetsnummer`,
};
const SCOPE_KEYS: Record<RatingScope, RawBuilder<unknown>> = {
  practice: sql`uuid[]`,
  office: sql`text[]`,
};

export const RATING_CURSOR_KEYS = ['timestamp', 'uuid'] as const;

/**
 * A page of ratings, newest first, for each of several practices (or offices) at once, each with
 * its total: one statement, whatever the number of parents.
 */
export async function ratingPages(
  db: Db,
  scope: RatingScope,
  parents: readonly string[],
  page: { first: number; after?: string | null },
): Promise<Map<string, Connection<RatingType>>> {
  const column = SCOPE_COLUMN[scope];
  const cursor = afterValues(page.after);
  const after = cursor ? sql`and (r.updated_at, r.id) < (${cursor[0]}::timestamptz, ${cursor[1]}::uuid)` : sql``;
  const { rows } = await sql<{ parent: string; total: number; ratings: RatingJson[] }>`
    select k.parent,
      (select count(*)::int from rating r where ${column} = k.parent) as total,
      coalesce((select json_agg(x.rating order by x.updated_at desc, x.id desc) from (
        select r.updated_at, r.id, ${RATING_JSON} as rating from rating r ${RATING_JOINS}
        where ${column} = k.parent ${after}
        order by r.updated_at desc, r.id desc limit ${page.first + 1}) x), '[]') as ratings
    from unnest(${[...parents]}::${SCOPE_KEYS[scope]}) as k(parent)`.execute(db);
  return new Map(
    rows.map((row) => [row.parent, connectionOf(row.ratings.map(toRating), page.first, row.total, (r) => [r.updatedAt, r.id])]),
  );
}
