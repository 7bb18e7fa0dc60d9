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
import { Office } from '../offices/office.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { AdoptionStatus } from './adoption-status.js';

@Entity({ tableName: 'adoption' })
@Unique({ properties: ['practice', 'office'] })
export class Adoption {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Practice, { ref: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  @Index()
  @ManyToOne(() => Office, { ref: true, deleteRule: 'cascade' })
  office!: Ref<Office>;

  @Index()
  @Enum({ items: () => AdoptionStatus })
  status!: AdoptionStatus;

  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
