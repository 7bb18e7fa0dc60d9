import { Migration } from '@mikro-orm/migrations';

// Every committed change to what searches read notifies `search_changed`, so app instances can
// drop cached search answers (server/search/postgres/search-result-cache.ts). Statement-level:
// one notification per statement, and PostgreSQL folds repeats within a transaction.
const TABLES = ['practice', 'practice_search', 'office'];

export class Migration20261123050000_search_changed_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function notify_search_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('search_changed', '');
        return null;
      end $$;`);
    for (const table of TABLES) {
      this.addSql(`create trigger ${table}_search_changed after insert or update or delete or truncate on "${table}"
        for each statement execute function notify_search_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) this.addSql(`drop trigger if exists ${table}_search_changed on "${table}";`);
    this.addSql('drop function if exists notify_search_changed();');
  }
}
