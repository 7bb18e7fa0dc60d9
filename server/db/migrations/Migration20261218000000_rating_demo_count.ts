import { Migration } from '@mikro-orm/migrations';
import { ratingDeltaFunction } from './Migration20261201200000_aggregates_by_delta.js';
import { EVENTS } from './Migration20261212000000_rating_rollup.js';

// The practice's rating summary counts demo ratings too, and says how many: rating_demo_count is
// kept by the same statement triggers as the rest of the aggregate (aggregates_by_delta), by delta
// under the practice's row lock, so it is exact under concurrent writers and follows a rating whose
// demo flag changes. Today's count is taken from the ratings themselves.

export class Migration20261218000000_rating_demo_count extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "practice" add column "rating_demo_count" int not null default 0;`);
    for (const event of EVENTS) this.addSql(ratingDeltaFunction(event, { replace: true, demoCount: true }));
    this.addSql(`update "practice" p set "rating_demo_count" = r.n
      from (select practice_id, count(*)::int as n from rating where demo group by practice_id) r
      where r.practice_id = p.id;`);
  }

  override async down(): Promise<void> {
    for (const event of EVENTS) this.addSql(ratingDeltaFunction(event, { replace: true }));
    this.addSql(`alter table "practice" drop column "rating_demo_count";`);
  }
}
