import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Practice } from '../practices/practice.entity.js';
import { Collection } from './collection.entity.js';

@Entity({ tableName: 'collection_item' })
@Unique({ properties: ['collection', 'practice'] })
// Checked at commit, so a reorder may pass through duplicate positions inside its transaction.
@Unique({ properties: ['collection', 'position'], deferMode: 'deferred' })
export class CollectionItem {
  [OptionalProps]?: 'note';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Collection, { ref: true, deleteRule: 'cascade' })
  collection!: Ref<Collection>;

  @Index()
  @ManyToOne(() => Practice, { ref: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  note: string = '';
}
