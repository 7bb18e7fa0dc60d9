import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { checkCursor, toConnection, type Connection } from '../graphql/pagination.js';
import { Practice } from '../practices/practice.entity.js';
import { canWrite } from '../practices/practice.policy.js';
import { LOCK_PRACTICE_SQL } from '../practices/practice.lock.js';
import { aggregatesSql } from '../practices/practice-aggregates.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import type { RatePracticeInput } from './rating.inputs.js';
import { Rating } from './rating.entity.js';
import { runInOneRoundTrip } from './one-round-trip.js';

type RatingPage = { first: number; after?: string | null };

// A rating write is one round trip (one-round-trip.ts) of two statements, one transaction:
//  1. lock the practice's row (practice.lock.ts), then write the rating and the search outbox row;
//  2. recompute the practice's aggregates from its rating rows and return the practice.
// Exact under concurrency: every writer of a practice's aggregates holds its row lock until it
// commits, and the recompute, a later statement than the one that took the lock, sees every rating
// committed before the lock was ours. Timestamps are cut to milliseconds, as JavaScript dates are:
// rating pages hold updated_at in their cursors.

const PUBLISHED = `'${PracticeStatus.PUBLISHED}'`;

/** Asks for the practice's search document to be rebuilt (see search-outbox.ts). */
const QUEUE_SEARCH_UPDATE = (from: string) => `
  insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at)
  select practice_id, 'rating', now_ms, now_ms from ${from}, date_trunc('milliseconds', now()) as now_ms`;

// The parts of a statement with data-modifying CTEs run together, each as the rows it reads from
// the others arrive, so the practice is locked before the rating is written. ON CONFLICT finds a
// rating committed while we waited for the lock even though it is newer than the statement's
// snapshot, so a user never gets a second rating. Not found: no row; not published: no rating.
const RATE_SQL = `
  with locked as (${LOCK_PRACTICE_SQL}),
  rated as (
    insert into rating (id, practice_id, user_id, office_enhetsnummer, score, usefulness, transferability,
                        observed_effect, comment, created_at, updated_at)
    select gen_random_uuid(), locked.id, ?::uuid, ?::text, ?::smallint, ?::smallint, ?::smallint, ?::smallint, ?::text, now_ms, now_ms
    from locked, date_trunc('milliseconds', now()) as now_ms
    where locked.status = ${PUBLISHED}
    on conflict (practice_id, user_id) do update set
      office_enhetsnummer = excluded.office_enhetsnummer, score = excluded.score, usefulness = excluded.usefulness,
      transferability = excluded.transferability, observed_effect = excluded.observed_effect,
      comment = excluded.comment, updated_at = excluded.updated_at
    returning *
  ),
  queued as (${QUEUE_SEARCH_UPDATE('rated')})
  select locked.status as practice_status, rated.* from locked left join rated on true`;

/** Only when the first statement wrote the rating, i.e. the practice is published. */
const RECOMPUTE_AFTER_RATING_SQL = aggregatesSql({ scope: 'one', onlyIf: `practice.status = ${PUBLISHED}` });

// The delete comes after the lock, in its own statement, so that its snapshot holds a rating the
// same user committed while we waited. Its statement already sees the deleted rating, hence the
// recompute leaves it out.
const DELETE_SQL = `
  with deleted as (delete from rating where practice_id = ? and user_id = ? returning id, practice_id),
  queued as (${QUEUE_SEARCH_UPDATE('deleted')}),
  updated as (${aggregatesSql({ scope: 'one', ratingsWhere: 'rating.id not in (select id from deleted)', onlyIf: 'exists (select 1 from deleted)' })})
  select updated.* from updated`;

export class RatingsService {
  /** Creates or edits the viewer's one rating of a practice and returns it with the practice. */
  async rate(em: EntityManager, viewer: Viewer, input: RatePracticeInput): Promise<{ rating: Rating; practice: Practice }> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const practiceId = checkId('practiceId', input.practiceId);
    const [[written], [practiceRow]] = await runInOneRoundTrip(em, [
      {
        sql: RATE_SQL,
        params: [
          practiceId,
          viewer.id,
          viewer.officeEnhetsnummer ?? null,
          input.score,
          input.usefulness ?? null,
          input.transferability ?? null,
          input.observedEffect ?? null,
          input.comment?.trim() || null,
        ],
      },
      { sql: RECOMPUTE_AFTER_RATING_SQL, params: [practiceId] },
    ]);
    if (!written) throw notFound('practice', 'practiceId', practiceId);
    const { practice_status: status, ...ratingRow } = written;
    if (status !== PracticeStatus.PUBLISHED) throw conflict('Only published practices can be rated', 'practiceId');
    // Managed entities from the returned rows (column names mapped to properties), as if loaded.
    const practice = em.map(Practice, practiceRow);
    return { rating: em.map(Rating, ratingRow), practice };
  }

  async deleteMine(em: EntityManager, viewer: Viewer, practiceId: string): Promise<Practice> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const id = checkId('practiceId', practiceId);
    const [[locked], [practiceRow]] = await runInOneRoundTrip(em, [
      { sql: LOCK_PRACTICE_SQL, params: [id] },
      { sql: DELETE_SQL, params: [id, viewer.id, id] },
    ]);
    if (!locked) throw notFound('practice', 'practiceId', id);
    if (!practiceRow) throw notFound('rating of yours for this practice', 'practiceId', practiceId);
    return em.map(Practice, practiceRow);
  }

  forPractice(em: EntityManager, practiceId: string, page: RatingPage): Promise<Connection<Rating>> {
    return this.page(em, { practice: practiceId }, page);
  }

  /** Ratings given by people at this office (their office when they rated). */
  forOffice(em: EntityManager, enhetsnummer: string, page: RatingPage): Promise<Connection<Rating>> {
    return this.page(em, { office: enhetsnummer }, page);
  }

  private page(em: EntityManager, where: FilterQuery<Rating>, page: RatingPage): Promise<Connection<Rating>> {
    checkCursor(page.after, ['timestamp', 'uuid']);
    return em
      .findByCursor(Rating, where, {
        first: page.first,
        after: page.after ?? undefined,
        orderBy: { updatedAt: QueryOrder.DESC, id: QueryOrder.DESC },
      })
      .then(toConnection);
  }
}
