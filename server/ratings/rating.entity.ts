import {
  Check,
  Entity,
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

@Entity({ tableName: 'rating' })
@Unique({ properties: ['practice', 'user'] })
@Index({ properties: ['practice', 'updatedAt', 'id'] })
@Index({ properties: ['office', 'updatedAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Check({ name: 'rating_record_key_range', expression: `((record_key >= 0) AND (record_key < 256))` })
@Check({ name: 'rating_comment_length', expression: `char_length(comment) <= 2000` })
@Check({
  name: 'rating_scores_in_range',
  expression: `((score >= 1) AND (score <= 5)) AND ((usefulness IS NULL) OR ((usefulness >= 1) AND (usefulness <= 5))) AND ((transferability IS NULL) OR ((transferability >= 1) AND (transferability <= 5))) AND ((observed_effect IS NULL) OR ((observed_effect >= 1) AND (observed_effect <= 5)))`,
})
export class Rating {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'demo';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Practice, { ref: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** The rater's office when they rated. */
  @Index()
  @ManyToOne(() => Office, { ref: true, nullable: true, deleteRule: 'set null' })
  office?: Ref<Office>;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'smallint', nullable: true })
  usefulness?: number;

  @Property({ type: 'smallint', nullable: true })
  transferability?: number;

  @Property({ type: 'smallint', nullable: true })
  observedEffect?: number;

  @Property({ type: 'text', nullable: true })
  comment?: string;

  /**
   * A permanent random key, 0–255, that the database gives at insert and nothing changes: the cell
   * key method of ratingStats perturbs a count by its ratings' keys (server/research/perturbation.ts).
   */
  @Property({ type: 'smallint', defaultRaw: 'floor((random() * (256)::double precision))' })
  recordKey?: number;

  /** Made-up demo data: researchers leave it out unless they ask for it (includeDemo). */
  @Property({ type: 'boolean' })
  demo: boolean = false;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
