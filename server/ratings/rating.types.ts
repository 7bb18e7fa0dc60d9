import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../auth/role.js';
import { ConnectionType } from '../graphql/pagination.js';
import type { OfficeType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';

@ObjectType({ description: 'Who wrote a rating; never shown to researchers' })
export class RatingAuthor {
  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType('Rating', { description: "One user's rating of one practice" })
export class RatingType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 to 5' })
  score!: number;

  @Field(() => Int, { nullable: true })
  usefulness!: number | null;

  @Field(() => Int, { nullable: true })
  transferability!: number | null;

  @Field(() => Int, { nullable: true })
  observedEffect!: number | null;

  @Field(() => Boolean, { description: 'True for made-up demo data' })
  demo!: boolean;

  comment!: string | null;
  createdAt!: Date;
  updatedAt!: Date;

  practiceId!: string;

  /** The rater's office when they rated, with its region. */
  office!: OfficeType | null;

  /** Read with the rating; the resolver decides who may see it. */
  author!: RatingAuthor;
}

@ObjectType()
export class RatePracticePayload {
  @Field(() => RatingType)
  rating!: RatingType;

  @Field(() => PracticeType, { description: 'The practice with its updated rating summary' })
  practice!: PracticeType;
}

export const RatingConnection = ConnectionType('Rating', RatingType);
