import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Role } from '../auth/role.js';
import { Office } from '../offices/office.entity.js';
import { Region } from '../offices/region.entity.js';

/** A person known from the identity provider; created or updated each time their token is seen. */
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The `sub` claim, unique per issuer. */
  @Property({ type: 'text', unique: true })
  subject!: string;

  /** The login name (`preferred_username`), used by the development issuer. */
  @Index()
  @Property({ type: 'text', nullable: true })
  username?: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => Role })
  role!: Role;

  @Index()
  @ManyToOne(() => Office, { ref: true, nullable: true, deleteRule: 'set null' })
  office?: Ref<Office>;

  /** A director's region; for a caseworker, the region of their office. */
  @Index()
  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'set null' })
  region?: Ref<Region>;

  @Property({ type: 'datetime', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
