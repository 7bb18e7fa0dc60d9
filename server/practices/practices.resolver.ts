import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AdoptionType } from '../adoptions/adoption.types.js';
import { viewerOf, type Context } from '../graphql/context.js';
import { PageArgs, type Connection } from '../graphql/pagination.js';
import { OfficeType } from '../offices/office.types.js';
import { presentRatingSummary, RatingSummary } from '../ratings/rating-summary.types.js';
import { RatingConnection, RatingType } from '../ratings/rating.types.js';
import { PracticeFilter, ProposePracticeInput, UpdatePracticeInput } from './practice.inputs.js';
import { viewerCanOf } from './practice.policy.js';
import { evidenceStrength } from './evidence-strength.js';
import { EvidenceStrengthType, OutcomeType, PracticeConnection, PracticeLinkType, PracticeOrder, PracticeType, PracticeViewerCan, type PracticeDetails } from './practice.types.js';

@Resolver(() => PracticeType)
export class PracticesResolver {
  @Query(() => PracticeConnection, { description: 'The catalogue, a page at a time' })
  practices(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PracticeFilter, { nullable: true }) filter: PracticeFilter | undefined,
    @Arg('orderBy', () => PracticeOrder, { defaultValue: PracticeOrder.TITLE }) orderBy: PracticeOrder,
    @Ctx() ctx: Context,
  ): Promise<Connection<PracticeType>> {
    return ctx.services.practices.list(viewerOf(ctx), filter ?? {}, orderBy, page);
  }

  @Query(() => PracticeType)
  practice(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<PracticeType> {
    return ctx.services.practices.bySlug(viewerOf(ctx), slug);
  }

  @Mutation(() => PracticeType, { description: "Saves a draft with the caller's office as origin" })
  proposePractice(@Arg('input', () => ProposePracticeInput) input: ProposePracticeInput, @Ctx() ctx: Context) {
    return ctx.services.practices.propose(viewerOf(ctx), input);
  }

  @Mutation(() => PracticeType)
  updatePractice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePracticeInput) input: UpdatePracticeInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.practices.update(viewerOf(ctx), id, input);
  }

  @Mutation(() => PracticeType)
  publishPractice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.practices.publish(viewerOf(ctx), id);
  }

  @Mutation(() => PracticeType)
  archivePractice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.practices.archive(viewerOf(ctx), id);
  }

  @FieldResolver(() => String, { description: 'Markdown; render it sanitised' })
  async description(@Root() practice: PracticeType, @Ctx() ctx: Context): Promise<string> {
    return (await details(practice, ctx)).description;
  }

  @FieldResolver(() => [OutcomeType])
  async outcomes(@Root() practice: PracticeType, @Ctx() ctx: Context): Promise<OutcomeType[]> {
    return (await details(practice, ctx)).outcomes;
  }

  @FieldResolver(() => EvidenceStrengthType, {
    nullable: true,
    description: 'The research strand, 1–5, from the outcomes (README "Evidence strength"); null without research outcomes. Never mixed with ratings or user knowledge.',
  })
  async evidenceStrength(@Root() practice: PracticeType, @Ctx() ctx: Context): Promise<EvidenceStrengthType | null> {
    return evidenceStrength((await details(practice, ctx)).outcomes);
  }

  @FieldResolver(() => [PracticeLinkType])
  async links(@Root() practice: PracticeType, @Ctx() ctx: Context): Promise<PracticeLinkType[]> {
    return (await details(practice, ctx)).links;
  }

  @FieldResolver(() => OfficeType)
  originOffice(@Root() practice: PracticeType): OfficeType {
    return practice.originOffice;
  }

  @FieldResolver(() => [AdoptionType], { description: 'Offices that consider, pilot, use or stopped using it' })
  adoptions(@Root() practice: PracticeType, @Ctx() ctx: Context): Promise<AdoptionType[]> {
    return ctx.loaders.adoptionsByPractice.load(practice.id);
  }

  @FieldResolver(() => RatingSummary)
  ratingSummary(@Root() practice: PracticeType): RatingSummary {
    return presentRatingSummary(practice.rating);
  }

  @FieldResolver(() => RatingType, { nullable: true, description: "The caller's own rating, if any" })
  myRating(@Root() practice: PracticeType, @Ctx() ctx: Context): Promise<RatingType | null> {
    return ctx.loaders.myRating.load(practice.id);
  }

  @FieldResolver(() => RatingConnection, { description: 'Newest first' })
  ratings(@Root() practice: PracticeType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<RatingType>> {
    return ctx.services.ratings.page(viewerOf(ctx), ctx.loaders, 'practice', practice.id, page);
  }

  @FieldResolver(() => PracticeViewerCan)
  viewerCan(@Root() practice: PracticeType, @Ctx() ctx: Context): PracticeViewerCan {
    return viewerCanOf(viewerOf(ctx), practice);
  }
}

/** The long texts: read with the practice on its page, otherwise loaded in one batch. */
async function details(practice: PracticeType, ctx: Context): Promise<PracticeDetails> {
  return practice.details ?? (await ctx.loaders.practiceDetails.load(practice.id))!;
}
