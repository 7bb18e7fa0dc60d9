import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import type { Tables } from '../db/tables.js';
import { NEVER_PUBLISHED } from '../practices/practices.queries.js';
import { MATCH_END, MATCH_START, type SearchDocument } from './search.types.js';

/**
 * The text without the characters the engines mark matches with: input refuses them, but a text
 * stored otherwise must not be able to inject <mark> into a highlight.
 */
export const withoutMatchMarkers = (text: RawBuilder<unknown>) => sql<string>`translate(${text}, ${MATCH_START + MATCH_END}, '')`;

/** The search documents of the practices `p` (with origin office `origin`) that meet the condition. */
const selectDocuments = (where: RawBuilder<SqlBool>) => sql<SearchDocument>`
  select p.id, p.slug, ${withoutMatchMarkers(sql.ref('p.title'))} as title, ${withoutMatchMarkers(sql.ref('p.summary'))} as summary,
    p.description as body, p.themes, p.target_groups as "targetGroups",
    p.evidence_level as "evidenceLevel", p.status, origin.region_code as "originRegionCode", p.author_id as "authorId",
    not ${NEVER_PUBLISHED} as "everPublished",
    p.rating_average as "ratingAverage", p.rating_count as "ratingCount", p.adoption_count as "adoptionCount",
    (extract(epoch from p.created_at) * 1000)::float8 as "createdAt",
    coalesce((select array_agg(distinct o.region_code order by o.region_code)
              from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
              where a.practice_id = p.id and a.status = any(${ACTIVE_ADOPTION_STATUSES}::text[])),
             '{}') as "regionCodes"
  from practice p join office origin on origin.enhetsnummer = p.origin_office_enhetsnummer
  where ${where}`;

/** The search documents of these practices, as PostgreSQL holds them now; missing ids are left out. */
export async function loadSearchDocuments(db: Kysely<Tables>, ids: string[]): Promise<SearchDocument[]> {
  return (await selectDocuments(sql`p.id = any(${ids}::uuid[])`).execute(db)).rows;
}

/** Every search document, a batch at a time in id order: for rebuilding an index. */
export async function* allSearchDocuments(db: Kysely<Tables>, batchSize = 500): AsyncGenerator<SearchDocument[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows: batch } = await sql<SearchDocument>`${selectDocuments(sql`p.id > ${after}::uuid`)} order by p.id limit ${batchSize}`.execute(db);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1].id;
  }
}
