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
import { User } from '../users/user.entity.js';
import { AdoptionStatus } from './adoption-status.js';
import { FidelityScale } from './fidelity.js';

@Entity({ tableName: 'adoption' })
@Unique({ properties: ['practice', 'office'] })
export class Adoption {
  [OptionalProps]?: 'updatedAt' | 'demo';

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

  /** How the office works with it: for a statutory practice, what the adoption records. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'double', nullable: true })
  fidelityScore?: number | null;

  @Enum({ items: () => FidelityScale, nullable: true })
  fidelityScale?: FidelityScale | null;

  @Property({ type: 'boolean' })
  demo: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One status change of an adoption, kept for good: who, when, from, to, and why it stopped. */
@Entity({ tableName: 'adoption_event' })
@Index({ properties: ['adoption', 'changedAt'] })
export class AdoptionEvent {
  [OptionalProps]?: 'changedAt' | 'demo';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Adoption, { ref: true, deleteRule: 'cascade' })
  adoption!: Ref<Adoption>;

  /** null for the first status the office recorded. */
  @Enum({ items: () => AdoptionStatus, nullable: true })
  fromStatus?: AdoptionStatus | null;

  @Enum({ items: () => AdoptionStatus })
  toStatus!: AdoptionStatus;

  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  changedAt: Date = new Date();

  @Index()
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  changedBy?: Ref<User> | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'double', nullable: true })
  fidelityScore?: number | null;

  @Enum({ items: () => FidelityScale, nullable: true })
  fidelityScale?: FidelityScale | null;

  @Property({ type: 'boolean' })
  demo: boolean = false;
}
