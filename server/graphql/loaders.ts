// Request-scoped batch loaders: every field resolver that follows a relation goes through one of
// these, so a list query costs the same number of SQL statements whatever its page size.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { Adoption } from '../adoptions/adoption.entity.js';
import { CollectionItem } from '../collections/collection-item.entity.js';
import { KnowledgeNeedSupport } from '../knowledge-needs/knowledge-need.entity.js';
import { Office } from '../offices/office.entity.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import { User } from '../users/user.entity.js';

function byKey<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string,
  keyOf: (row: T) => string,
  populate: string[] = [],
) {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, { populate } as never);
    const found = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

function groupedBy<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string,
  keyOf: (row: T) => string,
  orderBy: Record<string, 'asc' | 'desc'>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.find(entity, { [key]: { $in: [...keys] } } as FilterQuery<T>, { orderBy } as never);
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createLoaders(em: EntityManager, viewerId: string | undefined) {
  return {
    region: byKey(em, Region, 'code', (region) => region.code),
    // An office almost always shows with its region: fetch both in one joined statement.
    office: byKey(em, Office, 'enhetsnummer', (office) => office.enhetsnummer, ['region']),
    practice: byKey(em, Practice, 'id', (practice) => practice.id),
    user: byKey(em, User, 'id', (user) => user.id),
    officesByRegion: groupedBy(em, Office, 'region', (office) => office.region.code, { name: 'asc' }),
    adoptionsByPractice: groupedBy(em, Adoption, 'practice', (adoption) => adoption.practice.id, {
      since: 'asc',
      id: 'asc',
    }),
    adoptionsByOffice: groupedBy(em, Adoption, 'office', (adoption) => adoption.office.enhetsnummer, {
      since: 'asc',
      id: 'asc',
    }),
    collectionItems: groupedBy(em, CollectionItem, 'collection', (item) => item.collection.id, { position: 'asc' }),
    mySupport: new DataLoader<string, boolean>(async (needIds) => {
      if (!viewerId) return needIds.map(() => false);
      const rows = await em.find(KnowledgeNeedSupport, { user: viewerId, need: { $in: [...needIds] } });
      const supported = new Set(rows.map((row) => row.need.id));
      return needIds.map((id) => supported.has(id));
    }),
    myRating: new DataLoader<string, Rating | null>(async (practiceIds) => {
      if (!viewerId) return practiceIds.map(() => null);
      const rows = await em.find(Rating, { user: viewerId, practice: { $in: [...practiceIds] } });
      const found = new Map(rows.map((rating) => [rating.practice.id, rating]));
      return practiceIds.map((id) => found.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
