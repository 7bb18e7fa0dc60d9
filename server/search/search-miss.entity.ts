import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Role } from '../auth/role.js';

/** A search that found nothing: what offices look for in vain. Never who searched. */
@Entity({ tableName: 'search_miss' })
export class SearchMiss {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  query!: string;

  @Index()
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  searchedAt: Date = new Date();

  @Enum({ items: () => Role })
  role!: Role;

  @Index()
  @Property({ type: 'text', nullable: true })
  regionCode?: string;
}
