import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { OfficeType, RegionType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { canImportIndicatorValues } from './indicator.policy.js';
import { ImportIndicatorValuesArgs, LeadersArgs, PeriodArgs, ScorecardArgs, SimilarOfficesArgs } from './indicator.inputs.js';
import {
  IndicatorComparison,
  IndicatorImportResult,
  IndicatorLeader,
  IndicatorLeaders,
  IndicatorType,
  LeaderPractice,
  OfficeScorecard,
} from './indicator.types.js';
import { OfficeContextType, SimilarOffice } from './office-context.types.js';

@Resolver(() => IndicatorType)
export class IndicatorsResolver {
  @Query(() => [IndicatorType], { description: 'Every result indicator, in scorecard order' })
  indicators(@Ctx() ctx: Context): Promise<IndicatorType[]> {
    return ctx.services.indicators.indicators();
  }

  @Query(() => OfficeScorecard, {
    description: "An office's indicators month by month: actual, expected, their difference, and the region's and country's medians. By default the 24 months ending at its last month with values",
  })
  officeScorecard(@Args(() => ScorecardArgs) args: ScorecardArgs, @Ctx() ctx: Context): Promise<OfficeScorecard> {
    return ctx.services.indicators.scorecard(args.enhetsnummer, args);
  }

  @Query(() => IndicatorLeaders, {
    description:
      '"Who does best": offices ranked by actual minus expected on an OUTCOME indicator over a period (by default the 12 months ending at its last month with values), in a region or the country. Activity indicators are refused: across Nav offices, good activity scores have not gone with better outcomes',
  })
  indicatorLeaders(@Args(() => LeadersArgs) args: LeadersArgs, @Ctx() ctx: Context): Promise<IndicatorLeaders> {
    return ctx.services.indicators.leaders(args);
  }

  @Query(() => [SimilarOffice], { description: 'The offices most like this one on standardised context, nearest first, with why' })
  similarOffices(@Args(() => SimilarOfficesArgs) args: SimilarOfficesArgs, @Ctx() ctx: Context): Promise<SimilarOffice[]> {
    return ctx.services.officeContext.similar(args.enhetsnummer, args.first);
  }

  @Query(() => Boolean, { description: 'Whether the viewer may load indicator values (importIndicatorValues)' })
  viewerCanImportIndicatorValues(@Ctx() ctx: Context): boolean {
    return canImportIndicatorValues(viewerOf(ctx));
  }

  @Mutation(() => IndicatorImportResult, {
    description:
      "Loads monthly indicator values from CSV: directors for their region's offices, editors for all. All or nothing: any bad row refuses the file (BAD_USER_INPUT, with extensions.lineErrors naming lines); a value already there is replaced, so loading a file twice changes nothing the second time",
  })
  importIndicatorValues(@Args(() => ImportIndicatorValuesArgs) args: ImportIndicatorValuesArgs, @Ctx() ctx: Context): Promise<IndicatorImportResult> {
    return ctx.services.indicators.importValues(viewerOf(ctx), args.csv);
  }
}

@Resolver(() => OfficeScorecard)
export class OfficeScorecardResolver {
  @FieldResolver(() => OfficeType)
  office(@Root() scorecard: OfficeScorecard): OfficeType {
    return scorecard.office;
  }
}

@Resolver(() => IndicatorLeaders)
export class IndicatorLeadersResolver {
  @FieldResolver(() => RegionType, { nullable: true, description: 'Null: ranked across the country' })
  region(@Root() leaders: IndicatorLeaders): RegionType | null {
    return leaders.region;
  }
}

@Resolver(() => IndicatorLeader)
export class IndicatorLeaderResolver {
  @FieldResolver(() => OfficeType)
  office(@Root() leader: IndicatorLeader): OfficeType {
    return leader.office;
  }
}

@Resolver(() => LeaderPractice)
export class LeaderPracticeResolver {
  @FieldResolver(() => PracticeType)
  async practice(@Root() used: LeaderPractice, @Ctx() ctx: Context): Promise<PracticeType> {
    return (await ctx.loaders.practice.load(used.practiceId))!;
  }
}

@Resolver(() => SimilarOffice)
export class SimilarOfficeResolver {
  @FieldResolver(() => OfficeType)
  office(@Root() similar: SimilarOffice): OfficeType {
    return similar.office;
  }
}

@Resolver(() => OfficeType)
export class OfficeContextResolver {
  @FieldResolver(() => OfficeContextType, { nullable: true, description: 'Whom the office serves and how it works; null where unknown' })
  context(@Root() office: OfficeType, @Ctx() ctx: Context): Promise<OfficeContextType | null> {
    return ctx.loaders.officeContext.load(office.enhetsnummer);
  }
}

@Resolver(() => PracticeType)
export class PracticeIndicatorsResolver {
  @FieldResolver(() => IndicatorComparison, {
    description: 'Offices piloting or using the practice against the rest on one indicator (median of actual − expected). Descriptive, not causal',
  })
  async indicatorComparison(
    @Root() practice: PracticeType,
    @Arg('indicatorCode', () => ID) indicatorCode: string,
    @Args(() => PeriodArgs) period: PeriodArgs,
    @Ctx() ctx: Context,
  ): Promise<IndicatorComparison> {
    const [comparison] = await comparisonLoader(ctx, [indicatorCode], period).load(practice);
    return comparison;
  }

  @FieldResolver(() => [IndicatorComparison], {
    description: "The comparison on every OUTCOME indicator that shares a theme with the practice. Descriptive, not causal",
  })
  indicatorComparisons(@Root() practice: PracticeType, @Args(() => PeriodArgs) period: PeriodArgs, @Ctx() ctx: Context): Promise<IndicatorComparison[]> {
    return comparisonLoader(ctx, null, period).load(practice);
  }

  @FieldResolver(() => [SimilarOffice], {
    description: 'Of the offices most like this one (similarOffices, the nearest 10), those that pilot or use the practice: "used at 3 offices like yours"',
  })
  usedByOfficesLike(@Root() practice: PracticeType, @Arg('office', () => ID) office: string, @Ctx() ctx: Context): Promise<SimilarOffice[]> {
    return requestLoader(ctx, `usedByOfficesLike|${office}`, () =>
      new DataLoader<string, SimilarOffice[]>((ids) => ctx.services.officeContext.usingPracticesAmongLike([...ids], office)),
    ).load(practice.id);
  }
}

/**
 * Batch loaders of this request, by name: a page of practices asking for the same field with the
 * same arguments costs one round of statements, not one per practice.
 */
const requestLoaders = new WeakMap<Context['loaders'], Map<string, DataLoader<never, unknown>>>();

function requestLoader<K, V>(ctx: Context, name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
  const loaders = requestLoaders.get(ctx.loaders) ?? requestLoaders.set(ctx.loaders, new Map()).get(ctx.loaders)!;
  if (!loaders.has(name)) loaders.set(name, create() as unknown as DataLoader<never, unknown>);
  return loaders.get(name) as unknown as DataLoader<K, V>;
}

const comparisonLoader = (ctx: Context, codes: string[] | null, period: PeriodArgs) =>
  requestLoader(ctx, `comparisons|${codes?.join(',') ?? '*'}|${period.from ?? ''}|${period.to ?? ''}`, () =>
    new DataLoader<PracticeType, IndicatorComparison[], string>((practices) => ctx.services.indicators.comparisons([...practices], codes, period), {
      cacheKeyFn: (practice) => practice.id,
    }),
  );

export const indicatorResolvers = [
  IndicatorsResolver,
  OfficeScorecardResolver,
  IndicatorLeadersResolver,
  IndicatorLeaderResolver,
  LeaderPracticeResolver,
  SimilarOfficeResolver,
  OfficeContextResolver,
  PracticeIndicatorsResolver,
] as const;
