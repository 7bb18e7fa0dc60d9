import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role.js';
import { viewerOf, type Context } from '../graphql/context.js';
import { Office } from '../offices/office.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { services } from '../services.js';
import { RatePracticeInput } from './rating.inputs.js';
import { Rating } from './rating.entity.js';
import { RatePracticePayload, RatingAuthor } from './rating.types.js';

@Resolver(() => Rating)
export class RatingsResolver {
  @Mutation(() => RatePracticePayload, { description: 'One rating per user and practice: a second call edits it' })
  ratePractice(@Arg('input', () => RatePracticeInput) input: RatePracticeInput, @Ctx() ctx: Context) {
    return services.ratings.rate(ctx.em, viewerOf(ctx), input);
  }

  @Mutation(() => Practice, { description: 'Removes your rating; returns the practice with its new summary' })
  deleteMyRating(@Arg('practiceId', () => ID) practiceId: string, @Ctx() ctx: Context) {
    return services.ratings.deleteMine(ctx.em, viewerOf(ctx), practiceId);
  }

  @FieldResolver(() => Practice)
  async practice(@Root() rating: Rating, @Ctx() ctx: Context): Promise<Practice> {
    return (await ctx.loaders.practice.load(rating.practice.id))!;
  }

  @FieldResolver(() => Office, { nullable: true, description: "The rater's office when they rated" })
  office(@Root() rating: Rating, @Ctx() ctx: Context): Promise<Office | null> {
    return rating.office ? ctx.loaders.office.load(rating.office.enhetsnummer) : Promise.resolve(null);
  }

  @FieldResolver(() => RatingAuthor, { nullable: true, description: 'Null for researchers' })
  async author(@Root() rating: Rating, @Ctx() ctx: Context): Promise<RatingAuthor | null> {
    if (viewerOf(ctx).role === Role.RESEARCHER) return null;
    const user = await ctx.loaders.user.load(rating.user.id);
    return user && { name: user.name, role: user.role };
  }
}
