// Practices as plain rows, each with its origin office and region read in the same statement. The
// long texts (description, outcomes, links) are read only where a page shows them.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Db } from '../db/read-db.js';
import { afterValues, connectionOf, type Connection, type CursorKey } from '../graphql/pagination.js';
import { mayIncludeNeverPublished, type DraftAccess } from './practice.policy.js';
import { PracticeOrder, type PracticeDetails, type PracticeType } from './practice.types.js';
import { presentOutcome } from './outcomes.js';
import { PracticeStatus, type EvidenceLevel, type PracticeKind, type Responsibility, type StudyDesign, type TargetGroup, type Theme } from './vocabulary.js';
import type { StoredOutcome } from '../db/tables.js';
import type { IndicatorType } from '../indicators/indicator.types.js';

export interface PracticeListFilter {
  themes?: Theme[] | null;
  targetGroups?: TargetGroup[] | null;
  evidenceLevels?: EvidenceLevel[] | null;
  statuses?: PracticeStatus[] | null;
  regionCode?: string | null;
  office?: string | null;
}

function selectPractices(db: Db) {
  return db
    .selectFrom('practice as p')
    .innerJoin('office as o', 'o.enhetsnummer', 'p.origin_office_enhetsnummer')
    .innerJoin('region as r', 'r.code', 'o.region_code')
    .select([
      'p.id',
      'p.slug',
      'p.title',
      'p.summary',
      'p.themes',
      'p.target_groups',
      'p.evidence_level',
      'p.status',
      'p.responsibility',
      'p.kind',
      'p.cost',
      'p.review_due',
      'p.adoption_count',
      'p.created_at',
      'p.updated_at',
      'p.published_at',
      'p.author_id',
      'p.rating_count',
      'p.rating_demo_count',
      'p.rating_average',
      'p.rating_distribution',
      'p.rating_usefulness',
      'p.rating_transferability',
      'p.rating_observed_effect',
      'o.enhetsnummer as office_enhetsnummer',
      'o.name as office_name',
      'o.municipalities as office_municipalities',
      'r.code as region_code',
      'r.name as region_name',
    ]);
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectPractices>['execute']>>[number];

function toPractice(row: SelectedRow): PracticeType {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    themes: row.themes as Theme[],
    targetGroups: row.target_groups as TargetGroup[],
    evidenceLevel: row.evidence_level as EvidenceLevel,
    status: row.status as PracticeStatus,
    responsibility: row.responsibility as Responsibility,
    kind: row.kind as PracticeKind,
    cost: row.cost,
    reviewDue: row.review_due,
    adoptionCount: row.adoption_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    authorId: row.author_id,
    rating: {
      count: row.rating_count,
      demoCount: row.rating_demo_count,
      average: row.rating_average,
      distribution: row.rating_distribution,
      usefulness: row.rating_usefulness,
      transferability: row.rating_transferability,
      observedEffect: row.rating_observed_effect,
    },
    originOffice: {
      enhetsnummer: row.office_enhetsnummer,
      name: row.office_name,
      municipalities: row.office_municipalities,
      region: { code: row.region_code, name: row.region_name },
    },
  };
}

export async function practicesById(db: Db, ids: readonly string[]): Promise<PracticeType[]> {
  const rows = await selectPractices(db).where('p.id', '=', sql<string>`any(${[...ids]}::uuid[])`).execute();
  return rows.map(toPractice);
}

export async function practicesOverdueForReview(db: Db, regionCode: string): Promise<PracticeType[]> {
  const rows = await selectPractices(db)
    .where('o.region_code', '=', regionCode)
    .where('p.status', '=', PracticeStatus.PUBLISHED)
    .where('p.review_due', '<', sql<string>`current_date`)
    .orderBy('p.review_due')
    .execute();
  return rows.map(toPractice);
}

