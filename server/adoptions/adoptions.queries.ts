// Adoptions as plain rows, each with its office and the office's region read in the same statement.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/read-db.js';
import type { AdoptionStatus } from './adoption-status.js';
import type { AdoptionType } from './adoption.types.js';

function adoptions(db: Db, where: Expression<SqlBool>): Promise<AdoptionType[]> {
  return db
    .selectFrom('adoption as a')
    .innerJoin('office as o', 'o.enhetsnummer', 'a.office_enhetsnummer')
    .innerJoin('region as r', 'r.code', 'o.region_code')
    .select(['a.id', 'a.status', 'a.since', 'a.updated_at', 'a.practice_id', 'o.enhetsnummer', 'o.name', 'o.municipalities', 'r.code', 'r.name as region_name'])
    .where(where)
    .orderBy('a.since')
    .orderBy('a.id')
    .execute()
    .then((rows) =>
      rows.map((row) => ({
        id: row.id,
        status: row.status as AdoptionStatus,
        since: row.since,
        updatedAt: row.updated_at,
        practiceId: row.practice_id,
        office: {
          enhetsnummer: row.enhetsnummer,
          name: row.name,
          municipalities: row.municipalities,
          region: { code: row.code, name: row.region_name },
        },
      })),
    );
}

export const adoptionsOfPractices = (db: Db, practiceIds: readonly string[]) =>
  adoptions(db, sql<SqlBool>`a.practice_id = any(${[...practiceIds]}::uuid[])`);

export const adoptionsOfOffices = (db: Db, enhetsnummer: readonly string[]) =>
  adoptions(db, sql<SqlBool>`a.office_enhetsnummer = any(${[...enhetsnummer]})`);

export const adoptionById = (db: Db, id: string) => adoptions(db, sql<SqlBool>`a.id = ${id}`).then((rows) => rows[0]);
