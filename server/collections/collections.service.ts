import { LockMode, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import { User } from '../users/user.entity.js';
import { CollectionItem } from './collection-item.entity.js';
import { Collection } from './collection.entity.js';
import type { AddCollectionItemInput, CreateCollectionInput, UpdateCollectionInput } from './collection.inputs.js';
import { canCurate, canViewCollection } from './collection.policy.js';

const viewable = (collection: Collection) => ({ regionCode: collection.region.code, published: Boolean(collection.publishedAt) });

export class CollectionsService {
  /** The region's collections: all for its curators, the published ones for everyone else. */
  async forRegion(em: EntityManager, viewer: Viewer, regionCode: string): Promise<Collection[]> {
    const where = canCurate(viewer, regionCode) ? { region: regionCode } : { region: regionCode, publishedAt: { $ne: null } };
    return em.find(Collection, where, { orderBy: { publishedAt: QueryOrder.DESC_NULLS_FIRST, createdAt: QueryOrder.DESC } });
  }

  async get(em: EntityManager, viewer: Viewer, id: string, field = 'id'): Promise<Collection> {
    const collection = await em.findOne(Collection, { id: checkId(field, id) });
    if (!collection) throw notFound('collection', field, id);
    if (!canViewCollection(viewer, viewable(collection))) throw forbidden('This collection is not published yet');
    return collection;
  }

  async create(em: EntityManager, viewer: Viewer, input: CreateCollectionInput): Promise<Collection> {
    if (!canCurate(viewer, input.regionCode)) throw forbidden("Only the region's directors and editors curate its collections");
    const region = await em.findOne(Region, { code: input.regionCode });
    if (!region) throw notFound('region', 'regionCode', input.regionCode);
    const collection = new Collection();
    collection.region = em.getReference(Region, region.code, { wrapped: true });
    collection.curator = em.getReference(User, viewer.id, { wrapped: true });
    collection.title = input.title.trim();
    collection.description = input.description ?? '';
    await em.persist(collection).flush();
    return collection;
  }

  async update(em: EntityManager, viewer: Viewer, id: string, input: UpdateCollectionInput): Promise<Collection> {
    const collection = await this.curated(em, viewer, id);
    if (input.title != null) collection.title = input.title.trim();
    if (input.description != null) collection.description = input.description;
    await em.flush();
    return collection;
  }

  async delete(em: EntityManager, viewer: Viewer, id: string): Promise<boolean> {
    const collection = await this.curated(em, viewer, id);
    await em.remove(collection).flush();
    return true;
  }

  async publish(em: EntityManager, viewer: Viewer, id: string): Promise<Collection> {
    const collection = await this.curated(em, viewer, id);
    if (collection.publishedAt) throw conflict('The collection is already published', 'id');
    collection.publishedAt = new Date();
    await em.flush();
    return collection;
  }

  items(em: EntityManager, collectionId: string): Promise<CollectionItem[]> {
    return em.find(CollectionItem, { collection: collectionId }, { orderBy: { position: QueryOrder.ASC } });
  }

  /** Adds a published practice, at the end or at a position; positions stay 0 … n−1. */
  async addItem(em: EntityManager, viewer: Viewer, input: AddCollectionItemInput): Promise<CollectionItem> {
    const practiceId = checkId('practiceId', input.practiceId);
    return this.reordering(em, viewer, input.collectionId, 'collectionId', async (tx, items) => {
      const practice = await tx.findOne(Practice, { id: practiceId });
      if (!practice) throw notFound('practice', 'practiceId', input.practiceId);
      if (practice.status !== PracticeStatus.PUBLISHED) throw conflict('Only published practices go into collections', 'practiceId');
      if (items.some((item) => item.practice.id === practiceId)) throw conflict('The practice is already in the collection', 'practiceId');
      const item = new CollectionItem();
      item.collection = tx.getReference(Collection, input.collectionId, { wrapped: true });
      item.practice = tx.getReference(Practice, practiceId, { wrapped: true });
      item.note = input.note?.trim() ?? '';
      tx.persist(item);
      const at = Math.min(input.position ?? items.length, items.length);
      return { order: [...items.slice(0, at), item, ...items.slice(at)], result: item };
    });
  }

  async moveItem(em: EntityManager, viewer: Viewer, itemId: string, position: number): Promise<CollectionItem> {
    const item = await this.item(em, itemId);
    return this.reordering(em, viewer, item.collection.id, 'itemId', async (_tx, items) => {
      if (!Number.isInteger(position) || position < 0 || position >= items.length) {
        throw badInput('position', `position must be from 0 to ${items.length - 1}`);
      }
      const moved = items.find((candidate) => candidate.id === item.id);
      if (!moved) throw notFound('collection item', 'itemId', itemId);
      const rest = items.filter((candidate) => candidate.id !== item.id);
      return { order: [...rest.slice(0, position), moved, ...rest.slice(position)], result: moved };
    });
  }

  async updateItemNote(em: EntityManager, viewer: Viewer, itemId: string, note: string): Promise<CollectionItem> {
    const item = await this.item(em, itemId);
    await this.curated(em, viewer, item.collection.id);
    item.note = note.trim();
    await em.flush();
    return item;
  }

  async removeItem(em: EntityManager, viewer: Viewer, itemId: string): Promise<Collection> {
    const item = await this.item(em, itemId);
    const collectionId = item.collection.id;
    await this.reordering(em, viewer, collectionId, 'itemId', async (tx, items) => {
      const removed = items.find((candidate) => candidate.id === item.id);
      if (!removed) throw notFound('collection item', 'itemId', itemId);
      tx.remove(removed);
      return { order: items.filter((candidate) => candidate !== removed), result: removed };
    });
    return em.findOneOrFail(Collection, { id: collectionId });
  }

  private async item(em: EntityManager, itemId: string): Promise<CollectionItem> {
    const item = await em.findOne(CollectionItem, { id: checkId('itemId', itemId) });
    if (!item) throw notFound('collection item', 'itemId', itemId);
    return item;
  }

  private async curated(em: EntityManager, viewer: Viewer, id: string, field = 'id'): Promise<Collection> {
    const collection = await em.findOne(Collection, { id: checkId(field, id) });
    if (!collection) throw notFound('collection', field, id);
    if (!canCurate(viewer, collection.region.code)) throw forbidden("Only the region's directors and editors curate its collections");
    return collection;
  }

  /**
   * Changes the order of a collection's items under a lock on the collection, so concurrent moves
   * take turns and the positions always end as exactly 0 … n−1 in one order.
   */
  private reordering<T>(
    em: EntityManager,
    viewer: Viewer,
    collectionId: string,
    field: string,
    change: (tx: EntityManager, items: CollectionItem[]) => Promise<{ order: CollectionItem[]; result: T }>,
  ): Promise<T> {
    return em.transactional(async (tx) => {
      const collection = await tx.findOne(Collection, { id: checkId(field === 'collectionId' ? field : 'id', collectionId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!collection) throw notFound('collection', field, collectionId);
      if (!canCurate(viewer, collection.region.code)) throw forbidden("Only the region's directors and editors curate its collections");
      // Read after the lock: the order another transaction just committed.
      const items = await tx.find(CollectionItem, { collection }, { orderBy: { position: QueryOrder.ASC }, refresh: true });
      const { order, result } = await change(tx, items);
      order.forEach((item, index) => (item.position = index));
      collection.updatedAt = new Date();
      await tx.flush();
      return result;
    });
  }
}
