import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { seesRatingAuthors } from '../auth/policy.js';
import { viewerOf, type Context } from '../graphql/context.js';
import { OfficeType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { RatePracticeInput } from './rating.inputs.js';
import { RatePracticePayload, RatingAuthor, RatingType } from './rating.types.js';

@Resolver(() => RatingType)
export class RatingsResolver {
  @Mutation(() => RatePracticePayload, { description: 'One rating per user and practice: a second call edits it' })
  ratePractice(@Arg('input', () => RatePracticeInput) input: RatePracticeInput, @Ctx() ctx: Context): Promise<RatePracticePayload> {
    return ctx.services.ratings.rate(viewerOf(ctx), input);
  }

  @Mutation(() => PracticeType, { description: 'Removes your rating; returns the practice with its new summary' })
  deleteMyRating(@Arg('practiceId', () => ID) practiceId: string, @Ctx() ctx: Context): Promise<PracticeType> {
    return ctx.services.ratings.deleteMine(viewerOf(ctx), practiceId);
  }

  @FieldResolver(() => PracticeType)
  async practice(@Root() rating: RatingType, @Ctx() ctx: Context): Promise<PracticeType> {
    return (await ctx.loaders.practice.load(rating.practiceId))!;
  }

  @FieldResolver(() => OfficeType, { nullable: true, description: "The rater's office when they rated" })
  office(@Root() rating: RatingType): OfficeType | null {
    return rating.office;
  }

  @FieldResolver(() => RatingAuthor, { nullable: true, description: 'Null for researchers' })
  author(@Root() rating: RatingType, @Ctx() ctx: Context): RatingAuthor | null {
    return seesRatingAuthors(viewerOf(ctx)) ? rating.author : null;
  }
}
