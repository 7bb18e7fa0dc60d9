// Office context as plain rows, and the offices nearest to one on standardised context.
import { sql } from 'kysely';
import type { Db } from '../db/read-db.js';
import { OfficeOrganisation, PartnershipModel, SimilarityReason } from './indicator-vocabulary.js';
import type { OfficeContextType } from './office-context.types.js';

export async function contextsOfOffices(db: Db, enhetsnummer: readonly string[]): Promise<(OfficeContextType & { enhetsnummer: string })[]> {
  const rows = await db
    .selectFrom('office_context')
    .select([
      'office_enhetsnummer as enhetsnummer',
      'municipalities',
      'population',
      'centrality',
      'employees',
      'unemployment_rate as unemploymentRate',
      'organisation',
      'partnership_model as partnershipModel',
      'source',
      'demo',
    ])
    .where('office_enhetsnummer', '=', sql<string>`any(${[...enhetsnummer]})`)
    .execute();
  return rows.map((row) => ({
    ...row,
    organisation: row.organisation as OfficeOrganisation,
    partnershipModel: row.partnershipModel as PartnershipModel,
  }));
}

export interface SimilarRow {
  enhetsnummer: string;
  distance: number;
  reasons: SimilarityReason[];
}

/** How close two offices must be on a standardised measure (in standard deviations) to be "similar" on it. */
const CLOSE = 0.5;

/**
 * The offices nearest to this one: Euclidean distance over z-scores of log population,
 * centrality class, unemployment rate and log staff (half weight, as staff follows size), plus half
 * a unit where the organisation differs. Offices without context are left out. Nearest first.
 */
export async function nearestOffices(db: Db, enhetsnummer: string, first: number): Promise<SimilarRow[]> {
  const { rows } = await sql<SimilarRow>`
    with stats as (
      select avg(ln(population)) as mp, nullif(stddev_pop(ln(population)), 0) as sp,
        avg(centrality) as mc, nullif(stddev_pop(centrality), 0) as sc,
        avg(unemployment_rate) as mu, nullif(stddev_pop(unemployment_rate), 0) as su,
        avg(ln(employees)) as me, nullif(stddev_pop(ln(employees)), 0) as se
      from office_context
    ),
    z as (
      select c.office_enhetsnummer, c.centrality, c.organisation,
        coalesce((ln(c.population) - mp) / sp, 0) as zp, coalesce((c.centrality - mc) / sc, 0) as zc,
        coalesce((c.unemployment_rate - mu) / su, 0) as zu, coalesce((ln(c.employees) - me) / se, 0) as ze
      from office_context c, stats
    )
    select z.office_enhetsnummer as enhetsnummer,
      sqrt(power(z.zp - mine.zp, 2) + power(z.zc - mine.zc, 2) + power(z.zu - mine.zu, 2) + 0.25 * power(z.ze - mine.ze, 2)
        + case when z.organisation = mine.organisation then 0 else 0.25 end) as distance,
      array_remove(array[
        case when abs(z.zp - mine.zp) <= ${CLOSE} then ${SimilarityReason.SIMILAR_SIZE} end,
        case when z.centrality = mine.centrality then ${SimilarityReason.SAME_CENTRALITY} end,
        case when abs(z.zu - mine.zu) <= ${CLOSE} then ${SimilarityReason.SIMILAR_UNEMPLOYMENT} end,
        case when abs(z.ze - mine.ze) <= ${CLOSE} then ${SimilarityReason.SIMILAR_STAFF} end,
        case when z.organisation = mine.organisation then ${SimilarityReason.SAME_ORGANISATION} end
      ]::text[], null) as reasons
    from z join z as mine on mine.office_enhetsnummer = ${enhetsnummer}
    where z.office_enhetsnummer <> mine.office_enhetsnummer
    order by distance, z.office_enhetsnummer
    limit ${first}`.execute(db);
  return rows;
}

/** Of these offices, those that pilot or use each of the practices, as "practiceId|enhetsnummer". */
export async function adoptersAmong(db: Db, practiceIds: string[], offices: string[], statuses: readonly string[]): Promise<Set<string>> {
  if (offices.length === 0 || practiceIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('adoption')
    .select(['practice_id', 'office_enhetsnummer'])
    .where('practice_id', '=', sql<string>`any(${practiceIds}::uuid[])`)
    .where('office_enhetsnummer', '=', sql<string>`any(${offices})`)
    .where('status', '=', sql<string>`any(${[...statuses]}::text[])`)
    .execute();
  return new Set(rows.map((row) => `${row.practice_id}|${row.office_enhetsnummer}`));
}
