import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { AdoptionType } from '../adoptions/adoption.types.js';
import { viewerOf, type Context } from '../graphql/context.js';
import { PageArgs, type Connection } from '../graphql/pagination.js';
import { RatingConnection, type RatingType } from '../ratings/rating.types.js';
import { regionViewerCanOf } from './office.policy.js';
import { OfficeType, RegionType, RegionViewerCan } from './office.types.js';

@Resolver(() => RegionType)
export class RegionsResolver {
  @Query(() => [RegionType], { description: 'Every region, by name' })
  regions(@Ctx() ctx: Context): Promise<RegionType[]> {
    return ctx.services.offices.regions();
  }

  @Query(() => RegionType)
  region(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<RegionType> {
    return ctx.services.offices.region(code);
  }

  @FieldResolver(() => [OfficeType], { description: 'The offices of the region, by name' })
  offices(@Root() region: RegionType, @Ctx() ctx: Context): Promise<OfficeType[]> {
    return ctx.loaders.officesByRegion.load(region.code);
  }

  @FieldResolver(() => RegionViewerCan)
  viewerCan(@Root() region: RegionType, @Ctx() ctx: Context): RegionViewerCan {
    return regionViewerCanOf(viewerOf(ctx), region.code);
  }
}

@Resolver(() => OfficeType)
export class OfficesResolver {
  @Query(() => OfficeType)
  office(@Arg('enhetsnummer', () => ID) enhetsnummer: string, @Ctx() ctx: Context): Promise<OfficeType> {
    return ctx.services.offices.office(enhetsnummer);
  }

  @FieldResolver(() => RegionType)
  region(@Root() office: OfficeType): RegionType {
    return office.region;
  }

  @FieldResolver(() => RatingConnection, { description: "Ratings given by the office's people, newest first" })
  ratings(@Root() office: OfficeType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<RatingType>> {
    return ctx.services.ratings.page(viewerOf(ctx), ctx.loaders, 'office', office.enhetsnummer, page);
  }

  @FieldResolver(() => [AdoptionType], { description: 'What the office considers, pilots, uses or stopped using' })
  adoptions(@Root() office: OfficeType, @Ctx() ctx: Context): Promise<AdoptionType[]> {
    return ctx.loaders.adoptionsByOffice.load(office.enhetsnummer);
  }
}
