import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { OfficeType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { RatePracticeInput } from './rating.inputs.js';
import { readsSingleRatings } from './rating.policy.js';
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

  @FieldResolver(() => OfficeType, { nullable: true, description: "The rater's office when they rated; null for researchers" })
  office(@Root() rating: RatingType, @Ctx() ctx: Context): OfficeType | null {
    return readsSingleRatings(viewerOf(ctx)) ? rating.office : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null for researchers' })
  comment(@Root() rating: RatingType, @Ctx() ctx: Context): string | null {
    return readsSingleRatings(viewerOf(ctx)) ? rating.comment : null;
  }

  @FieldResolver(() => Date, { description: 'For researchers only the month (its first moment, UTC)' })
  createdAt(@Root() rating: RatingType, @Ctx() ctx: Context): Date {
    return readsSingleRatings(viewerOf(ctx)) ? rating.createdAt : startOfMonth(rating.createdAt);
  }

  @FieldResolver(() => Date, { description: 'For researchers only the month (its first moment, UTC)' })
  updatedAt(@Root() rating: RatingType, @Ctx() ctx: Context): Date {
    return readsSingleRatings(viewerOf(ctx)) ? rating.updatedAt : startOfMonth(rating.updatedAt);
  }

  @FieldResolver(() => RatingAuthor, { nullable: true, description: 'Null for researchers' })
  author(@Root() rating: RatingType, @Ctx() ctx: Context): RatingAuthor | null {
    return readsSingleRatings(viewerOf(ctx)) ? rating.author : null;
  }
}

const startOfMonth = (time: Date) => new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), 1));
