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

/**
 * The text's `praksis_nb` lexemes (stemmed, æ/ø/å folded, stop words left out) and every part of
 * five letters or more of its words: what PostgreSQL's engine matches a query word against (its
 * stem, or a word containing it), for an engine that has no Norwegian stemmer (Meilisearch).
 */
const searchTerms = (text: RawBuilder<unknown>) => sql<string>`(
  select coalesce(string_agg(term, ' ' order by term), '') from (
    select unnest(tsvector_to_array(to_tsvector('praksis_nb', ${text}))) as term
    union
    select substr(word, start, length)
    from unnest(tsvector_to_array(to_tsvector('praksis_words', ${text}))) as word,
      generate_series(1, length(word) - 4) as start, generate_series(5, length(word) - start + 1) as length
    where length(word) > 5) terms)`;

export interface DocumentOptions {
  /** Compute `terms` (some milliseconds a document); only engines that search them need it (SearchIndex.usesTerms). */
  terms?: boolean;
}

/** The search documents of the practices `p` (with origin office `origin`) that meet the condition. */
const selectDocuments = (where: RawBuilder<SqlBool>, options: DocumentOptions = {}) => sql<SearchDocument>`
  select p.id, p.slug, ${withoutMatchMarkers(sql.ref('p.title'))} as title, ${withoutMatchMarkers(sql.ref('p.summary'))} as summary,
    p.description as body, ${options.terms ? searchTerms(sql`p.title || ' ' || p.summary || ' ' || p.description`) : sql`''`} as terms, p.themes, p.target_groups as "targetGroups",
    p.evidence_level as "evidenceLevel", p.status, origin.region_code as "originRegionCode", p.author_id as "authorId",
    not ${NEVER_PUBLISHED} as "everPublished",
    p.rating_average as "ratingAverage", p.rating_count as "ratingCount", p.adoption_count as "adoptionCount",
    (extract(epoch from p.created_at) * 1000)::float8 as "createdAt",
    coalesce((select array_agg(distinct o.region_code order by o.region_code)
              from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
              where a.practice_id = p.id and a.status = any(${ACTIVE_ADOPTION_STATUSES}::text[])),
             '{}') as "regionCodes",
    coalesce((select array_agg(a.office_enhetsnummer order by a.office_enhetsnummer) from adoption a
              where a.practice_id = p.id and a.status = any(${ACTIVE_ADOPTION_STATUSES}::text[])),
             '{}') as "officeNumbers"
  from practice p join office origin on origin.enhetsnummer = p.origin_office_enhetsnummer
  where ${where}`;

/** The search documents of these practices, as PostgreSQL holds them now; missing ids are left out. */
export async function loadSearchDocuments(db: Kysely<Tables>, ids: string[], options: DocumentOptions = {}): Promise<SearchDocument[]> {
  return (await selectDocuments(sql`p.id = any(${ids}::uuid[])`, options).execute(db)).rows;
}

/** Every search document, a batch at a time in id order: for rebuilding an index. */
export async function* allSearchDocuments(db: Kysely<Tables>, batchSize = 500, options: DocumentOptions = {}): AsyncGenerator<SearchDocument[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows: batch } = await sql<SearchDocument>`${selectDocuments(sql`p.id > ${after}::uuid`, options)} order by p.id limit ${batchSize}`.execute(db);
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1].id;
  }
}
