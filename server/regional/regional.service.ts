import type { Viewer } from '../auth/identity.js';
import { seesRegionInsights } from '../auth/policy.js';
import { forbidden } from '../common/errors.js';
import type { OfficesService } from '../offices/offices.service.js';
import type { PracticesService } from '../practices/practices.service.js';
import type { ServiceDeps } from '../services.js';
import type { RegionOverview } from './region-overview.types.js';
import { adoptionCellsInRegion, adoptionsByMonthInRegion, bestRatedInRegion, spreadInRegion } from './regional.queries.js';

export class RegionalService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offices: OfficesService,
    private readonly practices: PracticesService,
  ) {}

  async overview(viewer: Viewer, code: string): Promise<RegionOverview> {
    if (!seesRegionInsights(viewer, code)) throw forbidden("Only the region's directors, editors and researchers see its overview");
    const region = await this.offices.region(code);
    const { db } = this.deps;
    const [spread, rated, cells, months, offices, overdue] = await Promise.all([
      spreadInRegion(db, code),
      bestRatedInRegion(db, code),
      adoptionCellsInRegion(db, code),
      adoptionsByMonthInRegion(db, code),
      this.offices.inRegion(code),
      this.practices.overdueForReview(code),
    ]);
    const practices = await this.practices.byIds([...new Set([...spread, ...rated, ...cells].map((row) => row.practiceId))]);
    const byId = new Map(practices.map((practice) => [practice.id, practice]));
    return {
      region,
      spreading: spread.map(({ practiceId, ...counts }) => ({ practice: byId.get(practiceId)!, ...counts })),
      bestRated: rated.map(({ practiceId, ...ratings }) => ({ practice: byId.get(practiceId)!, ...ratings })),
      adoptionMatrix: {
        offices,
        practices: spread.map((s) => byId.get(s.practiceId)!),
        cells,
      },
      overdueReviews: overdue,
      adoptionsByMonth: months,
    };
  }
}
