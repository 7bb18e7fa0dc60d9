import { Cursor } from '@mikro-orm/core';
import type { Viewer } from '../auth/identity.js';
import { usesResearchData } from '../auth/policy.js';
import { badInput, forbidden } from '../common/errors.js';
import { checkCursor, type Connection } from '../graphql/pagination.js';
import type { Theme } from '../practices/vocabulary.js';
import type { ServiceDeps } from '../services.js';
import type { Pseudonymizer } from './pseudonyms.js';
import { ratingStats } from './rating-stats.js';
import type { RatingDimension, RatingStatsFilter, RatingStatsGroup } from './rating-stats.types.js';
import { adoptionTimeline, ratingCount, ratingsAfter } from './research.queries.js';
import type { AdoptionPeriod, RatingRecord, TimeInterval } from './research.types.js';

const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const START = { createdAt: '-infinity', id: '00000000-0000-0000-0000-000000000000' };

export class ResearchService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly pseudonym: Pseudonymizer,
  ) {}

  async ratingStats(viewer: Viewer, groupBy: RatingDimension[], filter: RatingStatsFilter): Promise<RatingStatsGroup[]> {
    if (!usesResearchData(viewer)) throw forbidden('Rating statistics are for researchers');
    if (groupBy.length > 3) throw badInput('groupBy', 'Group by at most three dimensions');
    return ratingStats(this.deps.db, groupBy, filter);
  }

  /** Counts by status of the adoptions that started in each period (of one practice, a theme, or all). */
  adoptionTimeline(filter: { practiceSlug?: string; theme?: Theme }, interval: TimeInterval): Promise<AdoptionPeriod[]> {
    return adoptionTimeline(this.deps.db, filter, interval);
  }

  /**
   * Every rating, oldest first by when it was first given, so pages stay put while ratings are
   * added (new ones come last) or edited (they keep their place).
   */
  async ratingsExport(viewer: Viewer, page: { first: number; after?: string | null }): Promise<Connection<RatingRecord>> {
    if (!usesResearchData(viewer)) throw forbidden('The ratings export is for researchers');
    checkCursor(page.after, ['text', 'uuid']);
    const [createdAt, id] = page.after ? (Cursor.decode(page.after) as [string, string]) : [START.createdAt, START.id];
    if (createdAt !== START.createdAt && !PG_TIMESTAMP.test(createdAt)) throw badInput('after', 'The cursor is malformed');
    const [rows, total] = await Promise.all([ratingsAfter(this.deps.db, { createdAt, id }, page.first + 1), ratingCount(this.deps.db)]);
    const pageRows = rows.slice(0, page.first);
    const cursorOf = (row: { createdAt: string; id: string }) => Cursor.encode([row.createdAt, row.id]);
    return {
      edges: pageRows.map(({ userId, createdAt: _created, ...row }) => ({
        cursor: cursorOf({ createdAt: _created, id: row.id }),
        node: { ...row, raterPseudonym: this.pseudonym(userId) },
      })),
      pageInfo: { hasNextPage: rows.length > page.first, endCursor: pageRows.length ? cursorOf(pageRows[pageRows.length - 1]) : null },
      totalCount: total,
    };
  }
}
