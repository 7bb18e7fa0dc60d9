import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A practice whose search document must be rebuilt. Written in the same transaction as the change
 * that caused it, so the engine can be down without anything being lost; the outbox worker drains it.
 */
@Entity({ tableName: 'search_outbox' })
@Index({ properties: ['nextAttemptAt', 'id'] })
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
}
