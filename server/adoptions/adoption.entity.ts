import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Office } from '../offices/office.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { AdoptionStatus } from './adoption-status.js';

@ObjectType({ description: 'That an office considers, pilots, uses or has stopped using a practice' })
@Entity({ tableName: 'adoption' })
@Unique({ properties: ['practice', 'office'] })
export class Adoption {
  [OptionalProps]?: 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Practice, { ref: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  @Index()
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Field(() => AdoptionStatus)
  @Index()
  @Enum({ items: () => AdoptionStatus })
  status!: AdoptionStatus;

  @Field(() => LocalDateResolver, { description: 'Since when the office has had this status' })
  @Property({ type: 'date' })
  since!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
