import { Migration } from '@mikro-orm/migrations';

/** Titles sort as Norwegians expect (… x, y, z, æ, ø, å; case-insensitive), using ICU's bokmål rules. */
export class Migration20261123023500_norwegian_title_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "practice" alter column "title" type text collate "nb-NO-x-icu";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "practice" alter column "title" type text collate "default";`);
  }
}
