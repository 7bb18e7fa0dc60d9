import { LockMode, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/identity.js';
import { badInput, conflict, forbidden, notFound } from '../common/errors.js';
import { checkId } from '../common/ids.js';
import { Region } from '../offices/region.entity.js';
import type { OfficesService } from '../offices/offices.service.js';
import { Practice } from '../practices/practice.entity.js';
import type { PracticesService } from '../practices/practices.service.js';
import { PracticeStatus } from '../practices/vocabulary.js';
import type { ServiceDeps } from '../services.js';
import { User } from '../users/user.entity.js';
import { CollectionItem } from './collection-item.entity.js';
import { Collection } from './collection.entity.js';
import type { AddCollectionItemInput, CreateCollectionInput, UpdateCollectionInput } from './collection.inputs.js';
import { canCurate, canViewCollection } from './collection.policy.js';
import type { CollectionItemType, CollectionType } from './collection.types.js';
import { collectionById, collectionItemById, collectionsOfRegion } from './collections.queries.js';

const NOT_CURATOR = "Only the region's directors and editors curate its collections";

export class CollectionsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly offices: OfficesService,
    private readonly practices: PracticesService,
  ) {}

  /** The region's collections: all for its curators, the published ones for everyone else. */
  forRegion(viewer: Viewer, regionCode: string): Promise<CollectionType[]> {
    return collectionsOfRegion(this.deps.db, regionCode, canCurate(viewer, { regionCode }));
  }

  async get(viewer: Viewer, id: string, field = 'id'): Promise<CollectionType> {
    const collection = await collectionById(this.deps.db, checkId(field, id));
    if (!collection) throw notFound('collection', field, id);
    if (!canViewCollection(viewer, collection)) throw forbidden('This collection is not published yet');
    return collection;
  }

  async create(viewer: Viewer, input: CreateCollectionInput): Promise<CollectionType> {
    if (!canCurate(viewer, input)) throw forbidden(NOT_CURATOR);
    const region = await this.offices.region(input.regionCode, 'regionCode');
    const em = this.deps.orm.em.fork();
    const collection = new Collection();
    collection.region = em.getReference(Region, region.code, { wrapped: true });
    collection.curator = em.getReference(User, viewer.id, { wrapped: true });
    collection.title = input.title.trim();
    collection.description = input.description ?? '';
    await em.persist(collection).flush();
    return this.current(collection.id);
  }

  async update(viewer: Viewer, id: string, input: UpdateCollectionInput): Promise<CollectionType> {
    const em = this.deps.orm.em.fork();
    const collection = await this.curated(em, viewer, id);
    if (input.title != null) collection.title = input.title.trim();
    if (input.description != null) collection.description = input.description;
    await em.flush();
    return this.current(collection.id);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const em = this.deps.orm.em.fork();
    await em.remove(await this.curated(em, viewer, id)).flush();
    return true;
  }

  async publish(viewer: Viewer, id: string): Promise<CollectionType> {
    const em = this.deps.orm.em.fork();
    const collection = await this.curated(em, viewer, id);
    if (collection.publishedAt) throw conflict('The collection is already published', 'id');
    collection.publishedAt = new Date();
    await em.flush();
    return this.current(collection.id);
  }

  /** Adds a published practice, at the end or at a position; positions stay 0 … n−1. */
  async addItem(viewer: Viewer, input: AddCollectionItemInput): Promise<CollectionItemType> {
    const practiceId = checkId('practiceId', input.practiceId);
    const itemId = await this.reordering(viewer, input.collectionId, 'collectionId', async (tx, items) => {
      const practice = await tx.findOne(Practice, { id: practiceId }, { fields: ['id', 'status'] });
      if (!practice) throw notFound('practice', 'practiceId', input.practiceId);
      if (practice.status !== PracticeStatus.PUBLISHED) {
        return this.practices.refuseUnpublished(viewer, practiceId, 'practiceId', 'Only published practices go into collections');
      }
      if (items.some((item) => item.practice.id === practiceId)) throw conflict('The practice is already in the collection', 'practiceId');
      const item = new CollectionItem();
      item.collection = tx.getReference(Collection, input.collectionId, { wrapped: true });
      item.practice = tx.getReference(Practice, practiceId, { wrapped: true });
      item.note = input.note?.trim() ?? '';
      tx.persist(item);
      const at = Math.min(input.position ?? items.length, items.length);
      return { order: [...items.slice(0, at), item, ...items.slice(at)], result: item.id };
    });
    return this.currentItem(itemId);
  }

  async moveItem(viewer: Viewer, itemId: string, position: number): Promise<CollectionItemType> {
    const item = await this.item(itemId);
    await this.reordering(viewer, item.collectionId, 'itemId', async (_tx, items) => {
      if (!Number.isInteger(position) || position < 0 || position >= items.length) {
        throw badInput('position', `position must be from 0 to ${items.length - 1}`);
      }
      const moved = items.find((candidate) => candidate.id === item.id);
      if (!moved) throw notFound('collection item', 'itemId', itemId);
      const rest = items.filter((candidate) => candidate.id !== item.id);
      return { order: [...rest.slice(0, position), moved, ...rest.slice(position)], result: moved.id };
    });
    return this.currentItem(item.id);
  }

  async updateItemNote(viewer: Viewer, itemId: string, note: string): Promise<CollectionItemType> {
    const found = await this.item(itemId);
    const em = this.deps.orm.em.fork();
    await this.curated(em, viewer, found.collectionId);
    const item = await em.findOneOrFail(CollectionItem, { id: found.id });
    item.note = note.trim();
    await em.flush();
    return this.currentItem(item.id);
  }

  async removeItem(viewer: Viewer, itemId: string): Promise<CollectionType> {
    const item = await this.item(itemId);
    await this.reordering(viewer, item.collectionId, 'itemId', async (tx, items) => {
      const removed = items.find((candidate) => candidate.id === item.id);
      if (!removed) throw notFound('collection item', 'itemId', itemId);
      tx.remove(removed);
      return { order: items.filter((candidate) => candidate !== removed), result: removed.id };
    });
    return this.current(item.collectionId);
  }

  private async current(id: string): Promise<CollectionType> {
    return (await collectionById(this.deps.db, id))!;
  }

  private async currentItem(id: string): Promise<CollectionItemType> {
    return (await collectionItemById(this.deps.db, id))!;
  }

  private async item(itemId: string): Promise<CollectionItemType> {
    const item = await collectionItemById(this.deps.db, checkId('itemId', itemId));
    if (!item) throw notFound('collection item', 'itemId', itemId);
    return item;
  }

  private async curated(em: EntityManager, viewer: Viewer, id: string, field = 'id'): Promise<Collection> {
    const collection = await em.findOne(Collection, { id: checkId(field, id) });
    if (!collection) throw notFound('collection', field, id);
    if (!canCurate(viewer, { regionCode: collection.region.code })) throw forbidden(NOT_CURATOR);
    return collection;
  }

  /**
   * Changes the order of a collection's items under a lock on the collection, so concurrent moves
   * take turns and the positions always end as exactly 0 … n−1 in one order.
   */
  private reordering<T>(
    viewer: Viewer,
    collectionId: string,
    field: string,
    change: (tx: EntityManager, items: CollectionItem[]) => Promise<{ order: CollectionItem[]; result: T }>,
  ): Promise<T> {
    return this.deps.orm.em.fork().transactional(async (tx) => {
      const collection = await tx.findOne(Collection, { id: checkId(field === 'collectionId' ? field : 'id', collectionId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!collection) throw notFound('collection', field, collectionId);
      if (!canCurate(viewer, { regionCode: collection.region.code })) throw forbidden(NOT_CURATOR);
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
