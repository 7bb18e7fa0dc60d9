import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { RegionOverview } from './region-overview.types.js';

@Resolver()
export class RegionalResolver {
  @Query(() => RegionOverview, { description: 'What spreads in a region: for its directors, editors and researchers' })
  regionOverview(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<RegionOverview> {
    return ctx.services.regional.overview(viewerOf(ctx), code);
  }
}
