import { Field, ObjectType } from 'type-graphql';
import { Role } from '../auth/role.js';
import { ConnectionType } from '../graphql/pagination.js';
import { Practice } from '../practices/practice.entity.js';
import { Rating } from './rating.entity.js';

@ObjectType({ description: 'Who wrote a rating; never shown to researchers' })
export class RatingAuthor {
  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;
}

@ObjectType()
export class RatePracticePayload {
  @Field(() => Rating)
  rating!: Rating;

  @Field(() => Practice, { description: 'The practice with its updated rating summary' })
  practice!: Practice;
}

export const RatingConnection = ConnectionType('Rating', Rating);
