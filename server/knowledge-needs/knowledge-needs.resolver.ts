import { DateTimeISOResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { PageArgs, type Connection } from '../graphql/pagination.js';
import { RegionType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { KnowledgeNeedOrder, PostKnowledgeNeedInput } from './knowledge-need.inputs.js';
import { knowledgeNeedViewerCanOf } from './knowledge-need.policy.js';
import { KnowledgeNeedConnection, KnowledgeNeedType, KnowledgeNeedViewerCan, SearchGap } from './knowledge-need.types.js';

@Resolver(() => KnowledgeNeedType)
export class KnowledgeNeedsResolver {
  @Query(() => KnowledgeNeedConnection, { description: 'Knowledge needs, of a region or all' })
  knowledgeNeeds(
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | undefined,
    @Arg('orderBy', () => KnowledgeNeedOrder, { defaultValue: KnowledgeNeedOrder.SUPPORT }) orderBy: KnowledgeNeedOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<KnowledgeNeedType>> {
    viewerOf(ctx);
    return ctx.services.knowledgeNeeds.list({ regionCode: regionCode ?? undefined, order: orderBy, first: page.first, after: page.after });
  }

  @Query(() => [SearchGap], { description: "The region's searches that found nothing since a date, most frequent first" })
  searchGaps(
    @Arg('regionCode', () => String) regionCode: string,
    @Arg('since', () => DateTimeISOResolver) since: Date,
    @Ctx() ctx: Context,
  ): Promise<SearchGap[]> {
    return ctx.services.knowledgeNeeds.gaps(viewerOf(ctx), regionCode, since);
  }

  @Mutation(() => KnowledgeNeedType)
  postKnowledgeNeed(@Arg('input', () => PostKnowledgeNeedInput) input: PostKnowledgeNeedInput, @Ctx() ctx: Context) {
    return ctx.services.knowledgeNeeds.post(viewerOf(ctx), input);
  }

  @Mutation(() => KnowledgeNeedType, { description: 'Says "we need this too"; counted once per user' })
  supportKnowledgeNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.knowledgeNeeds.support(viewerOf(ctx), id);
  }

  @Mutation(() => KnowledgeNeedType, { description: 'Links a published practice that meets the need' })
  answerKnowledgeNeed(@Arg('id', () => ID) id: string, @Arg('practiceId', () => ID) practiceId: string, @Ctx() ctx: Context) {
    return ctx.services.knowledgeNeeds.answer(viewerOf(ctx), id, practiceId);
  }

  @FieldResolver(() => RegionType)
  async region(@Root() need: KnowledgeNeedType, @Ctx() ctx: Context): Promise<RegionType> {
    return (await ctx.loaders.region.load(need.regionCode))!;
  }

  @FieldResolver(() => PracticeType, { nullable: true, description: 'The practice that meets the need, once answered' })
  answeredBy(@Root() need: KnowledgeNeedType, @Ctx() ctx: Context): Promise<PracticeType | null> {
    return need.answeredById ? ctx.loaders.practice.load(need.answeredById) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean)
  postedByMe(@Root() need: KnowledgeNeedType, @Ctx() ctx: Context): boolean {
    return need.authorId === viewerOf(ctx).id;
  }

  @FieldResolver(() => KnowledgeNeedViewerCan)
  viewerCan(@Root() need: KnowledgeNeedType, @Ctx() ctx: Context): KnowledgeNeedViewerCan {
    return knowledgeNeedViewerCanOf(viewerOf(ctx), need);
  }

  @FieldResolver(() => Boolean)
  supportedByMe(@Root() need: KnowledgeNeedType, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.mySupport.load(need.id);
  }
}
