import { Migration } from '@mikro-orm/migrations';
import { isDeepStrictEqual } from 'node:util';
import { outcomeAsText, structuredOutcome } from './Migration20261217000000_evidence_model.js';
import {
  corrections,
  notResults,
  type OutcomeBefore,
  type PracticeCorrection,
  type SeedLink,
  type StoredOutcome,
  unrecognisedSeedAdoptions,
} from './Migration20261220000000_catalogue_corrections.data.js';

// The seed catalogue as corrected after the domain review (issue 14), for databases seeded before
// it: the seeder never overwrites a row, so without this they would keep the wrong texts.
// A seeded practice (found by its slug) gets the corrected value of a field only where the field
// still holds what the seed wrote, so nothing an editor has changed since is overwritten:
// - summary, description and evidence level: replaced where they are the old seed's text;
// - links and outcomes: the seeded ones are replaced by the corrected ones where all of them are
//   still there unchanged; links or outcomes an editor added are kept, after the corrected ones;
// - outcomes that were no results (a trial's size, a count of offices) leave even where an editor
//   changed the others, and their text goes into the description unless it is there already;
// - a cost where the practice has none;
// - the old seed's adoptions that evidence_model did not recognise (it looked for the corrected
//   seed's) are marked as the demo data they are, with their history, unless a person has changed them.
// Every practice changed is queued for the search engine, as a write through the API is. Practices
// the corrected seed adds (sick leave, voluntary organisations, learning arenas, office models) are
// not inserted here: `npm run seed` adds the seed's missing practices to an existing database.

interface PracticeRow {
  id: string;
  summary: string;
  description: string;
  evidence_level: string;
  links: SeedLink[];
  outcomes: StoredOutcome[];
  cost: unknown;
}

type Columns = Partial<Omit<PracticeRow, 'id'>>;

const JSON_COLUMNS = new Set<keyof Columns>(['links', 'outcomes', 'cost']);

/** A stored item holds a seeded one where every field the seed wrote is there unchanged (later migrations may add fields). */
const holds = (stored: object, seeded: object) =>
  Object.entries(seeded).every(([key, value]) => isDeepStrictEqual((stored as Record<string, unknown>)[key], value));

/**
 * `to` in place of the seeded items `from` where all of them are still in `current`, followed by
 * the items someone added; null where a seeded item has been changed or removed since.
 */
export function replaceSeeded<T extends object>(current: T[], from: T[], to: T[]): T[] | null {
  if (!from.length && current.length) return null;
  const matched = new Set<number>();
  for (const seeded of from) {
    const index = current.findIndex((item, i) => !matched.has(i) && holds(item, seeded));
    if (index < 0) return null;
    matched.add(index);
  }
  const added = current.filter((item, i) => !matched.has(i) && !to.some((corrected) => holds(item, corrected)));
  return [...to, ...added];
}

/**
 * What migration evidence_model made of the old seed's outcomes and description: each outcome
 * structured (null where it went into the description instead), and the description.
 */
function asEvidenceModelLeftThem(outcomes: OutcomeBefore[], description: string): { each: (object | null)[]; description: string } {
  const each = outcomes.map((old) => {
    const outcome = structuredOutcome(old);
    return outcome ? (JSON.parse(JSON.stringify(outcome)) as object) : null;
  });
  const moved = outcomes.filter((_, i) => each[i] === null).map(outcomeAsText);
  return { each, description: moved.length ? `${description.trimEnd()}\n\n## Tall uten måletidspunkt\n${moved.join('\n')}\n` : description };
}

