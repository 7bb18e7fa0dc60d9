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
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { Theme } from '../practices/vocabulary.js';
import { User } from '../users/user.entity.js';

@Entity({ tableName: 'knowledge_need' })
@Index({ properties: ['region', 'supportCount', 'id'] })
@Index({ properties: ['region', 'createdAt', 'id'] })
export class KnowledgeNeed {
  [OptionalProps]?: 'themes' | 'supportCount' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => Theme, array: true })
  themes: Theme[] = [];

  /** The region the need was posted from. */
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  /** Who posted it; never shown, only used for "posted by me". */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<User>;

  @Property({ type: 'integer' })
  supportCount: number = 0;

  @ManyToOne(() => Practice, { ref: true, nullable: true, deleteRule: 'set null' })
  answeredBy?: Ref<Practice>;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  answeredAt?: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();
}

/** One user's support of one need: counted once. */
@Entity({ tableName: 'knowledge_need_support' })
@Unique({ properties: ['need', 'user'] })
export class KnowledgeNeedSupport {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => KnowledgeNeed, { ref: true, deleteRule: 'cascade' })
  need!: Ref<KnowledgeNeed>;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
