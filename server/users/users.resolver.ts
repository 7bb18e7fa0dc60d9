import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { OfficeType, RegionType } from '../offices/office.types.js';
import { actingScopeOf, canWrite, seesEveryRegion } from '../auth/policy.js';
import { readsSingleRatings } from '../ratings/rating.policy.js';
import { Me, MeViewerCan } from './user.types.js';

@Resolver(() => Me)
export class MeResolver {
  @Query(() => Me)
  me(@Ctx() ctx: Context): Me {
    return viewerOf(ctx);
  }

  @FieldResolver(() => OfficeType, { nullable: true })
  office(@Root() me: Me, @Ctx() ctx: Context): Promise<OfficeType | null> {
    return me.officeEnhetsnummer ? ctx.loaders.office.load(me.officeEnhetsnummer) : Promise.resolve(null);
  }

  @FieldResolver(() => MeViewerCan)
  viewerCan(@Root() me: Me, @Ctx() ctx: Context): MeViewerCan {
    const viewer = viewerOf(ctx);
    return {
      actFor: actingScopeOf(viewer),
      propose: canWrite(viewer),
      postKnowledgeNeeds: canWrite(viewer),
      seeEveryRegion: seesEveryRegion(viewer),
      readRatings: readsSingleRatings(viewer),
    };
  }

  @FieldResolver(() => RegionType, { nullable: true, description: "A director's region, or the region of the user's office" })
  region(@Root() me: Me, @Ctx() ctx: Context): Promise<RegionType | null> {
    return me.regionCode ? ctx.loaders.region.load(me.regionCode) : Promise.resolve(null);
  }
}
