import {
  Collection as ItemList,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Region } from '../offices/region.entity.js';
import { User } from '../users/user.entity.js';
import { CollectionItem } from './collection-item.entity.js';

@Entity({ tableName: 'collection' })
export class Collection {
  [OptionalProps]?: 'description' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  curator?: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date;

  @OneToMany(() => CollectionItem, (item) => item.collection)
  items = new ItemList<CollectionItem>(this);

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
