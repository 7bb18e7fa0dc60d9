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
import { Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../offices/region.entity.js';
import { User } from '../users/user.entity.js';
import { CollectionItem } from './collection-item.entity.js';

@ObjectType({ description: "A region's curated, ordered selection of practices, with the curator's notes" })
@Entity({ tableName: 'collection' })
export class Collection {
  [OptionalProps]?: 'description' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Markdown' })
  @Property({ type: 'text' })
  description: string = '';

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  curator?: Ref<User>;

  @Field(() => Date, { nullable: true, description: 'Set once published; caseworkers see only published collections' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt?: Date;

  @OneToMany(() => CollectionItem, (item) => item.collection)
  items = new ItemList<CollectionItem>(this);

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
