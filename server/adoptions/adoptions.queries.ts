// Adoptions as plain rows, each with its office and the office's region read in the same statement,
// and their history of status changes.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../db/read-db.js';
import type { AdoptionStatus } from './adoption-status.js';
import type { AdoptionChangeType, AdoptionType, FidelityType } from './adoption.types.js';
import { FIDELITY_RANGE, type FidelityScale } from './fidelity.js';

export function fidelityOf(scale: string | null, score: number | null): FidelityType | null {
  if (scale == null || score == null) return null;
  const { min, max } = FIDELITY_RANGE[scale as FidelityScale];
  return { scale: scale as FidelityScale, score, min, max };
}

function adoptions(db: Db, where: Expression<SqlBool>): Promise<AdoptionType[]> {
  return db
    .selectFrom('adoption as a')
    .innerJoin('office as o', 'o.enhetsnummer', 'a.office_enhetsnummer')
    .innerJoin('region as r', 'r.code', 'o.region_code')
    .select([
      'a.id',
      'a.status',
      'a.since',
      'a.note',
      'a.fidelity_scale',
      'a.fidelity_score',
      'a.demo',
      'a.updated_at',
      'a.practice_id',
      'o.enhetsnummer',
      'o.name',
      'o.municipalities',
      'r.code',
      'r.name as region_name',
    ])
    .where(where)
    .orderBy('a.since')
    .orderBy('a.id')
    .execute()
    .then((rows) =>
      rows.map((row) => ({
        id: row.id,
        status: row.status as AdoptionStatus,
        since: row.since,
        note: row.note,
        fidelity: fidelityOf(row.fidelity_scale, row.fidelity_score),
        demo: row.demo,
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

/** The status changes of these adoptions, oldest first. */
export async function historyOfAdoptions(db: Db, adoptionIds: readonly string[]): Promise<AdoptionChangeType[]> {
  const rows = await db
    .selectFrom('adoption_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.changed_by_id')
    .select([
      'e.id',
      'e.adoption_id',
      'e.from_status',
      'e.to_status',
      'e.since',
      'e.changed_at',
      'e.reason',
      'e.note',
      'e.fidelity_scale',
      'e.fidelity_score',
      'e.demo',
      'u.name as changed_by_name',
    ])
    .where('e.adoption_id', '=', sql<string>`any(${[...adoptionIds]}::uuid[])`)
    .orderBy('e.changed_at')
    .orderBy('e.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    adoptionId: row.adoption_id,
    fromStatus: row.from_status as AdoptionStatus | null,
    toStatus: row.to_status as AdoptionStatus,
    since: row.since,
    changedAt: row.changed_at,
    reason: row.reason,
    note: row.note,
    fidelity: fidelityOf(row.fidelity_scale, row.fidelity_score),
    demo: row.demo,
    changedByName: row.changed_by_name,
  }));
}
