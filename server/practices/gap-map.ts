// The evidence and gap map: published practices by target group × theme, each cell with its count
// and best evidence strength. For a region: the practices that come from it or that its offices
// pilot or use.
import { sql, type SqlBool } from 'kysely';
import { ACTIVE_ADOPTION_STATUSES } from '../adoptions/adoption-status.js';
import type { Db } from '../db/read-db.js';
import type { StoredOutcome } from '../db/tables.js';
import { evidenceStrength } from './evidence-strength.js';
import type { EvidenceGapMapType, GapMapCellType, GapMapPracticeType } from './gap-map.types.js';
import { PracticeStatus, type EvidenceLevel, type StudyDesign, type TargetGroup, type Theme } from './vocabulary.js';

export async function evidenceGapMap(db: Db, regionCode: string | null): Promise<EvidenceGapMapType> {
  const inRegion = regionCode
    ? sql<SqlBool>`(o.region_code = ${regionCode} or exists (select 1 from adoption a join office ao on ao.enhetsnummer = a.office_enhetsnummer
        where a.practice_id = p.id and ao.region_code = ${regionCode} and a.status = any(${ACTIVE_ADOPTION_STATUSES}::text[])))`
    : sql<SqlBool>`true`;
  const rows = await db
    .selectFrom('practice as p')
    .innerJoin('office as o', 'o.enhetsnummer', 'p.origin_office_enhetsnummer')
    .select(['p.slug', 'p.title', 'p.themes', 'p.target_groups', 'p.evidence_level', 'p.outcomes'])
    .where('p.status', '=', PracticeStatus.PUBLISHED)
    .where(inRegion)
    .orderBy('p.title')
    .execute();

  const cells = new Map<string, GapMapCellType>();
  for (const row of rows) {
    const strength = evidenceStrength(row.outcomes.map((o: StoredOutcome) => ({ ...o, design: o.design as StudyDesign })))?.score ?? null;
    const practice: GapMapPracticeType = { slug: row.slug, title: row.title, evidenceLevel: row.evidence_level as EvidenceLevel, strength };
    for (const theme of row.themes as Theme[]) {
      for (const targetGroup of row.target_groups as TargetGroup[]) {
        const key = `${theme}|${targetGroup}`;
        const cell = cells.get(key) ?? { theme, targetGroup, practiceCount: 0, bestStrength: null, practices: [] };
        cell.practiceCount++;
        cell.practices.push(practice);
        if (strength !== null && (cell.bestStrength === null || strength > cell.bestStrength)) cell.bestStrength = strength;
        cells.set(key, cell);
      }
    }
  }
  for (const cell of cells.values()) cell.practices.sort((a, b) => (b.strength ?? 0) - (a.strength ?? 0));
  return { regionCode, cells: [...cells.values()] };
}
