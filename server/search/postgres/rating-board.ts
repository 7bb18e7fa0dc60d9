// Every practice's current average rating, as this app instance knows it. Ratings order search
// answers (by rating, and as a tie-break in the other orders), yet change all the time; the cached
// answers (match-set.ts) leave them out and read them here when they order a page, so a rating
// does not throw any cached answer away.
//
// This instance's own rating writes are known at once (the ratings service tells the engine).
// Other instances' are followed by their order of change: every change of a practice's ratings
// gives it a new rating_version from a sequence (migration aggregates_by_delta), and the board asks
// for the practices changed since the last version it saw, twice a second while it is started.
import { sql } from 'kysely';
import type { Db } from '../../db/read-db.js';

const POLL_INTERVAL_MS = 500;
const POLL_BATCH = 2_000;

export class RatingBoard {
  private readonly averages = new Map<string, number>();
  private seenVersion = '0';
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  /** Bumped on every change, so a cached answer knows whether its ratings are still current. */
  version = 0;

  constructor(
    private readonly db: Db,
    private readonly log?: (message: string) => void,
  ) {}

  async start(): Promise<void> {
    const { rows } = await sql<{ version: string }>`select coalesce(max(rating_version), 0)::text as version from practice`.execute(this.db);
    this.seenVersion = rows[0].version;
    const tick = () => {
      this.polling = this.poll()
        .catch((error) => this.log?.(`search: following rating changes failed (${error.message}); retrying`))
        .finally(() => {
          this.polling = undefined;
          if (this.timer) this.timer = setTimeout(tick, POLL_INTERVAL_MS);
        });
    };
    this.timer = setTimeout(tick, POLL_INTERVAL_MS);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /** The average as last heard of, if the board has heard of the practice. */
  averageOf(practiceId: string): number | undefined {
    return this.averages.get(practiceId);
  }

  set(practiceId: string, average: number): void {
    if (this.averages.get(practiceId) === average) return;
    this.averages.set(practiceId, average);
    this.version++;
  }

  /** Learns the averages of practices whose ratings changed since the last poll, in order of change. */
  private async poll(): Promise<void> {
    for (;;) {
      const { rows } = await sql<{ id: string; average: number; version: string }>`
        select id, rating_average as average, rating_version::text as version from practice
        where rating_version > ${this.seenVersion}::bigint order by rating_version limit ${POLL_BATCH}`.execute(this.db);
      // The average read is the practice's current one, never older than what the board holds.
      for (const row of rows) this.set(row.id, row.average);
      if (rows.length > 0) this.seenVersion = rows[rows.length - 1].version;
      if (rows.length < POLL_BATCH) return;
    }
  }
}
