import { sqlArray } from '../db/sql-array.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import type { SearchDocument } from './search.types.js';

const SELECT_DOCUMENTS = `
  select p.id, p.slug, p.title, p.summary, p.description as body, p.themes, p.target_groups as "targetGroups",
    p.evidence_level as "evidenceLevel", p.status, origin.region_code as "originRegionCode", p.author_id as "authorId",
    p.rating_average as "ratingAverage", p.rating_count as "ratingCount", p.adoption_count as "adoptionCount",
    (extract(epoch from p.created_at) * 1000)::float8 as "createdAt",
    coalesce((select array_agg(distinct o.region_code order by o.region_code)
              from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
              where a.practice_id = p.id and a.status in (${ACTIVE_ADOPTION_STATUSES.map((s) => `'${s}'`).join(', ')})),
             '{}') as "regionCodes"
  from practice p join office origin on origin.enhetsnummer = p.origin_office_enhetsnummer`;

/** The search documents of these practices, as PostgreSQL holds them now; missing ids are left out. */
export function loadSearchDocuments(em: EntityManager, ids: string[]): Promise<SearchDocument[]> {
  return em.getConnection().execute<SearchDocument[]>(`${SELECT_DOCUMENTS} where p.id = any(?::uuid[])`, [sqlArray(ids)]);
}

/** Every search document, a batch at a time in id order: for rebuilding an index. */
export async function* allSearchDocuments(em: EntityManager, batchSize = 500): AsyncGenerator<SearchDocument[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await em
      .getConnection()
      .execute<SearchDocument[]>(`${SELECT_DOCUMENTS} where p.id > ? order by p.id limit ?`, [after, batchSize]);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1].id;
  }
}
