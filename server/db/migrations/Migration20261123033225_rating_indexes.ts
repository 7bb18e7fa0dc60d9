import { Migration } from '@mikro-orm/migrations';

export class Migration20261123033225_rating_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "rating_created_at_id_index" on "rating" ("created_at", "id");`);
    this.addSql(`create index "rating_office_enhetsnummer_updated_at_id_index" on "rating" ("office_enhetsnummer", "updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "rating_office_enhetsnummer_updated_at_id_index";`);
    this.addSql(`drop index if exists "rating_created_at_id_index";`);
  }
}
