import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { PageArgs, type Connection } from '../graphql/pagination.js';
import { Theme } from '../practices/vocabulary.js';
import { RatingDimension, RatingStatsFilter, RatingStatsGroup } from './rating-stats.types.js';
import { AdoptionPeriod, RatingRecordConnection, TimeInterval, type RatingRecord } from './research.types.js';

@Resolver()
export class ResearchResolver {
  @Query(() => [AdoptionPeriod], { description: 'Adoptions by the period they started in and their status now' })
  adoptionTimeline(
    @Arg('practiceSlug', () => String, { nullable: true }) practiceSlug: string | undefined,
    @Arg('theme', () => Theme, { nullable: true }) theme: Theme | undefined,
    @Arg('interval', () => TimeInterval, { defaultValue: TimeInterval.MONTH }) interval: TimeInterval,
    @Ctx() ctx: Context,
  ): Promise<AdoptionPeriod[]> {
    viewerOf(ctx);
    return ctx.services.research.adoptionTimeline({ practiceSlug: practiceSlug ?? undefined, theme: theme ?? undefined }, interval);
  }

  @Query(() => [RatingStatsGroup], {
    description: 'Rating aggregates by groups, for researchers. Groups that could point at a person are suppressed.',
  })
  ratingStats(
    @Arg('groupBy', () => [RatingDimension]) groupBy: RatingDimension[],
    @Arg('filter', () => RatingStatsFilter, { nullable: true }) filter: RatingStatsFilter | undefined,
    @Arg('includeDemo', () => Boolean, { defaultValue: false, description: 'Count made-up demo ratings too' }) includeDemo: boolean,
    @Ctx() ctx: Context,
  ): Promise<RatingStatsGroup[]> {
    return ctx.services.research.ratingStats(viewerOf(ctx), groupBy, filter ?? {}, includeDemo);
  }

  @Query(() => RatingRecordConnection, { description: 'Every rating for research, with rater pseudonyms and no comments. Researchers and editors only.' })
  ratingsExport(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeDemo', () => Boolean, { defaultValue: false, description: 'Export made-up demo ratings too' }) includeDemo: boolean,
    @Ctx() ctx: Context,
  ): Promise<Connection<RatingRecord>> {
    return ctx.services.research.ratingsExport(viewerOf(ctx), page, includeDemo);
  }
}
