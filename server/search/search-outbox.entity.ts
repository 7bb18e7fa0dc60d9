import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A practice whose search document must be rebuilt. Written in the same transaction as the change
 * that caused it, so the engine can be down without anything being lost; the outbox worker drains it.
 */
@Entity({ tableName: 'search_outbox' })
@Index({ properties: ['nextAttemptAt', 'id'] })
@Index({ properties: ['practiceId'] })
export class SearchOutboxEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** Not a foreign key: a deleted practice still has to leave the index. */
  @Property({ type: 'uuid' })
  practiceId!: string;

  /** What changed: text, status, rating or adoption. For logs and for skipping needless work. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  enqueuedAt: Date = new Date();

  @Property({ type: 'integer' })
  attempts: number = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'text', nullable: true })
  lastError?: string;

  /** The engine task this change was sent in, still running when the worker last looked. */
  @Property({ type: 'bigint', nullable: true })
  taskUid?: string;

  /** A worker holds the row until then (it sends and waits outside any transaction). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  claimedUntil?: Date;

  /** The engine refuses this practice's document for good (lastError says why): left for a person. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  parkedAt?: Date;
}
