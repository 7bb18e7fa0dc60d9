// What researchers read, as plain rows: adoptions over time and the ratings export.
import { sql } from 'kysely';
import { ADOPTION_STATUS_COUNTS } from '../adoptions/adoption-counts.js';
import type { Db } from '../db/read-db.js';
import type { Theme } from '../practices/vocabulary.js';
import { TimeInterval, type AdoptionPeriod } from './research.types.js';

const TRUNC: Record<TimeInterval, string> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

/** Counts by status of the adoptions that started in each period (of one practice, a theme, or all). */
export async function adoptionTimeline(db: Db, filter: { practiceSlug?: string; theme?: Theme }, interval: TimeInterval): Promise<AdoptionPeriod[]> {
  const { rows } = await sql<AdoptionPeriod>`
    select to_char(date_trunc(${TRUNC[interval]}, a.since), 'YYYY-MM-DD') as period, ${ADOPTION_STATUS_COUNTS}
    from adoption a join practice p on p.id = a.practice_id
    where (${filter.practiceSlug ?? null}::text is null or p.slug = ${filter.practiceSlug ?? null})
      and (${filter.theme ?? null}::text is null or ${filter.theme ?? null} = any(p.themes))
    group by 1 order by 1`.execute(db);
  return rows;
}

export interface ExportRow {
  id: string;
  userId: string;
  /** PostgreSQL's own text of created_at: a JavaScript Date would drop microseconds. */
  createdAt: string;
  practiceSlug: string;
  office: string | null;
  regionCode: string | null;
  score: number;
  usefulness: number | null;
  transferability: number | null;
  observedEffect: number | null;
  month: string;
}

/** Ratings in the order they were first given, after a position in that order. */
export async function ratingsAfter(db: Db, after: { createdAt: string; id: string }, limit: number, includeDemo: boolean): Promise<ExportRow[]> {
  const { rows } = await sql<ExportRow>`
    select r.id, r.user_id as "userId", r.created_at::text as "createdAt", p.slug as "practiceSlug", r.office_enhetsnummer as office,
      o.region_code as "regionCode", r.score, r.usefulness, r.transferability, r.observed_effect as "observedEffect",
      to_char(r.created_at at time zone 'UTC', 'YYYY-MM') as month
    from rating r join practice p on p.id = r.practice_id left join office o on o.enhetsnummer = r.office_enhetsnummer
    where (r.created_at, r.id) > (${after.createdAt}::timestamptz, ${after.id}::uuid) and (${includeDemo} or not r.demo) order by r.created_at, r.id limit ${limit}`.execute(db);
  return rows;
}

