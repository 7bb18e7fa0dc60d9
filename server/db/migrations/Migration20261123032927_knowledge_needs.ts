import { Migration } from '@mikro-orm/migrations';

export class Migration20261123032927_knowledge_needs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "knowledge_need" ("id" uuid not null, "title" text not null, "description" text not null, "themes" text[] not null, "region_code" text not null, "author_id" uuid null, "support_count" int not null default 0, "answered_by_id" uuid null, "answered_at" timestamptz null, "created_at" timestamptz not null, constraint "knowledge_need_pkey" primary key ("id"));`);
    this.addSql(`create index "knowledge_need_region_code_created_at_id_index" on "knowledge_need" ("region_code", "created_at", "id");`);
    this.addSql(`create index "knowledge_need_region_code_support_count_id_index" on "knowledge_need" ("region_code", "support_count", "id");`);

    this.addSql(`create table "knowledge_need_support" ("id" bigserial primary key, "need_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "knowledge_need_support_user_id_index" on "knowledge_need_support" ("user_id");`);
    this.addSql(`alter table "knowledge_need_support" add constraint "knowledge_need_support_need_id_user_id_unique" unique ("need_id", "user_id");`);

    this.addSql(`alter table "knowledge_need" add constraint "knowledge_need_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "knowledge_need" add constraint "knowledge_need_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "knowledge_need" add constraint "knowledge_need_answered_by_id_foreign" foreign key ("answered_by_id") references "practice" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "knowledge_need_support" add constraint "knowledge_need_support_need_id_foreign" foreign key ("need_id") references "knowledge_need" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "knowledge_need_support" add constraint "knowledge_need_support_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "knowledge_need_support" cascade;`);
    this.addSql(`drop table if exists "knowledge_need" cascade;`);
  }
}
