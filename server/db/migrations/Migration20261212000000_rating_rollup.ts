import { Migration } from '@mikro-orm/migrations';

// ratingStats answers from rollups that the rating writes keep in their own transaction, by
// statement triggers with transition tables, as aggregates_by_delta keeps the practices' aggregates.
//
// - rating.record_key and rater_key.record_key: permanent random keys, 0–255, one per rating (given
//   at insert) and one per rater (given with their first rating); nothing in the app writes them.
//   A released count is perturbed by its cell key, the sum of its records' keys mod 256
//   (server/research/perturbation.ts). A rater key outlives its user (no foreign key): the trigger
//   that takes a deleted user's ratings out of the rollups still finds it.
// - rating_rollup: office × practice × month, per score the number of ratings and the sum of their
//   record keys. Ratings without an office are under office '' (a key column cannot be null); the
//   month is the UTC month of created_at, which never changes.
// - rating_rollup_office: the same per office × month, with its distinct raters and the sum of their
//   rater keys. Region by month, say, then reads a few thousand rows instead of a million.
// - rating_rater: office × month × user, the user's number of ratings there (distinct raters of any
//   offices and months); rating_rater_month: month × user, how many offices the user rated from.
//   The distinct raters of several offices in a month are the offices' raters less the users
//   counted more than once, found among the few rows with offices > 1.
// Upserts and `x = x + d` apply to the newest row version under its row lock, so the rollups are
// exact under any number of concurrent writers; a row that counts nothing any more is deleted by the
// transaction that emptied it. An edit that changes the score, the office or a key moves the rating
// (a row as it was out, as it is in); an edit that changes none of them writes no rollup row.

const SCORES = [1, 2, 3, 4, 5];
export const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;
export type Event = (typeof EVENTS)[number];

const TRANSITIONS: Record<Event, string> = {
  INSERT: 'new table as new_rows',
  DELETE: 'old table as old_rows',
  UPDATE: 'old table as old_rows new table as new_rows',
};

const RANDOM_KEY = 'floor(random() * 256)';
const KEY_RANGE = 'check (record_key >= 0 and record_key < 256)';

/** A rating's rollup keys and what the rollups count of it. */
const COLUMNS = `coalesce(office_enhetsnummer, '') as office, date_trunc('month', created_at at time zone 'UTC')::date as month,
  practice_id, user_id, score, record_key`;

/**
 * Changed ratings with a sign: +1 as they are now, −1 as they were; `only` (a condition, with its
 * leading space) keeps some ratings out of the rollups (migration evidence_model: demo ratings).
 */
export function signedRows(only = ''): Record<Event | 'BACKFILL', string> {
  return {
    BACKFILL: `select 1 as sign, ${COLUMNS} from rating${only}`,
    INSERT: `select 1 as sign, ${COLUMNS} from new_rows${only}`,
    DELETE: `select -1 as sign, ${COLUMNS} from old_rows${only}`,
    UPDATE: `select 1 as sign, ${COLUMNS} from new_rows${only} union all select -1 as sign, ${COLUMNS} from old_rows${only}`,
  };
}
const SIGNED = signedRows();

/** Per score, the number of ratings and the sum of their keys. */
const BUCKETS = [...SCORES.map((s) => `n${s}`), ...SCORES.map((s) => `key${s}`)];
const BUCKET_SUMS = [
  ...SCORES.map((s) => `sum(sign * (score = ${s})::int)::int as n${s}`),
  ...SCORES.map((s) => `sum(sign * (score = ${s})::int * record_key)::int as key${s}`),
].join(', ');
const BUCKET_COLUMNS = BUCKETS.map((c) => `${c} int not null`).join(', ');
const EMPTY = SCORES.map((s) => `t.n${s} = 0`).join(' and ');

const anyNonZero = (columns: string[]) => columns.map((c) => `${c} <> 0`).join(' or ');
const added = (columns: string[]) => columns.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ');
const matches = (columns: string[]) => columns.map((c) => `t.${c} = g.${c}`).join(' and ');

