import { INDICATOR_LIMITS } from '../../schema/limits.js';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import { badInput } from '../common/errors.js';
import type { OfficesService } from '../offices/offices.service.js';
import type { ServiceDeps } from '../services.js';
import { adoptersAmong, contextsOfOffices, nearestOffices } from './office-context.queries.js';
import type { OfficeContextType, SimilarOffice } from './office-context.types.js';

export class OfficeContextService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offices: OfficesService,
  ) {}

  contexts(enhetsnummer: readonly string[]): Promise<(OfficeContextType & { enhetsnummer: string })[]> {
    return contextsOfOffices(this.deps.db, enhetsnummer);
  }

  /** The offices nearest to this one on standardised context, nearest first, with why. */
  async similar(enhetsnummer: string, first: number, field = 'enhetsnummer'): Promise<SimilarOffice[]> {
    await this.offices.office(enhetsnummer, field);
    const rows = await nearestOffices(this.deps.db, enhetsnummer, first);
    const offices = new Map((await this.offices.byNumbers(rows.map((row) => row.enhetsnummer))).map((office) => [office.enhetsnummer, office]));
    return rows.map((row) => ({ office: offices.get(row.enhetsnummer)!, distance: row.distance, reasons: row.reasons }));
  }

  /** "Offices like mine": the enhetsnummer of the officesLikeMine nearest offices. */
  async officesLike(enhetsnummer: string, field: string): Promise<string[]> {
    if (!/^\d{4}$/.test(enhetsnummer)) throw badInput(field, `${field} must be an enhetsnummer of four digits`);
    await this.offices.office(enhetsnummer, field);
    return (await nearestOffices(this.deps.db, enhetsnummer, INDICATOR_LIMITS.officesLikeMine)).map((row) => row.enhetsnummer);
  }

  /** For each practice, the offices like this one that pilot or use it, nearest first. Two statements for all. */
  async usingPracticesAmongLike(practiceIds: string[], enhetsnummer: string): Promise<SimilarOffice[][]> {
    const like = await this.similar(enhetsnummer, INDICATOR_LIMITS.officesLikeMine, 'office');
    const using = await adoptersAmong(this.deps.db, practiceIds, like.map((s) => s.office.enhetsnummer), ACTIVE_ADOPTION_STATUSES);
    return practiceIds.map((id) => like.filter((s) => using.has(`${id}|${s.office.enhetsnummer}`)));
  }
}
