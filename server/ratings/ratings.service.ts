import { sql } from 'kysely';
import type { Viewer } from '../auth/identity.js';
import { canWrite } from '../auth/policy.js';
import { forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import type { Loaders } from '../graphql/loaders.js';
import { checkCursor, type Connection } from '../graphql/pagination.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import type { PracticeType } from '../practices/practice.types.js';
import type { PracticesService } from '../practices/practices.service.js';
import type { SearchService } from '../search/search.service.js';
import type { ServiceDeps } from '../services.js';
import type { RatePracticeInput } from './rating.inputs.js';
import { readsSingleRatings } from './rating.policy.js';
import type { RatingType } from './rating.types.js';
import { RATING_CURSOR_KEYS, RATING_JOINS, RATING_JSON, toRating, type RatingJson, type RatingScope } from './ratings.queries.js';

// A rating write is one statement: the rating, its search outbox row, and (by the triggers of the
// migration aggregates_by_delta) the practice's aggregates changed by the rating's delta under the
// practice's row lock. One statement is one transaction, exact under any number of concurrent
// writers, and costs the same however many ratings the practice has. Timestamps are cut to
// milliseconds, as JavaScript dates are: rating pages hold updated_at in their cursors.

const queueSearchUpdate = (from: string) => sql`
  insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at)
  select practice_id, 'rating', now_ms, now_ms from ${sql.table(from)}, date_trunc('milliseconds', now()) as now_ms`;

export class RatingsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly practices: PracticesService,
    private readonly search: SearchService,
  ) {}

  /** Creates or edits the viewer's one rating of a practice; returns it with the practice as it is now. */
  async rate(viewer: Viewer, input: RatePracticeInput): Promise<{ rating: RatingType; practice: PracticeType }> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const practiceId = checkId('practiceId', input.practiceId);
    // ON CONFLICT finds a rating committed by a concurrent request of the same user even though it
    // is newer than the statement's snapshot, so a user never gets a second rating.
    const { rows } = await sql<{ status: PracticeStatus | null; rating: RatingJson | null }>`
      with practice_now as (select id, status from practice where id = ${practiceId}),
      rated as (
        insert into rating (id, practice_id, user_id, office_enhetsnummer, score, usefulness, transferability,
                            observed_effect, comment, created_at, updated_at)
        select gen_random_uuid(), p.id, ${viewer.id}::uuid, ${viewer.officeEnhetsnummer ?? null}::text, ${input.score}::smallint,
          ${input.usefulness ?? null}::smallint, ${input.transferability ?? null}::smallint, ${input.observedEffect ?? null}::smallint,
          ${input.comment?.trim() || null}::text, now_ms, now_ms
        from practice_now p, date_trunc('milliseconds', now()) as now_ms
        where p.status = ${PracticeStatus.PUBLISHED}
        on conflict (practice_id, user_id) do update set
          office_enhetsnummer = excluded.office_enhetsnummer, score = excluded.score, usefulness = excluded.usefulness,
          transferability = excluded.transferability, observed_effect = excluded.observed_effect,
          comment = excluded.comment, updated_at = excluded.updated_at
        returning *
      ),
      queued as (${queueSearchUpdate('rated')})
      select practice_now.status, case when r.id is null then null else ${RATING_JSON} end as rating
      from practice_now left join rated r on true ${RATING_JOINS}`.execute(this.deps.db);
    const [written] = rows;
    if (!written) throw notFound('practice', 'practiceId', practiceId);
    if (written.status !== PracticeStatus.PUBLISHED || !written.rating) {
      return this.practices.refuseUnpublished(viewer, practiceId, 'practiceId', 'Only published practices can be rated');
    }
    return { rating: toRating(written.rating), practice: await this.changed(practiceId) };
  }

  /** Removes the viewer's rating of a practice; returns the practice as it is now. */
  async deleteMine(viewer: Viewer, practiceId: string): Promise<PracticeType> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const id = checkId('practiceId', practiceId);
    const { rows } = await sql<{ practice: string | null; deleted: string | null }>`
      with deleted as (delete from rating where practice_id = ${id} and user_id = ${viewer.id} returning id, practice_id),
      queued as (${queueSearchUpdate('deleted')})
      select (select id from practice where id = ${id}) as practice, (select id from deleted) as deleted`.execute(this.deps.db);
    const [result] = rows;
    if (!result.practice) throw notFound('practice', 'practiceId', id);
    if (!result.deleted) throw notFound('rating of yours for this practice', 'practiceId', practiceId);
    return this.changed(id);
  }

  /** The practice after a rating write, whose new average the search engine hears of. */
  private async changed(practiceId: string): Promise<PracticeType> {
    const practice = await this.practices.current(practiceId);
    this.search.ratingsChanged(practice);
    return practice;
  }

  /** A page of ratings of a practice or an office, newest first, batched with the request's other pages. */
  page(
    viewer: Viewer,
    loaders: Loaders,
    scope: RatingScope,
    parent: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<RatingType>> {
    if (!readsSingleRatings(viewer)) throw forbidden('Researchers read ratings through ratingStats and ratingsExport');
    checkCursor(page.after, [...RATING_CURSOR_KEYS]);
    return loaders.ratingPage.load({ scope, parent, first: page.first, after: page.after });
  }
}
