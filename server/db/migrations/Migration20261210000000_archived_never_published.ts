import { Migration } from '@mikro-orm/migrations';

// An archived practice that was never published (published_at null) is now seen only by those
// who could see it as a draft. The seed's archived practices were in use before they were archived
// but were loaded without published_at; they have no author, which a practice proposed through the
// API always has. Every archived practice's search document is queued again: Meilisearch filters
// on its new `everPublished`.
export class Migration20261210000000_archived_never_published extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update practice set published_at = created_at where status = 'ARCHIVED' and published_at is null and author_id is null;`);
    this.addSql(`insert into search_outbox (practice_id, reason, enqueued_at, attempts, next_attempt_at)
      select id, 'reindex', now(), 0, now() from practice where status = 'ARCHIVED';`);
  }

  override async down(): Promise<void> {
    // Which published_at values the migration filled in is not recorded; leaving them changes no answer of the previous version.
  }
}
