// Adoptions counted by status: one GraphQL shape and one SQL fragment for every place that reports them.
import { sql } from 'kysely';
import { Field, Int, ObjectType } from 'type-graphql';

/** Object types extend it and inherit its fields. */
@ObjectType({ description: 'Adoptions counted by status' })
export class AdoptionStatusCounts {
  @Field(() => Int)
  considering!: number;

  @Field(() => Int)
  piloting!: number;

  @Field(() => Int)
  inUse!: number;

  @Field(() => Int)
  discontinued!: number;
}

/** Select-list columns counting adoption rows (alias `a`) by status, named as AdoptionStatusCounts. */
export const ADOPTION_STATUS_COUNTS = sql<AdoptionStatusCounts>`
  count(*) filter (where a.status = 'CONSIDERING')::int as considering,
  count(*) filter (where a.status = 'PILOTING')::int as piloting,
  count(*) filter (where a.status = 'IN_USE')::int as "inUse",
  count(*) filter (where a.status = 'DISCONTINUED')::int as discontinued`;