/** The columns of `row` to correct, or none. */
export function correctionOf(row: PracticeRow, correction: PracticeCorrection, indicatorCodes: ReadonlySet<string>): Columns {
  const before = asEvidenceModelLeftThem(correction.outcomes?.from ?? [], correction.description?.from ?? '');
  let description = correction.description && row.description === before.description ? correction.description.to : row.description;
  const next: Columns = {};
  if (correction.summary && row.summary === correction.summary.from) next.summary = correction.summary.to;
  if (correction.evidenceLevel && row.evidence_level === correction.evidenceLevel.from) next.evidence_level = correction.evidenceLevel.to;
  if (correction.links) next.links = replaceSeeded(row.links, correction.links.from, correction.links.to) ?? row.links;
  if (correction.cost && row.cost == null) next.cost = correction.cost;

  if (correction.outcomes) {
    // An indicator the corrected outcomes name may not be in this database (its indicators come from the seed).
    const to = correction.outcomes.to.map(({ indicatorCode, ...outcome }) =>
      indicatorCode && indicatorCodes.has(indicatorCode) ? { ...outcome, indicatorCode } : outcome,
    );
    const seeded = before.each.filter((outcome) => outcome !== null);
    const noResults = notResults
      .filter((n) => n.slug === correction.slug)
      .map((n) => ({ ...n, stored: before.each[correction.outcomes!.from.findIndex((o) => o.indicator === n.indicator)] }))
      .filter((n): n is typeof n & { stored: object } => n.stored != null);
    const outcomes =
      replaceSeeded<object>(row.outcomes, seeded, to) ?? row.outcomes.filter((outcome) => !noResults.some((n) => holds(outcome, n.stored)));
    for (const n of noResults) {
      const removed = row.outcomes.some((o) => holds(o, n.stored)) && !outcomes.some((o) => holds(o, n.stored));
      if (removed && !description.includes(n.marker)) description = `${description.trimEnd()}\n\n${n.text}\n`;
    }
    next.outcomes = outcomes as StoredOutcome[];
  }
  next.description = description;

  for (const key of Object.keys(next) as (keyof Columns)[]) if (isDeepStrictEqual(next[key], row[key])) delete next[key];
  return next;
}

export class Migration20261220000000_catalogue_corrections extends Migration {
  override async up(): Promise<void> {
    const indicatorCodes = new Set(((await this.execute(`select code from indicator`)) as { code: string }[]).map((r) => r.code));
    for (const correction of corrections) {
      const [row] = (await this.execute(
        `select id, summary, description, evidence_level, links, outcomes, cost from practice where slug = ? for update`,
        [correction.slug],
      )) as PracticeRow[];
      if (!row) continue;
      const columns = correctionOf(row, correction, indicatorCodes);
      const keys = Object.keys(columns) as (keyof Columns)[];
      if (!keys.length) continue;
      const assignments = keys.map((key) => `"${key}" = ?${JSON_COLUMNS.has(key) ? '::jsonb' : ''}`);
      const values = keys.map((key) => (JSON_COLUMNS.has(key) ? JSON.stringify(columns[key]) : columns[key]));
      await this.execute(`update practice set ${assignments.join(', ')}, updated_at = now() where id = ?`, [...values, row.id]);
      await this.execute(`insert into search_outbox (practice_id, reason, enqueued_at, attempts, next_attempt_at) values (?, 'text', now(), 0, now())`, [row.id]);
    }
    await this.markSeedAdoptions();
  }

  private async markSeedAdoptions(): Promise<void> {
    await this.execute(
      `with marked as (
         update adoption a set demo = true
         from practice p, jsonb_to_recordset(?::jsonb) as s(practice text, office text, status text, since date)
         where p.id = a.practice_id and p.slug = s.practice and a.office_enhetsnummer = s.office and a.status = s.status and a.since = s.since
           and not a.demo and not exists (select 1 from adoption_event e where e.adoption_id = a.id and e.changed_by_id is not null)
         returning a.id)
       update adoption_event e set demo = true from marked where e.adoption_id = marked.id`,
      [JSON.stringify(unrecognisedSeedAdoptions)],
    );
  }

  override async down(): Promise<void> {
    // A correction of wrong claims: putting them back would help no version of the app, and which
    // fields an editor has changed since is not recorded.
  }
}
