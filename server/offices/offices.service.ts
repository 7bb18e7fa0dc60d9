import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../common/errors.js';
import { Office } from './office.entity.js';
import { Region } from './region.entity.js';

export class OfficesService {
  regions(em: EntityManager): Promise<Region[]> {
    return em.find(Region, {}, { orderBy: { name: 'asc' } });
  }

  async region(em: EntityManager, code: string): Promise<Region> {
    const region = await em.findOne(Region, { code });
    if (!region) throw notFound('region', 'code', code);
    return region;
  }

  async office(em: EntityManager, enhetsnummer: string): Promise<Office> {
    const office = await em.findOne(Office, { enhetsnummer });
    if (!office) throw notFound('office', 'enhetsnummer', enhetsnummer);
    return office;
  }
}
