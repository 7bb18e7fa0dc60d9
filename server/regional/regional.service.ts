import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { Role } from '../auth/role.js';
import { ADOPTION_STATUS_COUNTS_SQL, type AdoptionStatusCounts } from '../adoptions/adoption-counts.js';
import type { AdoptionStatus } from '../adoptions/adoption-status.js';
import { forbidden, notFound } from '../common/errors.js';
import { today } from '../common/ids.js';
import { Office } from '../offices/office.entity.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import type { RegionOverview } from './region-overview.types.js';

/** Fewer distinct raters than this in a region and its average is not shown: it could reveal a person. */
export const MIN_RATERS = 5;

const canSeeOverview = (viewer: Viewer, regionCode: string) =>
  viewer.role === Role.ADMIN || viewer.role === Role.RESEARCHER || (viewer.role === Role.REGIONAL_DIRECTOR && viewer.regionCode === regionCode);

export class RegionalService {
  async overview(em: EntityManager, viewer: Viewer, code: string): Promise<RegionOverview> {
    if (!canSeeOverview(viewer, code)) throw forbidden("Only the region's directors, editors and researchers see its overview");
    const region = await em.findOne(Region, { code });
    if (!region) throw notFound('region', 'code', code);
    const run = <T>(sql: string, params: unknown[]) => em.getConnection().execute<T[]>(sql, params);

    const [spread, rated, cells, months] = await Promise.all([
      run<AdoptionStatusCounts & { practice_id: string; new_this_quarter: number }>(
        `select a.practice_id,
           ${ADOPTION_STATUS_COUNTS_SQL},
           count(*) filter (where a.status in ('PILOTING', 'IN_USE') and a.since >= date_trunc('quarter', now()))::int as new_this_quarter
         from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer
         where o.region_code = ? group by a.practice_id
         order by count(*) filter (where a.status in ('PILOTING', 'IN_USE')) desc, a.practice_id limit 50`,
        [code],
      ),
      run<{ practice_id: string; region_average: number; region_raters: number; national_average: number }>(
        `select r.practice_id, avg(r.score)::float8 as region_average, count(distinct r.user_id)::int as region_raters,
           p.rating_average as national_average
         from rating r join office o on o.enhetsnummer = r.office_enhetsnummer join practice p on p.id = r.practice_id
         where o.region_code = ? and p.status = 'PUBLISHED'
         group by r.practice_id, p.rating_average having count(distinct r.user_id) >= ${MIN_RATERS}
         order by avg(r.score) desc, r.practice_id limit 20`,
        [code],
      ),
      run<{ office: string; practice_id: string; status: AdoptionStatus }>(
        `select a.office_enhetsnummer as office, a.practice_id, a.status
         from adoption a join office o on o.enhetsnummer = a.office_enhetsnummer where o.region_code = ?`,
        [code],
      ),
      run<{ month: string; started: number }>(
        `select to_char(m, 'YYYY-MM') as month, count(a.id)::int as started
         from generate_series(date_trunc('month', now()) - interval '23 months', date_trunc('month', now()), interval '1 month') as m
         left join (adoption a join office o on o.enhetsnummer = a.office_enhetsnummer and o.region_code = ?)
           on a.status in ('PILOTING', 'IN_USE') and date_trunc('month', a.since) = m
         group by m order by m`,
        [code],
      ),
    ]);

    const practiceIds = [...new Set([...spread.map((s) => s.practice_id), ...rated.map((r) => r.practice_id), ...cells.map((c) => c.practice_id)])];
    const [practices, offices, overdue] = await Promise.all([
      em.find(Practice, { id: { $in: practiceIds } }),
      em.find(Office, { region: code }, { orderBy: { name: 'asc' } }),
      em.find(Practice, { originOffice: { region: code }, status: PracticeStatus.PUBLISHED, reviewDue: { $lt: today() } }, { orderBy: { reviewDue: 'asc' } }),
    ]);
    const byId = new Map(practices.map((p) => [p.id, p]));
    return {
      region,
      spreading: spread.map((s) => ({
        practice: byId.get(s.practice_id)!,
        considering: s.considering,
        piloting: s.piloting,
        inUse: s.inUse,
        discontinued: s.discontinued,
        newThisQuarter: s.new_this_quarter,
      })),
      bestRated: rated.map((r) => ({
        practice: byId.get(r.practice_id)!,
        regionAverage: r.region_average,
        regionRaters: r.region_raters,
        nationalAverage: r.national_average,
      })),
      adoptionMatrix: {
        offices,
        practices: spread.map((s) => byId.get(s.practice_id)!),
        cells: cells.map((c) => ({ office: c.office, practiceId: c.practice_id, status: c.status })),
      },
      overdueReviews: overdue,
      adoptionsByMonth: months,
    };
  }
}
