// The ratings export is microdata, so it is released k-anonymous in its quasi-identifiers: office,
// region and period. Every released combination of the three is shared by at least MIN_RATERS
// distinct raters; where an office and month hold fewer, their rows are generalised as k-anonymity
// tools (ARX, sdcMicro) do — the office left out (region only), then the month widened to its
// quarter, then to its year — and left out where even the year is too few.
//
// Generalising one class never shrinks a class at the same or a finer level (rows only move to
// coarser levels, and only whole classes move), so one pass from the finest level to the coarsest
// settles every class. The decision depends only on a rating's office and month, so the release is
// a small map from (office, month) to a level, computed in one statement and kept until ratings
// change (see ExportReleases).
import { sql } from 'kysely';
import { MIN_RATERS } from '../../schema/limits.js';
import type { Db } from '../db/read-db.js';
import { TimeInterval } from './research.types.js';

/** How far a class is generalised: 0 as it is … 3 region and year; 4 left out. */
export type ReleaseLevel = 0 | 1 | 2 | 3 | 4;
export const LEFT_OUT: ReleaseLevel = 4;

export interface Release {
  /** By `${office}|${YYYY-MM}` (office '' for ratings without one). */
  levels: Map<string, ReleaseLevel>;
  /** How many ratings the release shows. */
  released: number;
}

export const classOf = (office: string | null, month: string) => `${office ?? ''}|${month}`;

/** The release of the real ratings, or with includeDemo of every rating. */
export async function computeRelease(db: Db, includeDemo = false): Promise<Release> {
  const { rows } = await sql<{ office: string; month: string; level: ReleaseLevel; ratings: number }>`
    with raters as (
      select coalesce(r.office_enhetsnummer, '') as office, coalesce(o.region_code, '') as region,
        date_trunc('month', r.created_at at time zone 'UTC') as month, r.user_id, count(*)::int as ratings
      from rating r left join office o on o.enhetsnummer = r.office_enhetsnummer
      where ${includeDemo} or not r.demo
      group by 1, 2, 3, 4),
    by_office as (select office, region, month, count(*) >= ${MIN_RATERS} as ok, sum(ratings)::int as ratings from raters group by 1, 2, 3),
    left1 as (select r.* from raters r join by_office b using (office, region, month) where not b.ok),
    by_region as (select region, month, count(distinct user_id) >= ${MIN_RATERS} as ok from left1 group by 1, 2),
    left2 as (select l.* from left1 l join by_region b using (region, month) where not b.ok),
    by_quarter as (select region, date_trunc('quarter', month) as quarter, count(distinct user_id) >= ${MIN_RATERS} as ok from left2 group by 1, 2),
    left3 as (select l.* from left2 l join by_quarter b on b.region = l.region and b.quarter = date_trunc('quarter', l.month) where not b.ok),
    by_year as (select region, date_trunc('year', month) as year, count(distinct user_id) >= ${MIN_RATERS} as ok from left3 group by 1, 2)
    select c.office, to_char(c.month, 'YYYY-MM') as month, c.ratings,
      case when c.ok then 0
           when (select ok from by_region b where b.region = c.region and b.month = c.month) then 1
           when (select ok from by_quarter b where b.region = c.region and b.quarter = date_trunc('quarter', c.month)) then 2
           when (select ok from by_year b where b.region = c.region and b.year = date_trunc('year', c.month)) then 3
           else 4 end as level
    from by_office c`.execute(db);
  return {
    levels: new Map(rows.map((row) => [classOf(row.office, row.month), row.level])),
    released: rows.filter((row) => row.level !== LEFT_OUT).reduce((sum, row) => sum + row.ratings, 0),
  };
}

/** A rating's office and period as the release shows them. */
export function generalise(level: ReleaseLevel, office: string | null, month: string) {
  const [year, number] = month.split('-');
  if (level === 0) return { office, month, period: month, periodInterval: TimeInterval.MONTH };
  if (level === 1) return { office: null, month, period: month, periodInterval: TimeInterval.MONTH };
  if (level === 2) return { office: null, month: null, period: `${year}-Q${Math.ceil(Number(number) / 3)}`, periodInterval: TimeInterval.QUARTER };
  return { office: null, month: null, period: year, periodInterval: TimeInterval.YEAR };
}

/**
 * The current release, computed again only when some rating changed since (every rating change
 * takes a new rating_version, see migration aggregates_by_delta): paging through the export costs
 * one small statement per page, not a pass over every rating.
 */
export class ExportReleases {
  /** One release with the demo ratings and one without, each kept until ratings change. */
  private readonly current = new Map<boolean, { version: string; release: Release }>();
  private readonly computing = new Map<boolean, { version: string; release: Promise<Release> }>();

  constructor(private readonly db: Db) {}

  async release(includeDemo = false): Promise<Release> {
    const { rows } = await sql<{ version: string }>`select coalesce(max(rating_version), 0)::text as version from practice`.execute(this.db);
    const version = rows[0].version;
    const current = this.current.get(includeDemo);
    if (current?.version === version) return current.release;
    if (this.computing.get(includeDemo)?.version !== version) {
      const release = computeRelease(this.db, includeDemo);
      this.computing.set(includeDemo, { version, release });
      release.then((done) => this.current.set(includeDemo, { version, release: done }), () => this.computing.delete(includeDemo));
    }
    return this.computing.get(includeDemo)!.release;
  }
}
