import { Migration } from '@mikro-orm/migrations';

export class Migration20261123030016_collections extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "collection" ("id" uuid not null, "region_code" text not null, "title" text not null, "description" text not null default '', "curator_id" uuid null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "collection_pkey" primary key ("id"));`);
    this.addSql(`create index "collection_region_code_index" on "collection" ("region_code");`);

    this.addSql(`create table "collection_item" ("id" uuid not null, "collection_id" uuid not null, "practice_id" uuid not null, "position" int not null, "note" text not null default '', constraint "collection_item_pkey" primary key ("id"));`);
    this.addSql(`create index "collection_item_practice_id_index" on "collection_item" ("practice_id");`);
    this.addSql(`alter table "collection_item" add constraint "collection_item_collection_id_position_unique" unique ("collection_id", "position") deferrable initially deferred;`);
    this.addSql(`alter table "collection_item" add constraint "collection_item_collection_id_practice_id_unique" unique ("collection_id", "practice_id");`);

    this.addSql(`alter table "collection" add constraint "collection_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "collection" add constraint "collection_curator_id_foreign" foreign key ("curator_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "collection_item" add constraint "collection_item_collection_id_foreign" foreign key ("collection_id") references "collection" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "collection_item" add constraint "collection_item_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "collection_item" cascade;`);
    this.addSql(`drop table if exists "collection" cascade;`);
  }
}
