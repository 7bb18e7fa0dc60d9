import { Migration } from '@mikro-orm/migrations';
import { adoptions as seedAdoptions } from '../../../seeds/data/adoptions.js';
import { EVENTS, rollupFunction } from './Migration20261212000000_rating_rollup.js';

// The evidence model (issue 14):
// - practice.kind (STATUTORY, NATIONAL_METHOD, LOCAL) and practice.cost (JSON with its source);
// - outcomes as measured effects: the free-text period of each outcome becomes its follow-up in
//   months (or its year) where it parses; an outcome whose period does not parse is moved into the
//   description as text, so nothing is lost and no figure claims a structure it never had;
// - the demo flag on ratings and adoptions: the seed's demo ratings (from the demo caseworkers
//   veileder.01…) and the seed's adoptions are marked; demo ratings leave the ratingStats rollups,
//   which from now on count real ratings only (includeDemo reads the ratings themselves);
// - adoption history: every status change in adoption_event, each existing adoption with its first.

/** The seed catalogue's statutory duties and national methods; every other practice stays LOCAL. */
const STATUTORY = ['kvalifiseringsprogrammet', 'aktivitetsplikt-for-unge-sosialhjelpsmottakere', 'ungdomsinnsatsen', 'forsterket-ungdomsinnsats', 'midlertidig-lonnstilskudd'];
const NATIONAL_METHODS = ['individuell-jobbstotte', 'supported-employment-i-nav'];

const ONLY_REAL_RATINGS = ' where not demo';

interface OldOutcome {
  indicator: string;
  value: number;
  unit: string;
  denominator?: string | null;
  period: string;
  year?: number | null;
  source?: string | null;
  demo?: boolean;
}

const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10 };

const numberOf = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]);

