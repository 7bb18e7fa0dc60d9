import { Migration } from '@mikro-orm/migrations';

export class Migration20261123021841 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "region" ("code" text not null, "name" text not null, constraint "region_pkey" primary key ("code"));`);

    this.addSql(`create table "office" ("enhetsnummer" text not null, "name" text not null, "municipalities" text[] not null, "region_code" text not null, constraint "office_pkey" primary key ("enhetsnummer"));`);
    this.addSql(`create index "office_region_code_index" on "office" ("region_code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "subject" text not null, "username" text null, "name" text not null, "role" text check ("role" in ('CASEWORKER', 'REGIONAL_DIRECTOR', 'RESEARCHER', 'ADMIN')) not null, "office_enhetsnummer" text null, "region_code" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_subject_unique" unique ("subject");`);
    this.addSql(`create index "app_user_username_index" on "app_user" ("username");`);
    this.addSql(`create index "app_user_office_enhetsnummer_index" on "app_user" ("office_enhetsnummer");`);
    this.addSql(`create index "app_user_region_code_index" on "app_user" ("region_code");`);

    this.addSql(`create table "practice" ("id" uuid not null, "slug" text not null, "title" text not null, "summary" text not null, "description" text not null, "themes" text[] not null, "target_groups" text[] not null, "evidence_level" text check ("evidence_level" in ('LOCAL_EXPERIENCE', 'DOCUMENTED', 'EVALUATED', 'RESEARCH_BASED')) not null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'ARCHIVED')) not null default 'DRAFT', "responsibility" text check ("responsibility" in ('STATE', 'MUNICIPALITY', 'PARTNERSHIP')) not null default 'STATE', "origin_office_enhetsnummer" text not null, "author_id" uuid null, "outcomes" jsonb not null, "links" jsonb not null, "review_due" date null, "rating_count" int not null default 0, "rating_average" double precision not null default 0, "rating_distribution" integer[] not null, "rating_usefulness" double precision null, "rating_transferability" double precision null, "rating_observed_effect" double precision null, "adoption_count" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, "published_at" timestamptz null, constraint "practice_pkey" primary key ("id"));`);
    this.addSql(`alter table "practice" add constraint "practice_slug_unique" unique ("slug");`);
    this.addSql(`create index "practice_evidence_level_index" on "practice" ("evidence_level");`);
    this.addSql(`create index "practice_origin_office_enhetsnummer_index" on "practice" ("origin_office_enhetsnummer");`);
    this.addSql(`create index "practice_author_id_index" on "practice" ("author_id");`);
    this.addSql(`create index "practice_themes_index" on "practice" using gin ("themes");`);
    this.addSql(`create index "practice_target_groups_index" on "practice" using gin ("target_groups");`);
    this.addSql(`create index "practice_status_adoption_count_id_index" on "practice" ("status", "adoption_count", "id");`);
    this.addSql(`create index "practice_status_rating_average_id_index" on "practice" ("status", "rating_average", "id");`);
    this.addSql(`create index "practice_status_created_at_id_index" on "practice" ("status", "created_at", "id");`);
    this.addSql(`create index "practice_status_title_id_index" on "practice" ("status", "title", "id");`);

    this.addSql(`create table "rating" ("id" uuid not null, "practice_id" uuid not null, "user_id" uuid not null, "office_enhetsnummer" text null, "score" smallint not null, "usefulness" smallint null, "transferability" smallint null, "observed_effect" smallint null, "comment" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "rating_pkey" primary key ("id"));`);
    this.addSql(`create index "rating_user_id_index" on "rating" ("user_id");`);
    this.addSql(`create index "rating_office_enhetsnummer_index" on "rating" ("office_enhetsnummer");`);
    this.addSql(`create index "rating_practice_id_updated_at_id_index" on "rating" ("practice_id", "updated_at", "id");`);
    this.addSql(`alter table "rating" add constraint "rating_practice_id_user_id_unique" unique ("practice_id", "user_id");`);

    this.addSql(`create table "adoption" ("id" uuid not null, "practice_id" uuid not null, "office_enhetsnummer" text not null, "status" text check ("status" in ('CONSIDERING', 'PILOTING', 'IN_USE', 'DISCONTINUED')) not null, "since" date not null, "updated_at" timestamptz not null, constraint "adoption_pkey" primary key ("id"));`);
    this.addSql(`create index "adoption_office_enhetsnummer_index" on "adoption" ("office_enhetsnummer");`);
    this.addSql(`create index "adoption_status_index" on "adoption" ("status");`);
    this.addSql(`alter table "adoption" add constraint "adoption_practice_id_office_enhetsnummer_unique" unique ("practice_id", "office_enhetsnummer");`);

    this.addSql(`alter table "office" add constraint "office_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_office_enhetsnummer_foreign" foreign key ("office_enhetsnummer") references "office" ("enhetsnummer") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "practice" add constraint "practice_origin_office_enhetsnummer_foreign" foreign key ("origin_office_enhetsnummer") references "office" ("enhetsnummer") on update cascade on delete restrict;`);
    this.addSql(`alter table "practice" add constraint "practice_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "rating" add constraint "rating_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rating" add constraint "rating_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rating" add constraint "rating_office_enhetsnummer_foreign" foreign key ("office_enhetsnummer") references "office" ("enhetsnummer") on update cascade on delete set null;`);

    this.addSql(`alter table "adoption" add constraint "adoption_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "adoption" add constraint "adoption_office_enhetsnummer_foreign" foreign key ("office_enhetsnummer") references "office" ("enhetsnummer") on update cascade on delete cascade;`);
    // Rules the database enforces too, so no path around the services can store nonsense.
    this.addSql(`alter table "rating" add constraint "rating_scores_in_range" check (score between 1 and 5 and (usefulness is null or usefulness between 1 and 5) and (transferability is null or transferability between 1 and 5) and (observed_effect is null or observed_effect between 1 and 5));`);
    this.addSql(`alter table "rating" add constraint "rating_comment_length" check (char_length(comment) <= 2000);`);
    this.addSql(`alter table "practice" add constraint "practice_title_not_blank" check (btrim(title) <> '');`);
    this.addSql(`alter table "practice" add constraint "practice_rating_distribution_has_five" check (cardinality(rating_distribution) = 5);`);
    this.addSql(`alter table "office" add constraint "office_enhetsnummer_four_digits" check (enhetsnummer ~ '^[0-9]{4}$');`);
  }

}
