import { LockMode } from '@mikro-orm/core';
import type { Viewer } from '../auth/identity.js';
import { canWrite, seesRegionInsights } from '../auth/policy.js';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { checkCursor, type Connection } from '../graphql/pagination.js';
import { Region } from '../offices/region.entity.js';
import type { OfficesService } from '../offices/offices.service.js';
import { Practice } from '../practices/practice.entity.js';
import type { PracticesService } from '../practices/practices.service.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import type { ServiceDeps } from '../services.js';
import { User } from '../users/user.entity.js';
import { KnowledgeNeed, KnowledgeNeedSupport } from './knowledge-need.entity.js';
import type { KnowledgeNeedOrder, PostKnowledgeNeedInput } from './knowledge-need.inputs.js';
import { canAnswer, canPostFor } from './knowledge-need.policy.js';
import type { KnowledgeNeedType, SearchGap } from './knowledge-need.types.js';
import { listNeeds, NEED_ORDERS, needById, searchGaps } from './knowledge-needs.queries.js';

export class KnowledgeNeedsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offices: OfficesService,
    private readonly practices: PracticesService,
  ) {}

  async post(viewer: Viewer, input: PostKnowledgeNeedInput): Promise<KnowledgeNeedType> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const regionCode = input.regionCode ?? viewer.regionCode;
    if (!regionCode) throw badInput('regionCode', 'Name the region the need comes from');
    if (!canPostFor(viewer, regionCode)) throw forbidden('You may post needs for your own region');
    await this.offices.region(regionCode, 'regionCode');
    const em = this.deps.orm.em.fork();
    const need = new KnowledgeNeed();
    need.title = input.title.trim();
    need.description = input.description.trim();
    need.themes = [...new Set(input.themes ?? [])];
    need.region = em.getReference(Region, regionCode, { wrapped: true });
    need.author = em.getReference(User, viewer.id, { wrapped: true });
    need.supportCount = 1;
    const support = new KnowledgeNeedSupport();
    support.need = em.getReference(KnowledgeNeed, need.id, { wrapped: true });
    support.user = em.getReference(User, viewer.id, { wrapped: true });
    await em.persist([need, support]).flush();
    return this.current(need.id);
  }

  /** Says "we need this too"; a second time changes nothing. Counted under the need's row lock. */
  async support(viewer: Viewer, id: string): Promise<KnowledgeNeedType> {
    const needId = checkId('id', id);
    await this.deps.orm.em.fork().transactional(async (tx) => {
      const need = await tx.findOne(KnowledgeNeed, { id: needId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!need) throw notFound('knowledge need', 'id', id);
      if (!canPostFor(viewer, need.region.code)) throw forbidden('You may support the needs of your own region');
      // Read after the lock: a support the same user committed meanwhile is seen.
      if (await tx.findOne(KnowledgeNeedSupport, { need: needId, user: viewer.id })) return;
      const support = new KnowledgeNeedSupport();
      support.need = tx.getReference(KnowledgeNeed, needId, { wrapped: true });
      support.user = tx.getReference(User, viewer.id, { wrapped: true });
      tx.persist(support);
      need.supportCount += 1;
    });
    return this.current(needId);
  }

  list(request: { regionCode?: string; order: KnowledgeNeedOrder; first: number; after?: string | null }): Promise<Connection<KnowledgeNeedType>> {
    checkCursor(request.after, NEED_ORDERS[request.order].keys);
    return listNeeds(this.deps.db, request);
  }

  async answer(viewer: Viewer, id: string, practiceId: string): Promise<KnowledgeNeedType> {
    const em = this.deps.orm.em.fork();
    const need = await em.findOne(KnowledgeNeed, { id: checkId('id', id) });
    if (!need) throw notFound('knowledge need', 'id', id);
    if (!canAnswer(viewer, { regionCode: need.region.code })) throw forbidden("Only the region's directors and editors answer its needs");
    const practice = await em.findOne(Practice, { id: checkId('practiceId', practiceId) }, { fields: ['id', 'status'] });
    if (!practice) throw notFound('practice', 'practiceId', practiceId);
    if (practice.status !== PracticeStatus.PUBLISHED) {
      return this.practices.refuseUnpublished(viewer, practice.id, 'practiceId', 'Only a published practice can answer a need');
    }
    need.answeredBy = em.getReference(Practice, practice.id, { wrapped: true });
    need.answeredAt = new Date();
    await em.flush();
    return this.current(need.id);
  }

  /** The region's searches that found nothing since a date, grouped by what was typed. */
  gaps(viewer: Viewer, regionCode: string, since: Date): Promise<SearchGap[]> {
    if (!seesRegionInsights(viewer, regionCode)) throw forbidden("Only the region's directors, editors and researchers see its search gaps");
    return searchGaps(this.deps.db, regionCode, since);
  }

  private async current(id: string): Promise<KnowledgeNeedType> {
    return (await needById(this.deps.db, id))!;
  }
}
