import { Migration } from '@mikro-orm/migrations';

// Outcomes may name a catalogue indicator (issue 14). An outcome lives in its practice's JSON
// (outcomes[].indicatorCode next to its free-text label, outcomes[].indicator), so the foreign key
// is kept in practice_outcome_indicator: one row per practice and indicator its outcomes name,
// rewritten by a trigger whenever the outcomes change. An unknown code fails the write there, and
// an indicator that outcomes name cannot be deleted or renamed from under them.
// Today's outcomes are carried over: one whose label is an indicator's name or code (case and
// spacing aside) links to it, where exactly one indicator matches; every other keeps its text only.

/** The same comparison in SQL as the migration's matching: lower case, spacing collapsed. */
const NORMALISED = (expression: string) => `lower(regexp_replace(btrim(${expression}), '\\s+', ' ', 'g'))`;

export class Migration20261219000000_outcome_indicators extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create table "practice_outcome_indicator" ("practice_id" uuid not null, "indicator_code" text not null,
      constraint "practice_outcome_indicator_pkey" primary key ("practice_id", "indicator_code"));`);
    await this.execute(`create index "practice_outcome_indicator_indicator_code_index" on "practice_outcome_indicator" ("indicator_code");`);
    await this.execute(`alter table "practice_outcome_indicator" add constraint "practice_outcome_indicator_practice_id_foreign"
      foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`);
    // Deferred to the commit, so a transaction may write a practice before the indicators it names (the seed does).
    await this.execute(`alter table "practice_outcome_indicator" add constraint "practice_outcome_indicator_indicator_code_foreign"
      foreign key ("indicator_code") references "indicator" ("code") on update restrict on delete restrict deferrable initially deferred;`);

    await this.execute(`create function practice_outcome_indicators_sync() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and new.outcomes is not distinct from old.outcomes then return null; end if;
        delete from practice_outcome_indicator where practice_id = new.id;
        insert into practice_outcome_indicator (practice_id, indicator_code)
          select distinct new.id, o->>'indicatorCode' from jsonb_array_elements(new.outcomes) o where o->>'indicatorCode' is not null;
        return null;
      end $$;`);
    await this.execute(`create trigger practice_outcome_indicators_sync after insert or update of outcomes on practice
      for each row execute function practice_outcome_indicators_sync();`);

    // Carry over: link each outcome whose label matches exactly one indicator. The trigger fills the table.
    await this.execute(`update practice p set outcomes = linked.outcomes
      from (
        select p2.id, jsonb_agg(
          case when m.code is null then o.value else o.value || jsonb_build_object('indicatorCode', m.code) end
          order by o.ordinality) as outcomes, bool_or(m.code is not null) as changed
        from practice p2
        cross join lateral jsonb_array_elements(p2.outcomes) with ordinality as o(value, ordinality)
        left join lateral (
          select min(i.code) as code from indicator i
          where o.value->>'indicatorCode' is null
            and (${NORMALISED('i.name')} = ${NORMALISED(`o.value->>'indicator'`)} or lower(i.code) = ${NORMALISED(`o.value->>'indicator'`)})
          having count(*) = 1
        ) m on true
        group by p2.id
      ) linked
      where linked.id = p.id and linked.changed;`);
    // Outcomes linked before this migration ran (none in practice; a rerun after down) are in the table too.
    await this.execute(`insert into practice_outcome_indicator (practice_id, indicator_code)
      select distinct p.id, o->>'indicatorCode' from practice p cross join lateral jsonb_array_elements(p.outcomes) o
      where o->>'indicatorCode' is not null on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    // The links go; each outcome keeps its label, which is all it had before.
    await this.execute(`drop trigger practice_outcome_indicators_sync on practice;`);
    await this.execute(`drop function practice_outcome_indicators_sync();`);
    await this.execute(`drop table "practice_outcome_indicator";`);
    await this.execute(`update practice set outcomes = (select jsonb_agg(o - 'indicatorCode' order by n) from jsonb_array_elements(outcomes) with ordinality as e(o, n))
      where jsonb_path_exists(outcomes, '$[*].indicatorCode');`);
  }
}
