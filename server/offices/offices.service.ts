import { notFound } from '../common/errors.js';
import type { ServiceDeps } from '../services.js';
import type { OfficeType, RegionType } from './office.types.js';
import { allOffices, allRegions, officesByEnhetsnummer, officesInRegions, regionsByCode } from './offices.queries.js';

export class OfficesService {
  constructor(private readonly deps: ServiceDeps) {}

  regions(): Promise<RegionType[]> {
    return allRegions(this.deps.db);
  }

  /** `field` names the argument in errors. */
  async region(code: string, field = 'code'): Promise<RegionType> {
    const [region] = await regionsByCode(this.deps.db, [code]);
    if (!region) throw notFound('region', field, code);
    return region;
  }

  async office(enhetsnummer: string, field = 'enhetsnummer'): Promise<OfficeType> {
    const [office] = await officesByEnhetsnummer(this.deps.db, [enhetsnummer]);
    if (!office) throw notFound('office', field, enhetsnummer);
    return office;
  }

  /** Every office, by name. */
  all(): Promise<OfficeType[]> {
    return allOffices(this.deps.db);
  }

  /** These offices (those that exist), by name. */
  byNumbers(enhetsnummer: readonly string[]): Promise<OfficeType[]> {
    return enhetsnummer.length ? officesByEnhetsnummer(this.deps.db, enhetsnummer) : Promise.resolve([]);
  }

  /** The region's offices, by name. */
  inRegion(code: string): Promise<OfficeType[]> {
    return officesInRegions(this.deps.db, [code]);
  }
}
