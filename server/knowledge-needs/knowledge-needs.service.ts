import { LockMode, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { checkCursor, toConnection, type Connection, type CursorKey } from '../graphql/pagination.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { canWrite } from '../practices/practice.policy.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import { User } from '../users/user.entity.js';
import { KnowledgeNeed, KnowledgeNeedSupport } from './knowledge-need.entity.js';
import { KnowledgeNeedOrder, type PostKnowledgeNeedInput } from './knowledge-need.inputs.js';
import { canAnswer, canPostFor, canSeeGaps } from './knowledge-need.policy.js';

export interface SearchGap {
  query: string;
  count: number;
  lastSearchedAt: Date;
}

const ORDERS: Record<KnowledgeNeedOrder, { orderBy: Record<string, QueryOrder>; keys: CursorKey[] }> = {
  [KnowledgeNeedOrder.SUPPORT]: { orderBy: { supportCount: QueryOrder.DESC, id: QueryOrder.DESC }, keys: ['number', 'uuid'] },
  [KnowledgeNeedOrder.NEWEST]: { orderBy: { createdAt: QueryOrder.DESC, id: QueryOrder.DESC }, keys: ['timestamp', 'uuid'] },
};

export class KnowledgeNeedsService {
  async post(em: EntityManager, viewer: Viewer, input: PostKnowledgeNeedInput): Promise<KnowledgeNeed> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const regionCode = input.regionCode ?? viewer.regionCode;
    if (!regionCode) throw badInput('regionCode', 'Name the region the need comes from');
    if (!canPostFor(viewer, regionCode)) throw forbidden('You may post needs for your own region');
    if (!(await em.findOne(Region, { code: regionCode }))) throw notFound('region', 'regionCode', regionCode);
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
    return need;
  }

  /** Says "we need this too"; a second time changes nothing. The count is recounted under a lock. */
  async support(em: EntityManager, viewer: Viewer, id: string): Promise<KnowledgeNeed> {
    if (!canWrite(viewer)) throw forbidden('Researchers read only');
    const needId = checkId('id', id);
    return em.transactional(async (tx) => {
      const need = await tx.findOne(KnowledgeNeed, { id: needId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!need) throw notFound('knowledge need', 'id', id);
      await tx.getConnection().execute(
        'insert into knowledge_need_support (need_id, user_id, created_at) values (?, ?, now()) on conflict do nothing',
        [needId, viewer.id],
        'run',
        tx.getTransactionContext(),
      );
      need.supportCount = await tx.count(KnowledgeNeedSupport, { need: needId });
      await tx.flush();
      return need;
    });
  }

  async list(
    em: EntityManager,
    regionCode: string | undefined,
    order: KnowledgeNeedOrder,
    page: { first: number; after?: string | null },
  ): Promise<Connection<KnowledgeNeed>> {
    const { orderBy, keys } = ORDERS[order];
    checkCursor(page.after, keys);
    const where = regionCode ? { region: regionCode } : {};
    return toConnection(await em.findByCursor(KnowledgeNeed, where, { first: page.first, after: page.after ?? undefined, orderBy }));
  }

  async answer(em: EntityManager, viewer: Viewer, id: string, practiceId: string): Promise<KnowledgeNeed> {
    const need = await em.findOne(KnowledgeNeed, { id: checkId('id', id) });
    if (!need) throw notFound('knowledge need', 'id', id);
    if (!canAnswer(viewer, need.region.code)) throw forbidden("Only the region's directors and editors answer its needs");
    const practice = await em.findOne(Practice, { id: checkId('practiceId', practiceId) });
    if (!practice) throw notFound('practice', 'practiceId', practiceId);
    if (practice.status !== PracticeStatus.PUBLISHED) throw conflict('Only a published practice can answer a need', 'practiceId');
    need.answeredBy = em.getReference(Practice, practice.id, { wrapped: true });
    need.answeredAt = new Date();
    await em.flush();
    return need;
  }

  /** The region's searches that found nothing since a date, grouped by what was typed. */
  async gaps(em: EntityManager, viewer: Viewer, regionCode: string, since: Date): Promise<SearchGap[]> {
    if (!canSeeGaps(viewer, regionCode)) throw forbidden("Only the region's directors, editors and researchers see its search gaps");
    const rows = await em.getConnection().execute<{ query: string; count: number; last: Date }[]>(
      `select query, count(*)::int as count, max(searched_at) as last from search_miss
       where region_code = ? and searched_at >= ? group by query order by count(*) desc, max(searched_at) desc limit 100`,
      [regionCode, since],
    );
    return rows.map((row) => ({ query: row.query, count: row.count, lastSearchedAt: new Date(row.last) }));
  }
}
