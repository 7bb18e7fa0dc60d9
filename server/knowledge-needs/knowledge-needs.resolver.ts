import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { viewerOf, type Context } from '../graphql/context.js';
import { ConnectionType, PageArgs, type Connection } from '../graphql/pagination.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { services } from '../services.js';
import { KnowledgeNeed } from './knowledge-need.entity.js';
import { KnowledgeNeedOrder, PostKnowledgeNeedInput } from './knowledge-need.inputs.js';

const KnowledgeNeedConnection = ConnectionType('KnowledgeNeed', KnowledgeNeed);

@ObjectType({ description: 'What offices searched for and found nothing, counted' })
export class SearchGap {
  @Field(() => String)
  query!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => DateTimeISOResolver)
  lastSearchedAt!: Date;
}

@Resolver(() => KnowledgeNeed)
export class KnowledgeNeedsResolver {
  @Query(() => KnowledgeNeedConnection, { description: 'Knowledge needs, of a region or all' })
  knowledgeNeeds(
    @Arg('regionCode', () => String, { nullable: true }) regionCode: string | undefined,
    @Arg('orderBy', () => KnowledgeNeedOrder, { defaultValue: KnowledgeNeedOrder.SUPPORT }) orderBy: KnowledgeNeedOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<KnowledgeNeed>> {
    viewerOf(ctx);
    return services.knowledgeNeeds.list(ctx.em, regionCode ?? undefined, orderBy, page);
  }

  @Query(() => [SearchGap], { description: "The region's searches that found nothing since a date, most frequent first" })
  searchGaps(
    @Arg('regionCode', () => String) regionCode: string,
    @Arg('since', () => DateTimeISOResolver) since: Date,
    @Ctx() ctx: Context,
  ) {
    return services.knowledgeNeeds.gaps(ctx.em, viewerOf(ctx), regionCode, since);
  }

  @Mutation(() => KnowledgeNeed)
  postKnowledgeNeed(@Arg('input', () => PostKnowledgeNeedInput) input: PostKnowledgeNeedInput, @Ctx() ctx: Context) {
    return services.knowledgeNeeds.post(ctx.em, viewerOf(ctx), input);
  }

  @Mutation(() => KnowledgeNeed, { description: 'Says "we need this too"; counted once per user' })
  supportKnowledgeNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return services.knowledgeNeeds.support(ctx.em, viewerOf(ctx), id);
  }

  @Mutation(() => KnowledgeNeed, { description: 'Links a published practice that meets the need' })
  answerKnowledgeNeed(@Arg('id', () => ID) id: string, @Arg('practiceId', () => ID) practiceId: string, @Ctx() ctx: Context) {
    return services.knowledgeNeeds.answer(ctx.em, viewerOf(ctx), id, practiceId);
  }

  @FieldResolver(() => Region)
  async region(@Root() need: KnowledgeNeed, @Ctx() ctx: Context): Promise<Region> {
    return (await ctx.loaders.region.load(need.region.code))!;
  }

  @FieldResolver(() => Practice, { nullable: true, description: 'The practice that meets the need, once answered' })
  answeredBy(@Root() need: KnowledgeNeed, @Ctx() ctx: Context): Promise<Practice | null> {
    return need.answeredBy ? ctx.loaders.practice.load(need.answeredBy.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean)
  postedByMe(@Root() need: KnowledgeNeed, @Ctx() ctx: Context): boolean {
    return need.author?.id === viewerOf(ctx).id;
  }

  @FieldResolver(() => Boolean)
  supportedByMe(@Root() need: KnowledgeNeed, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.loaders.mySupport.load(need.id);
  }
}
