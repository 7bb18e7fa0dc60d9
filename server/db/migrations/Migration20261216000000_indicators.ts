import { Migration } from '@mikro-orm/migrations';

// Result indicators (issue 13): the indicators, each office's monthly values against what its
// local conditions predict, and the office context "offices like mine" is measured on.
// indicator_benchmark holds the medians of actual values per indicator × month, for the country
// (region_code '') and each region; the writes of values keep it in their own transaction
// (server/indicators/indicator-benchmarks.ts), so a scorecard reads 2 × months rows per indicator
// instead of sorting every office's values on every request.
export class Migration20261216000000_indicators extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "indicator" ("code" text not null, "name" text not null, "description" text not null, "owner" text check ("owner" in ('STATE', 'MUNICIPAL')) not null, "kind" text check ("kind" in ('ACTIVITY', 'OUTCOME')) not null, "unit" text check ("unit" in ('PERCENT', 'COUNT', 'DAYS', 'NOK')) not null, "direction" text check ("direction" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')) not null, "themes" text[] not null, "target_groups" text[] not null, "source" text null, "note" text null, "position" int not null, constraint "indicator_pkey" primary key ("code"), constraint indicator_source_or_note check ((source IS NOT NULL) OR (note IS NOT NULL)), constraint indicator_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}\$'));`);

    this.addSql(`create table "office_indicator_value" ("indicator_code" text not null, "month" date not null, "office_enhetsnummer" text not null, "actual" double precision not null, "expected" double precision not null, "demo" boolean not null default false, "updated_at" timestamptz not null default now(), constraint "office_indicator_value_pkey" primary key ("indicator_code", "month", "office_enhetsnummer"));`);
    this.addSql(`create index "office_indicator_value_office_enhetsnummer_month_index" on "office_indicator_value" ("office_enhetsnummer", "month");`);

    this.addSql(`create table "office_context" ("office_enhetsnummer" text not null, "municipalities" jsonb not null, "population" int not null, "centrality" smallint not null, "employees" int not null, "unemployment_rate" double precision not null, "organisation" text check ("organisation" in ('GENERALIST', 'SPECIALIST')) not null, "partnership_model" text check ("partnership_model" in ('UNIFIED_MANAGEMENT', 'SPLIT_MANAGEMENT')) not null, "source" text null, "demo" boolean not null default false, constraint "office_context_pkey" primary key ("office_enhetsnummer"), constraint office_context_centrality check ((centrality >= 1) AND (centrality <= 6)));`);

    this.addSql(`alter table "office_indicator_value" add constraint "office_indicator_value_indicator_code_foreign" foreign key ("indicator_code") references "indicator" ("code") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_indicator_value" add constraint "office_indicator_value_office_enhetsnummer_foreign" foreign key ("office_enhetsnummer") references "office" ("enhetsnummer") on update cascade on delete cascade;`);
    this.addSql(`alter table "office_context" add constraint "office_context_office_enhetsnummer_foreign" foreign key ("office_enhetsnummer") references "office" ("enhetsnummer") on update cascade on delete cascade;`);

    this.addSql(`create table "indicator_benchmark" ("indicator_code" text not null references "indicator" ("code") on update cascade on delete cascade, "month" date not null, "region_code" text not null, "median" double precision not null, "offices" int not null, constraint "indicator_benchmark_pkey" primary key ("indicator_code", "month", "region_code"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator_benchmark";`);
    this.addSql(`drop table if exists "office_context";`);
    this.addSql(`drop table if exists "office_indicator_value";`);
    this.addSql(`drop table if exists "indicator";`);
  }
}
