import { Migration } from '@mikro-orm/migrations';

// Practices' rating and adoption aggregates are kept by delta: statement triggers with transition
// tables add what a statement's rows changed to each practice's row. `set x = x + d` is applied to
// the newest row version under the row lock that the UPDATE takes, so the sums are exact under any
// number of concurrent writers, cost O(1) per rating, and hold for every writer (services, seeds,
// scripts, cascades). Averages are kept from integer sums. Every change of a practice's ratings
// gives it a new rating_version from a sequence, so app instances can follow rating changes in
// order (see server/search/postgres/rating-board.ts) without a notification per rating.

const DIMENSIONS = ['usefulness', 'transferability', 'observed_effect'];
const ACTIVE_ADOPTION = `status in ('PILOTING', 'IN_USE')`;

/** Changed rows with a sign: +1 for rows as they are now, −1 for rows as they were. */
const SIGNED_ROWS: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: 'select 1 as sign, * from new_rows',
  DELETE: 'select -1 as sign, * from old_rows',
  UPDATE: 'select 1 as sign, * from new_rows union all select -1 as sign, * from old_rows',
};

/**
 * The rating trigger function of an event; `replace` and `demoCount` (migration rating_demo_count:
 * the practice's demo ratings counted too) for a later migration.
 */
export function ratingDeltaFunction(event: keyof typeof SIGNED_ROWS, options: { replace?: boolean; demoCount?: boolean } = {}): string {
  const sums = [
    'sum(sign)::int as n',
    ...(options.demoCount ? ['sum(sign * demo::int)::int as demo_n'] : []),
    'sum(sign * score)::int as total',
    ...[1, 2, 3, 4, 5].map((s) => `sum(sign * (score = ${s})::int)::int as s${s}`),
    ...DIMENSIONS.flatMap((d) => [`coalesce(sum(sign * ${d}), 0)::int as ${d}_sum`, `sum(sign * (${d} is not null)::int)::int as ${d}_count`]),
  ].join(', ');
  const dimensionSets = DIMENSIONS.flatMap((d) => [
    `rating_${d}_sum = p.rating_${d}_sum + d.${d}_sum`,
    `rating_${d}_count = p.rating_${d}_count + d.${d}_count`,
    `rating_${d} = case when p.rating_${d}_count + d.${d}_count > 0
       then (p.rating_${d}_sum + d.${d}_sum)::float8 / (p.rating_${d}_count + d.${d}_count) end`,
  ]).join(',\n        ');
  return `create ${options.replace ? 'or replace ' : ''}function practice_rating_delta_on_${event.toLowerCase()}() returns trigger language plpgsql as $$
    begin
      update practice p set
        rating_version = nextval('practice_rating_version'),
        rating_count = p.rating_count + d.n,${options.demoCount ? '\n        rating_demo_count = p.rating_demo_count + d.demo_n,' : ''}
        rating_sum = p.rating_sum + d.total,
        rating_average = case when p.rating_count + d.n > 0 then (p.rating_sum + d.total)::float8 / (p.rating_count + d.n) else 0 end,
        rating_distribution = array[${[1, 2, 3, 4, 5].map((s) => `p.rating_distribution[${s}] + d.s${s}`).join(', ')}],
        ${dimensionSets}
      from (select practice_id, ${sums} from (${SIGNED_ROWS[event]}) changed group by practice_id) d
      where p.id = d.practice_id;
      return null;
    end $$;`;
}

function adoptionDeltaFunction(event: keyof typeof SIGNED_ROWS): string {
  return `create function practice_adoption_delta_on_${event.toLowerCase()}() returns trigger language plpgsql as $$
    begin
      update practice p set adoption_count = p.adoption_count + d.n
      from (select practice_id, sum(sign * (${ACTIVE_ADOPTION})::int)::int as n from (${SIGNED_ROWS[event]}) changed group by practice_id) d
      where p.id = d.practice_id and d.n <> 0;
      return null;
    end $$;`;
}