/** The follow-up in months a period states ("18 måneder etter oppstart", "innen tre år"), if any. */
export function followUpMonthsOf(period: string): number | undefined {
  const months = /(\d+)\s*(?:måneder|måned|mnd|months?)\b/i.exec(period);
  if (months) return Number(months[1]);
  const years = /\b(\d+|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+år\b/i.exec(period);
  if (years && numberOf(years[1]) !== undefined) return numberOf(years[1])! * 12;
  return undefined;
}

/** An old outcome as a structured one, or null where its period says neither follow-up nor year. */
export function structuredOutcome(old: OldOutcome): Record<string, unknown> | null {
  const followUpMonths = followUpMonthsOf(old.period);
  const year = /\b(19|20)\d{2}\b/.exec(old.period);
  if (followUpMonths === undefined && !year) return null;
  const points = old.unit.trim() === 'prosentpoeng';
  return {
    indicator: old.indicator,
    population: old.denominator ?? undefined,
    followUpMonths,
    value: points ? undefined : old.value,
    unit: points ? '%' : old.unit,
    difference: points ? old.value : undefined,
    // What the old record said about its study is unknown: the weakest research design, not a claim.
    design: 'DESCRIPTIVE',
    note: old.period,
    year: old.year ?? (year ? Number(year[0]) : undefined),
    source: old.source ?? undefined,
    demo: Boolean(old.demo),
  };
}

/** The text an outcome that does not parse leaves in the description. */
export function outcomeAsText(old: OldOutcome): string {
  const parts = [old.denominator, old.period, old.source ? `kilde: ${old.source}` : undefined].filter(Boolean);
  return `- ${old.demo ? 'Demodata: ' : ''}${old.indicator}: ${String(old.value).replace('.', ',')} ${old.unit}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

export class Migration20261217000000_evidence_model extends Migration {
  override async up(): Promise<void> {
    await this.execute(`alter table "practice" add column "kind" text check ("kind" in ('STATUTORY', 'NATIONAL_METHOD', 'LOCAL')) not null default 'LOCAL', add column "cost" jsonb null;`);
    // knex spreads an array parameter into a list: JSON travels as one value.
    await this.execute(`update "practice" set "kind" = 'STATUTORY' where slug in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(STATUTORY)]);
    await this.execute(`update "practice" set "kind" = 'NATIONAL_METHOD' where slug in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(NATIONAL_METHODS)]);
    await this.carryOutcomesOver();

    await this.execute(`alter table "adoption" add column "note" text null, add column "fidelity_score" double precision null,
      add column "fidelity_scale" text check ("fidelity_scale" in ('IPS_25')) null, add column "demo" boolean not null default false;`);
    await this.markSeedAdoptions();
    await this.execute(`create table "adoption_event" ("id" uuid not null, "adoption_id" uuid not null, "from_status" text check ("from_status" in ('CONSIDERING', 'PILOTING', 'IN_USE', 'DISCONTINUED')) null, "to_status" text check ("to_status" in ('CONSIDERING', 'PILOTING', 'IN_USE', 'DISCONTINUED')) not null, "since" date not null, "changed_at" timestamptz not null, "changed_by_id" uuid null, "reason" text null, "note" text null, "fidelity_score" double precision null, "fidelity_scale" text check ("fidelity_scale" in ('IPS_25')) null, "demo" boolean not null default false, constraint "adoption_event_pkey" primary key ("id"));`);
    await this.execute(`create index "adoption_event_adoption_id_changed_at_index" on "adoption_event" ("adoption_id", "changed_at");`);
    await this.execute(`create index "adoption_event_changed_by_id_index" on "adoption_event" ("changed_by_id");`);
    await this.execute(`alter table "adoption_event" add constraint "adoption_event_adoption_id_foreign" foreign key ("adoption_id") references "adoption" ("id") on update cascade on delete cascade;`);
    await this.execute(`alter table "adoption_event" add constraint "adoption_event_changed_by_id_foreign" foreign key ("changed_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    // Each adoption's status as it is: its first recorded change, by nobody known.
    await this.execute(`insert into "adoption_event" (id, adoption_id, from_status, to_status, since, changed_at, demo)
      select gen_random_uuid(), id, null, status, since, updated_at, demo from adoption order by id;`);

    await this.execute(`alter table "rating" add column "demo" boolean not null default false;`);
    // The rollups count real ratings only from here on; marking the demo ratings below takes them out, by the triggers themselves.
    for (const event of EVENTS) await this.execute(rollupFunction(event, { replace: true, only: ONLY_REAL_RATINGS }));
    await this.execute(`update "rating" r set "demo" = true from "app_user" u where u.id = r.user_id and u.username ~ '^veileder\\.[0-9]{2}$';`);
  }

  override async down(): Promise<void> {
    // Put the demo ratings back into the rollups while the triggers still filter, then count everything again.
    await this.execute(`update "rating" set "demo" = false where demo;`);
    for (const event of EVENTS) await this.execute(rollupFunction(event, { replace: true }));
    await this.execute(`alter table "rating" drop column "demo";`);
    await this.execute(`drop table "adoption_event";`);
    await this.execute(`alter table "adoption" drop column "note", drop column "fidelity_score", drop column "fidelity_scale", drop column "demo";`);
    await this.execute(`alter table "practice" drop column "kind", drop column "cost";`);
  }

  private async carryOutcomesOver(): Promise<void> {
    const rows = (await this.execute(`select id, description, outcomes from practice order by id`)) as { id: string; description: string; outcomes: OldOutcome[] }[];
    for (const row of rows) {
      if (!row.outcomes.length) continue;
      const structured: Record<string, unknown>[] = [];
      const moved: string[] = [];
      for (const old of row.outcomes) {
        const outcome = structuredOutcome(old);
        if (outcome) structured.push(outcome);
        else moved.push(outcomeAsText(old));
      }
      const description = moved.length ? `${row.description.trimEnd()}\n\n## Tall uten måletidspunkt\n${moved.join('\n')}\n` : row.description;
      await this.execute(`update practice set outcomes = ?::jsonb, description = ? where id = ?`, [JSON.stringify(structured), description, row.id]);
    }
  }

  /** The seed's adoptions (same practice, office and date as the seed made them) are demo data. */
  private async markSeedAdoptions(): Promise<void> {
    if (!seedAdoptions.length) return;
    await this.execute(
      `update adoption a set demo = true from practice p, jsonb_to_recordset(?::jsonb) as s(practice text, office text, since date)
       where p.id = a.practice_id and p.slug = s.practice and a.office_enhetsnummer = s.office and a.since = s.since`,
      [JSON.stringify(seedAdoptions.map(({ practice, office, since }) => ({ practice, office, since })))],
    );
  }
}
