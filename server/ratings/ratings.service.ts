import { QueryOrder, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { checkCursor, toConnection, type Connection } from '../graphql/pagination.js';
import { Office } from '../offices/office.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { canWrite } from '../practices/practice.policy.js';
import { lockPractice } from '../practices/practice.lock.js';
import { refreshAggregates } from '../practices/practice-aggregates.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import { enqueueSearchUpdate } from '../search/search-outbox.js';
import { User } from '../users/user.entity.js';
import type { RatePracticeInput } from './rating.inputs.js';
import { Rating } from './rating.entity.js';

type RatingPage = { first: number; after?: string | null };

export class RatingsService {
  /** Creates or edits the viewer's one rating of a practice and returns it with the practice. */
  async rate(em: EntityManager, viewer: Viewer, input: RatePracticeInput): Promise<{ rating: Rating; practice: Practice }> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const practiceId = checkId('practiceId', input.practiceId);
    return em.transactional(async (tx) => {
      const practice = await lockPractice(tx, practiceId, 'practiceId');
      if (practice.status !== PracticeStatus.PUBLISHED) {
        throw conflict('Only published practices can be rated', 'practiceId');
      }
      let rating = await tx.findOne(Rating, { practice, user: viewer.id });
      if (!rating) {
        rating = new Rating();
        rating.practice = tx.getReference(Practice, practiceId, { wrapped: true });
        rating.user = tx.getReference(User, viewer.id, { wrapped: true });
        tx.persist(rating);
      }
      rating.office = viewer.officeEnhetsnummer
        ? tx.getReference(Office, viewer.officeEnhetsnummer, { wrapped: true })
        : undefined;
      rating.score = input.score;
      rating.usefulness = input.usefulness ?? undefined;
      rating.transferability = input.transferability ?? undefined;
      rating.observedEffect = input.observedEffect ?? undefined;
      rating.comment = input.comment?.trim() || undefined;
      rating.updatedAt = new Date();
      enqueueSearchUpdate(tx, practiceId, 'rating');
      await refreshAggregates(tx, practice);
      return { rating, practice };
    });
  }

  async deleteMine(em: EntityManager, viewer: Viewer, practiceId: string): Promise<Practice> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const id = checkId('practiceId', practiceId);
    return em.transactional(async (tx) => {
      const practice = await lockPractice(tx, id, 'practiceId');
      const rating = await tx.findOne(Rating, { practice, user: viewer.id });
      if (!rating) throw notFound('rating of yours for this practice', 'practiceId', practiceId);
      tx.remove(rating);
      enqueueSearchUpdate(tx, id, 'rating');
      await refreshAggregates(tx, practice);
      return practice;
    });
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
