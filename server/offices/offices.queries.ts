// Offices and regions as plain rows. An office always comes with its region: they are read together.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/read-db.js';
import type { OfficeType, RegionType } from './office.types.js';

function offices(db: Db, where: Expression<SqlBool>): Promise<OfficeType[]> {
  return db
    .selectFrom('office as o')
    .innerJoin('region as r', 'r.code', 'o.region_code')
    .select(['o.enhetsnummer', 'o.name', 'o.municipalities', 'r.code as regionCode', 'r.name as regionName'])
    .where(where)
    .orderBy('o.name')
    .execute()
    .then((rows) =>
      rows.map(({ regionCode, regionName, ...office }) => ({ ...office, region: { code: regionCode, name: regionName } })),
    );
}

export const officesByEnhetsnummer = (db: Db, enhetsnummer: readonly string[]) =>
  offices(db, sql<SqlBool>`o.enhetsnummer = any(${[...enhetsnummer]})`);

export const allOffices = (db: Db) => offices(db, sql<SqlBool>`true`);

export const officesInRegions = (db: Db, regionCodes: readonly string[]) =>
  offices(db, sql<SqlBool>`o.region_code = any(${[...regionCodes]})`);

export function regionsByCode(db: Db, codes: readonly string[]): Promise<RegionType[]> {
  return db.selectFrom('region').select(['code', 'name']).where('code', '=', sql<string>`any(${[...codes]})`).execute();
}

export function allRegions(db: Db): Promise<RegionType[]> {
  return db.selectFrom('region').select(['code', 'name']).orderBy('name').execute();
}
