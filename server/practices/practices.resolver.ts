import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Adoption } from '../adoptions/adoption.entity.js';
import { viewerOf, type Context } from '../graphql/context.js';
import { PageArgs, type Connection } from '../graphql/pagination.js';
import { Office } from '../offices/office.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import { presentRatingSummary, RatingSummary } from '../ratings/rating-summary.types.js';
import { RatingConnection } from '../ratings/rating.types.js';
import { services } from '../services.js';
import { PracticeFilter, ProposePracticeInput, UpdatePracticeInput } from './practice.inputs.js';
import { Practice } from './practice.entity.js';
import { PracticeConnection, PracticeOrder } from './practice.types.js';

@Resolver(() => Practice)
export class PracticesResolver {
  @Query(() => PracticeConnection, { description: 'The catalogue, a page at a time' })
  practices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PracticeFilter, { nullable: true }) filter: PracticeFilter | undefined,
    @Arg('orderBy', () => PracticeOrder, { defaultValue: PracticeOrder.TITLE }) orderBy: PracticeOrder,
    @Ctx() ctx: Context,
  ): Promise<Connection<Practice>> {
    return services.practices.list(ctx.em, viewerOf(ctx), filter ?? {}, orderBy, page);
  }

  @Query(() => Practice)
  practice(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<Practice> {
    return services.practices.bySlug(ctx.em, viewerOf(ctx), slug);
  }

  @Mutation(() => Practice, { description: "Saves a draft with the caller's office as origin" })
  proposePractice(@Arg('input', () => ProposePracticeInput) input: ProposePracticeInput, @Ctx() ctx: Context) {
    return services.practices.propose(ctx.em, viewerOf(ctx), input);
  }

  @Mutation(() => Practice)
  updatePractice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePracticeInput) input: UpdatePracticeInput,
    @Ctx() ctx: Context,
  ) {
    return services.practices.update(ctx.em, viewerOf(ctx), id, input);
  }

  @Mutation(() => Practice)
  publishPractice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return services.practices.publish(ctx.em, viewerOf(ctx), id);
  }

  @Mutation(() => Practice)
  archivePractice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return services.practices.archive(ctx.em, viewerOf(ctx), id);
  }

  @FieldResolver(() => Office)
  async originOffice(@Root() practice: Practice, @Ctx() ctx: Context): Promise<Office> {
    return (await ctx.loaders.office.load(practice.originOffice.enhetsnummer))!;
  }

  @FieldResolver(() => [Adoption], { description: 'Offices that consider, pilot, use or stopped using it' })
  adoptions(@Root() practice: Practice, @Ctx() ctx: Context): Promise<Adoption[]> {
    return ctx.loaders.adoptionsByPractice.load(practice.id);
  }

  @FieldResolver(() => RatingSummary)
  ratingSummary(@Root() practice: Practice): RatingSummary {
    return presentRatingSummary(practice.rating);
  }

  @FieldResolver(() => Rating, { nullable: true, description: "The caller's own rating, if any" })
  myRating(@Root() practice: Practice, @Ctx() ctx: Context): Promise<Rating | null> {
    return ctx.loaders.myRating.load(practice.id);
  }

  @FieldResolver(() => RatingConnection, { description: 'Newest first' })
  ratings(@Root() practice: Practice, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Rating>> {
    return services.ratings.forPractice(ctx.em, practice.id, page);
  }
}
