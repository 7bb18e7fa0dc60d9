import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Practice } from '../practices/practice.entity.js';
import { Collection } from './collection.entity.js';

@ObjectType({ description: 'A practice in a collection, at a position, with the curator’s note' })
@Entity({ tableName: 'collection_item' })
@Unique({ properties: ['collection', 'practice'] })
// Checked at commit, so a reorder may pass through duplicate positions inside its transaction.
@Unique({ properties: ['collection', 'position'], deferMode: 'deferred' })
export class CollectionItem {
  [OptionalProps]?: 'note';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Collection, { ref: true, deleteRule: 'cascade' })
  collection!: Ref<Collection>;

  @Index()
  @ManyToOne(() => Practice, { ref: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  @Field(() => Int, { description: '0 first; always 0 … n−1 without gaps' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  note: string = '';
}
