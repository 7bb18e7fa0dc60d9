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
import { classOf, ExportReleases, generalise, LEFT_OUT, type ReleaseLevel } from './export-release.js';
import { adoptionTimeline, ratingsAfter, type ExportRow } from './research.queries.js';
import type { AdoptionPeriod, RatingRecord, TimeInterval } from './research.types.js';

const START = { createdAt: '-infinity', id: '00000000-0000-0000-0000-000000000000' };
/** Ratings read at a time while a page of the export fills. */
const EXPORT_BATCH = 500;

export class ResearchService {
  private readonly releases: ExportReleases;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly pseudonym: Pseudonymizer,
  ) {
    this.releases = new ExportReleases(deps.db);
  }

  async ratingStats(viewer: Viewer, groupBy: RatingDimension[], filter: RatingStatsFilter, includeDemo = false): Promise<RatingStatsGroup[]> {
    if (!usesResearchData(viewer)) throw forbidden('Rating statistics are for researchers');
    if (groupBy.length > 3) throw badInput('groupBy', 'Group by at most three dimensions');
    return ratingStats(this.deps.db, groupBy, filter, includeDemo);
  }

  /** Counts by status of the adoptions that started in each period (of one practice, a theme, or all). */
  adoptionTimeline(filter: { practiceSlug?: string; theme?: Theme }, interval: TimeInterval): Promise<AdoptionPeriod[]> {
    return adoptionTimeline(this.deps.db, filter, interval);
  }

  /**
   * Every rating the release shows (see export-release.ts), oldest first by when it was first
   * given, so pages stay put while ratings are added (new ones come last) or edited (they keep
   * their place).
   */
  async ratingsExport(viewer: Viewer, page: { first: number; after?: string | null }, includeDemo = false): Promise<Connection<RatingRecord>> {
    if (!usesResearchData(viewer)) throw forbidden('The ratings export is for researchers');
    checkCursor(page.after, ['timestamptz', 'uuid']);
    let [createdAt, id] = page.after ? (Cursor.decode(page.after) as [string, string]) : [START.createdAt, START.id];
    const release = await this.releases.release(includeDemo);
    // Rows the release leaves out are skipped: read on until the page is full or the ratings end.
    const shown: { row: ExportRow; record: RatingRecord }[] = [];
    for (let more = true; more && shown.length <= page.first; ) {
      const rows = await ratingsAfter(this.deps.db, { createdAt, id }, EXPORT_BATCH, includeDemo);
      more = rows.length === EXPORT_BATCH;
      for (const row of rows) {
        ({ createdAt, id } = row);
        const level = release.levels.get(classOf(row.office, row.month)) ?? LEFT_OUT;
        if (level !== LEFT_OUT) shown.push({ row, record: this.record(row, level) });
        if (shown.length > page.first) break;
      }
    }
    const pageRows = shown.slice(0, page.first);
    const cursorOf = (row: ExportRow) => Cursor.encode([row.createdAt, row.id]);
    return {
      edges: pageRows.map(({ row, record }) => ({ cursor: cursorOf(row), node: record })),
      pageInfo: { hasNextPage: shown.length > page.first, endCursor: pageRows.length ? cursorOf(pageRows[pageRows.length - 1].row) : null },
      totalCount: release.released,
    };
  }

  private record(row: ExportRow, level: ReleaseLevel): RatingRecord {
    return {
      id: this.pseudonym(`rating:${row.id}`),
      raterPseudonym: this.pseudonym(row.userId),
      practiceSlug: row.practiceSlug,
      regionCode: row.regionCode,
      score: row.score,
      usefulness: row.usefulness,
      transferability: row.transferability,
      observedEffect: row.observedEffect,
      ...generalise(level, row.office, row.month),
    };
  }
}
