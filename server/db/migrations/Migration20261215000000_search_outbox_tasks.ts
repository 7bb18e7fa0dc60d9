import { Migration } from '@mikro-orm/migrations';

// The outbox remembers the engine task a row's change was sent in (the worker waits for that task
// next time instead of sending the documents again), which worker holds a row and until when (rows
// are claimed and committed before the engine is waited for), and rows parked because the engine
// refuses their document for good. Existing rows keep their place: none is claimed, sent or parked.
export class Migration20261215000000_search_outbox_tasks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table search_outbox add column task_uid bigint null, add column claimed_until timestamptz null, add column parked_at timestamptz null;`);
    this.addSql(`create index search_outbox_practice_id_index on search_outbox (practice_id);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists search_outbox_practice_id_index;`);
    this.addSql(`alter table search_outbox drop column parked_at, drop column claimed_until, drop column task_uid;`);
  }
}