/** The office × practice × month rows a statement's ratings change, changed. */
export function practiceRollupSql(signed: string): string {
  return `insert into rating_rollup as t (practice_id, month, office, ${BUCKETS.join(', ')})
    select * from (select practice_id, month, office, ${BUCKET_SUMS} from (${signed}) c group by 1, 2, 3) d
    where ${anyNonZero(BUCKETS)} order by 1, 2, 3
    on conflict (practice_id, month, office) do update set ${added(BUCKETS)};`;
}

/**
 * The raters' rows and the office × month rows, changed. `members` returns each rater row as it is
 * now; with the statement's delta that tells whether the rater came to (or left) an office's month.
 */
export function raterRollupSql(signed: string): string {
  const officeColumns = [...BUCKETS, 'raters', 'raters_key'];
  return `with changed as (${signed}),
    deltas as (select month, user_id, office, sum(sign)::int as n from changed group by 1, 2, 3 having sum(sign) <> 0),
    members as (
      insert into rating_rater as t (month, user_id, office, n) select * from deltas order by 1, 2, 3
      on conflict (month, user_id, office) do update set n = t.n + excluded.n
      returning t.month, t.user_id, t.office, t.n),
    moved as (
      select m.month, m.user_id, m.office, (m.n > 0)::int - (m.n - d.n > 0)::int as raters
      from members m join deltas d using (month, user_id, office) where (m.n > 0) <> (m.n - d.n > 0)),
    offices as (
      insert into rating_rater_month as t (month, user_id, offices)
      select month, user_id, sum(raters)::int from moved group by 1, 2 having sum(raters) <> 0 order by 1, 2
      on conflict (month, user_id) do update set offices = t.offices + excluded.offices),
    scores as (select month, office, ${BUCKET_SUMS} from changed group by 1, 2),
    raters as (
      select month, office, sum(raters)::int as raters, sum(raters * k.record_key)::int as raters_key
      from moved join rater_key k using (user_id) group by 1, 2)
    insert into rating_rollup_office as t (month, office, ${officeColumns.join(', ')})
    select * from (
      select month, office, ${officeColumns.map((c) => `coalesce(${c}, 0) as ${c}`).join(', ')}
      from scores full join raters using (month, office)) d
    where ${anyNonZero(officeColumns)} order by 1, 2
    on conflict (month, office) do update set ${added(officeColumns)};`;
}

/** Deletes the rows a statement's old ratings were counted in, where they now count nothing. */
function emptyRowsSql(signed: Record<Event | 'BACKFILL', string>): string {
  const gone = (columns: string) => `(select distinct ${columns} from (${signed.DELETE}) c)`;
  return `with practices as (
      delete from rating_rollup t using ${gone('practice_id, month, office')} g
      where ${matches(['practice_id', 'month', 'office'])} and ${EMPTY}),
    members as (delete from rating_rater t using ${gone('month, user_id, office')} g where ${matches(['month', 'user_id', 'office'])} and t.n = 0),
    months as (delete from rating_rater_month t using ${gone('month, user_id')} g where ${matches(['month', 'user_id'])} and t.offices = 0)
    delete from rating_rollup_office t using ${gone('month, office')} g where ${matches(['month', 'office'])} and ${EMPTY};`;
}

/** The trigger function of an event; `create or replace` and `only` as signedRows's for a later migration. */
export function rollupFunction(event: Event, options: { replace?: boolean; only?: string } = {}): string {
  const signed = options.only ? signedRows(options.only) : SIGNED;
  return `create ${options.replace ? 'or replace ' : ''}function rating_rollup_on_${event.toLowerCase()}() returns trigger language plpgsql as $$
    begin
      ${event === 'DELETE' ? '' : 'insert into rater_key (user_id) select distinct user_id from new_rows order by 1 on conflict do nothing;'}
      ${practiceRollupSql(signed[event])}
      ${raterRollupSql(signed[event])}
      ${event === 'INSERT' ? '' : emptyRowsSql(signed)}
      return null;
    end $$;`;
}