const TRANSITIONS: Record<keyof typeof SIGNED_ROWS, string> = {
  INSERT: 'new table as new_rows',
  DELETE: 'old table as old_rows',
  UPDATE: 'old table as old_rows new table as new_rows',
};

const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;

/** The columns whose change alters what a search shows or how it orders; ratings are not among them. */
const SEARCHED_PRACTICE_COLUMNS = [
  'slug', 'title', 'summary', 'description', 'themes', 'target_groups', 'evidence_level', 'status', 'responsibility',
  'origin_office_enhetsnummer', 'author_id', 'adoption_count', 'created_at',
];

export class Migration20261201200000_aggregates_by_delta extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence practice_rating_version;`);
    this.addSql(`alter table practice add column rating_version bigint not null default 0, add column rating_sum int not null default 0,
      ${DIMENSIONS.map((d) => `add column rating_${d}_sum int not null default 0, add column rating_${d}_count int not null default 0`).join(',\n      ')};`);
    this.addSql(`update practice p set rating_sum = coalesce(r.total, 0),
      ${DIMENSIONS.map((d) => `rating_${d}_sum = coalesce(r.${d}_sum, 0), rating_${d}_count = coalesce(r.${d}_count, 0)`).join(', ')}
      from (select practice_id, sum(score)::int as total,
              ${DIMENSIONS.map((d) => `sum(${d})::int as ${d}_sum, count(${d})::int as ${d}_count`).join(', ')}
            from rating group by practice_id) r
      where r.practice_id = p.id;`);
    this.addSql(`create index practice_rating_version_index on practice (rating_version);`);
    for (const event of EVENTS) {
      this.addSql(ratingDeltaFunction(event));
      this.addSql(`create trigger rating_aggregates_on_${event.toLowerCase()} after ${event.toLowerCase()} on rating
        referencing ${TRANSITIONS[event]} for each statement execute function practice_rating_delta_on_${event.toLowerCase()}();`);
      this.addSql(adoptionDeltaFunction(event));
      this.addSql(`create trigger adoption_count_on_${event.toLowerCase()} after ${event.toLowerCase()} on adoption
        referencing ${TRANSITIONS[event]} for each statement execute function practice_adoption_delta_on_${event.toLowerCase()}();`);
    }
    // A rating changes no cached search answer's text or filters: only what search reads on
    // practice tells the search answer cache to forget (see search-result-cache.ts).
    this.addSql(`drop trigger practice_search_changed on practice;`);
    this.addSql(`create trigger practice_search_changed after insert or delete or truncate on practice
      for each statement execute function notify_search_changed();`);
    this.addSql(`create trigger practice_search_columns_changed after update of ${SEARCHED_PRACTICE_COLUMNS.join(', ')} on practice
      for each statement execute function notify_search_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger practice_search_columns_changed on practice;`);
    this.addSql(`drop trigger practice_search_changed on practice;`);
    this.addSql(`create trigger practice_search_changed after insert or update or delete or truncate on practice
      for each statement execute function notify_search_changed();`);
    for (const event of EVENTS) {
      this.addSql(`drop trigger rating_aggregates_on_${event.toLowerCase()} on rating;`);
      this.addSql(`drop function practice_rating_delta_on_${event.toLowerCase()}();`);
      this.addSql(`drop trigger adoption_count_on_${event.toLowerCase()} on adoption;`);
      this.addSql(`drop function practice_adoption_delta_on_${event.toLowerCase()}();`);
    }
    this.addSql(`drop index practice_rating_version_index;`);
    this.addSql(`alter table practice drop column rating_version, drop column rating_sum,
      ${DIMENSIONS.map((d) => `drop column rating_${d}_sum, drop column rating_${d}_count`).join(', ')};`);
    this.addSql(`drop sequence practice_rating_version;`);
  }
}
