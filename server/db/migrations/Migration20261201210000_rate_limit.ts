import { Migration } from '@mikro-orm/migrations';

// Request counts per user (or address) and window, shared by every worker and app instance
// (server/http/rate-limit-store.ts). No entity: only that store's SQL touches it. Unlogged: counts
// are worth no WAL write per request, and losing them in a crash only restarts the windows.
// No index on window_ends_at: the occasional sweep reads a table of one row per recent caller.
export class Migration20261201210000_rate_limit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table rate_limit (
      key text primary key,
      count integer not null,
      window_ends_at timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists rate_limit;');
  }
}
