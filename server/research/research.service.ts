import { Cursor } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ADOPTION_STATUS_COUNTS_SQL } from '../adoptions/adoption-counts.js';
import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';
import { badInput, forbidden } from '../common/errors.js';
import { checkCursor, type Connection } from '../graphql/pagination.js';
import type { Theme } from '../practices/vocabulary.js';
import type { Pseudonymizer } from './pseudonyms.js';
import { ratingStats } from './rating-stats.js';
import type { RatingDimension, RatingStatsFilter, RatingStatsGroup } from './rating-stats.types.js';
import { TimeInterval, type AdoptionPeriod, type RatingRecord } from './research.types.js';

const TRUNC: Record<TimeInterval, string> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

const canExport = (viewer: Viewer) => viewer.role === Role.RESEARCHER || viewer.role === Role.ADMIN;

export class ResearchService {
  constructor(private readonly pseudonym: Pseudonymizer) {}

  async ratingStats(em: EntityManager, viewer: Viewer, groupBy: RatingDimension[], filter: RatingStatsFilter): Promise<RatingStatsGroup[]> {
    if (!canExport(viewer)) throw forbidden('Rating statistics are for researchers');
    if (groupBy.length > 3) throw badInput('groupBy', 'Group by at most three dimensions');
    return ratingStats(em, groupBy, filter);
  }

  /** Counts by status of the adoptions that started in each period (of one practice, a theme, or all). */
  async adoptionTimeline(
    em: EntityManager,
    filter: { practiceSlug?: string; theme?: Theme },
    interval: TimeInterval,
  ): Promise<AdoptionPeriod[]> {
    return em.getConnection().execute<AdoptionPeriod[]>(
      `select to_char(date_trunc('${TRUNC[interval]}', a.since), 'YYYY-MM-DD') as period,
         ${ADOPTION_STATUS_COUNTS_SQL}
       from adoption a join practice p on p.id = a.practice_id
       where (?::text is null or p.slug = ?) and (?::text is null or ? = any(p.themes))
       group by 1 order by 1`,
      [filter.practiceSlug ?? null, filter.practiceSlug ?? null, filter.theme ?? null, filter.theme ?? null],
    );
  }

  /**
   * Every rating, oldest first by when it was first given, so pages stay put while ratings are
   * added (new ones come last) or edited (they keep their place).
   */
  async ratingsExport(em: EntityManager, viewer: Viewer, page: { first: number; after?: string | null }): Promise<Connection<RatingRecord>> {
    if (!canExport(viewer)) throw forbidden('The ratings export is for researchers');
    // The cursor keeps PostgreSQL's own text of the timestamp: a JavaScript Date would drop microseconds.
    checkCursor(page.after, ['text', 'uuid']);
    const [afterCreated, afterId] = page.after ? (Cursor.decode(page.after) as [string, string]) : ['-infinity', '00000000-0000-0000-0000-000000000000'];
    if (afterCreated !== '-infinity' && !PG_TIMESTAMP.test(afterCreated)) throw badInput('after', 'The cursor is malformed');
    const rows = await em.getConnection().execute<
      (Omit<RatingRecord, 'raterPseudonym'> & { user_id: string; created_at: string })[]
    >(
      `select r.id, r.user_id, r.created_at::text as created_at, p.slug as "practiceSlug", r.office_enhetsnummer as office, o.region_code as "regionCode",
         r.score, r.usefulness, r.transferability, r.observed_effect as "observedEffect", to_char(r.created_at, 'YYYY-MM') as month
       from rating r join practice p on p.id = r.practice_id left join office o on o.enhetsnummer = r.office_enhetsnummer
       where (r.created_at, r.id) > (?::timestamptz, ?::uuid) order by r.created_at, r.id limit ?`,
      [afterCreated, afterId, page.first + 1],
    );
    const [{ total }] = await em.getConnection().execute<{ total: number }[]>('select count(*)::int as total from rating');
    const pageRows = rows.slice(0, page.first);
    const cursorOf = (row: { created_at: string; id: string }) => Cursor.encode([row.created_at, row.id]);
    return {
      edges: pageRows.map(({ user_id, created_at, ...row }) => ({
        cursor: cursorOf({ created_at, id: row.id }),
        node: { ...row, raterPseudonym: this.pseudonym(user_id) },
      })),
      pageInfo: { hasNextPage: rows.length > page.first, endCursor: pageRows.length ? cursorOf(pageRows[pageRows.length - 1]) : null },
      totalCount: total,
    };
  }
}