/** A rater key changed by hand (a test, an operator) moves the sums it is counted in. */
const RATER_KEY_CHANGED = `create function rater_key_on_update() returns trigger language plpgsql as $$
  begin
    update rating_rollup_office t set raters_key = t.raters_key + d.delta
    from (select r.month, r.office, sum(n.record_key - o.record_key)::int as delta
          from new_keys n join old_keys o using (user_id) join rating_rater r using (user_id)
          group by 1, 2 having sum(n.record_key - o.record_key) <> 0 order by 1, 2) d
    where t.month = d.month and t.office = d.office;
    return null;
  end $$;`;

export class Migration20261212000000_rating_rollup extends Migration {
  override async up(): Promise<void> {
    // A volatile default is evaluated for each existing row: every rating gets its own key.
    this.addSql(`alter table rating add column record_key smallint not null default ${RANDOM_KEY},
      add constraint rating_record_key_range ${KEY_RANGE};`);
    this.addSql(`create table rater_key (user_id uuid primary key, record_key smallint not null default ${RANDOM_KEY} ${KEY_RANGE});`);
    this.addSql(`create table rating_rollup (practice_id uuid not null, month date not null, office text not null, ${BUCKET_COLUMNS},
      primary key (practice_id, month, office));`);
    this.addSql(`create table rating_rater (month date not null, user_id uuid not null, office text not null, n int not null,
      primary key (month, user_id, office));`);
    this.addSql(`create table rating_rater_month (month date not null, user_id uuid not null, offices int not null, primary key (month, user_id));`);
    this.addSql(`create index rating_rater_month_shared_index on rating_rater_month (month, user_id) where offices > 1;`);
    this.addSql(`create table rating_rollup_office (month date not null, office text not null, ${BUCKET_COLUMNS},
      raters int not null, raters_key int not null, primary key (month, office));`);

    this.addSql(`insert into rater_key (user_id) select distinct user_id from rating order by 1;`);
    this.addSql(practiceRollupSql(SIGNED.BACKFILL));
    this.addSql(raterRollupSql(SIGNED.BACKFILL));
    for (const event of EVENTS) {
      this.addSql(rollupFunction(event));
      this.addSql(`create trigger rating_rollup_on_${event.toLowerCase()} after ${event.toLowerCase()} on rating
        referencing ${TRANSITIONS[event]} for each statement execute function rating_rollup_on_${event.toLowerCase()}();`);
    }
    this.addSql(`create function rating_rollup_on_truncate() returns trigger language plpgsql as $$
      begin truncate rating_rollup, rating_rollup_office, rating_rater, rating_rater_month; return null; end $$;`);
    this.addSql('create trigger rating_rollup_on_truncate after truncate on rating for each statement execute function rating_rollup_on_truncate();');
    this.addSql(RATER_KEY_CHANGED);
    this.addSql(`create trigger rater_key_on_update after update on rater_key
      referencing old table as old_keys new table as new_keys for each statement execute function rater_key_on_update();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger rater_key_on_update on rater_key;');
    this.addSql('drop function rater_key_on_update();');
    this.addSql('drop trigger rating_rollup_on_truncate on rating;');
    this.addSql('drop function rating_rollup_on_truncate();');
    for (const event of EVENTS) {
      this.addSql(`drop trigger rating_rollup_on_${event.toLowerCase()} on rating;`);
      this.addSql(`drop function rating_rollup_on_${event.toLowerCase()}();`);
    }
    this.addSql('drop table rating_rollup_office, rating_rater_month, rating_rater, rating_rollup, rater_key;');
    this.addSql('alter table rating drop constraint rating_record_key_range, drop column record_key;');
  }
}