/** The practice with this slug and its long texts: what its page shows. */
export async function practiceBySlug(db: Db, slug: string): Promise<PracticeType | undefined> {
  const row = await selectPractices(db)
    .select(['p.description', 'p.outcomes', 'p.links', outcomeIndicators('p').as('outcome_indicators')])
    .where('p.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...toPractice(row), details: { description: row.description, outcomes: toOutcomes(row.outcomes, row.outcome_indicators), links: row.links } };
}

/**
 * The catalogue indicators the practice's outcomes name, read in the practice's own statement (a
 * page costs no more statements however many outcomes link to indicators). Shaped as IndicatorType.
 */
function outcomeIndicators(practice: string) {
  const p = sql.table(practice);
  return sql<IndicatorType[]>`(select coalesce(jsonb_agg(jsonb_build_object(
      'code', i.code, 'name', i.name, 'description', i.description, 'owner', i.owner, 'kind', i.kind, 'unit', i.unit,
      'direction', i.direction, 'themes', to_jsonb(i.themes), 'targetGroups', to_jsonb(i.target_groups), 'source', i.source, 'note', i.note,
      'firstMonth', (select to_char(min(v.month), 'YYYY-MM') from office_indicator_value v where v.indicator_code = i.code),
      'lastMonth', (select to_char(max(v.month), 'YYYY-MM') from office_indicator_value v where v.indicator_code = i.code))), '[]'::jsonb)
    from indicator i where i.code in (select o->>'indicatorCode' from jsonb_array_elements(${p}.outcomes) o))`;
}

const toOutcomes = (stored: StoredOutcome[], indicators: IndicatorType[]) => {
  const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  return stored.map((outcome) =>
    presentOutcome({ ...outcome, targetGroup: outcome.targetGroup as TargetGroup | null, design: outcome.design as StudyDesign }, byCode),
  );
};

export async function practiceDetailsById(db: Db, ids: readonly string[]): Promise<(PracticeDetails & { id: string })[]> {
  const rows = await db
    .selectFrom('practice')
    .select(['id', 'description', 'outcomes', 'links', outcomeIndicators('practice').as('outcome_indicators')])
    .where('id', '=', sql<string>`any(${[...ids]}::uuid[])`)
    .execute();
  return rows.map(({ outcome_indicators, ...row }) => ({ ...row, outcomes: toOutcomes(row.outcomes, outcome_indicators) }));
}

/** The names of the catalogue indicators with these codes, by code; unknown codes are left out. */
export async function indicatorNamesByCode(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db.selectFrom('indicator').select(['code', 'name']).where('code', '=', sql<string>`any(${[...codes]}::text[])`).execute();
  return new Map(rows.map((row) => [row.code, row.name]));
}

interface Order {
  /** Sort columns, the last one unique. */
  columns: [string, string];
  direction: 'asc' | 'desc';
  /** What the cursor holds, as pagination.ts checks it. */
  keys: CursorKey[];
  keysOf: (practice: PracticeType) => unknown[];
  /** The cursor's values as the sort columns' values. */
  valuesOf: (cursor: unknown[]) => unknown[];
}

/** Sorted by one column, then by id in the same direction. */
const byColumn = (column: string, direction: Order['direction'], key: CursorKey, valueOf: (practice: PracticeType) => unknown): Order => ({
  columns: [column, 'p.id'],
  direction,
  keys: [key, 'uuid'],
  keysOf: (practice) => [valueOf(practice), practice.id],
  valuesOf: (cursor) => cursor,
});

export const PRACTICE_ORDERS: Record<PracticeOrder, Order> = {
  [PracticeOrder.TITLE]: byColumn('p.title', 'asc', 'text', (p) => p.title),
  [PracticeOrder.NEWEST]: byColumn('p.created_at', 'desc', 'timestamp', (p) => p.createdAt),
  // The rating's cursor value nests, as the cursors of earlier versions did.
  [PracticeOrder.RATING]: {
    ...byColumn('p.rating_average', 'desc', { average: 'number' }, (p) => ({ average: p.rating.average })),
    valuesOf: ([rating, id]) => [(rating as { average: number }).average, id],
  },
  [PracticeOrder.ADOPTIONS]: byColumn('p.adoption_count', 'desc', 'number', (p) => p.adoptionCount),
};

/** The filter as conditions on `practice p` alone, so the count needs no join. */
function filterConditions(filter: PracticeListFilter, drafts: DraftAccess): RawBuilder<SqlBool>[] {
  const conditions = [visibleWithStatuses(filter.statuses?.length ? filter.statuses : [PracticeStatus.PUBLISHED], drafts)];
  if (filter.themes?.length) conditions.push(sql<SqlBool>`p.themes && ${filter.themes}::text[]`);
  if (filter.targetGroups?.length) conditions.push(sql<SqlBool>`p.target_groups && ${filter.targetGroups}::text[]`);
  if (filter.evidenceLevels?.length) conditions.push(sql<SqlBool>`p.evidence_level = any(${filter.evidenceLevels})`);
  if (filter.office) conditions.push(sql<SqlBool>`p.origin_office_enhetsnummer = ${filter.office}`);
  if (filter.regionCode) conditions.push(sql<SqlBool>`p.origin_office_enhetsnummer in (select enhetsnummer from office where region_code = ${filter.regionCode})`);
  return conditions;
}

/** practice.policy.ts's wasNeverPublished, of the practice `p`. */
export const NEVER_PUBLISHED = sql<SqlBool>`(p.status = ${PracticeStatus.DRAFT} or (p.status = ${PracticeStatus.ARCHIVED} and p.published_at is null))`;

/**
 * The practices `p` with one of these statuses that the viewer may see: practice.policy.ts's
 * canView as a condition. Without a status that may hide something the plain condition is left,
 * which lets a count run on an index alone.
 */
export function visibleWithStatuses(statuses: readonly PracticeStatus[], drafts: DraftAccess): RawBuilder<SqlBool> {
  const shown = sql<SqlBool>`p.status = any(${statuses}::text[])`;
  if (drafts.all || !mayIncludeNeverPublished(statuses)) return shown;
  const own = drafts.authorId ? sql`p.author_id = ${drafts.authorId}` : sql`false`;
  const region = drafts.regionCode
    ? sql`p.origin_office_enhetsnummer in (select enhetsnummer from office where region_code = ${drafts.regionCode})`
    : sql`false`;
  return sql<SqlBool>`(${shown} and (not ${NEVER_PUBLISHED} or ${own} or ${region}))`;
}

export interface PracticeListRequest {
  filter: PracticeListFilter;
  order: PracticeOrder;
  first: number;
  after?: string | null;
  drafts: DraftAccess;
}

/** One page of the catalogue and its total, in one statement. */
export async function listPractices(db: Db, request: PracticeListRequest): Promise<Connection<PracticeType>> {
  const order = PRACTICE_ORDERS[request.order];
  const where = sql<SqlBool>`${sql.join(filterConditions(request.filter, request.drafts), sql` and `)}`;
  const cursor = afterValues(request.after);
  const [first, second] = order.columns.map((column) => sql.ref(column));
  const after = cursor
    ? sql<SqlBool>`(${first}, ${second}) ${sql.raw(order.direction === 'asc' ? '>' : '<')} (${sql.join(order.valuesOf(cursor))})`
    : sql<SqlBool>`true`;
  const rows = await selectPractices(db)
    .select(sql<number>`(select count(*)::int from practice p where ${where})`.as('total'))
    .where(sql<SqlBool>`${where} and ${after}`)
    .orderBy(order.columns[0] as 'p.title', order.direction)
    .orderBy(order.columns[1] as 'p.id', order.direction)
    .limit(request.first + 1)
    .execute();
  // Past the last page no row carries the total: count on its own then.
  const total =
    rows[0]?.total ??
    (await db
      .selectFrom('practice as p')
      .select(sql<number>`count(*)::int`.as('total'))
      .where(where)
      .executeTakeFirstOrThrow()).total;
  return connectionOf(rows.map(toPractice), request.first, total, order.keysOf);
}
