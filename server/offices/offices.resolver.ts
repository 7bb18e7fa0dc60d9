import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Adoption } from '../adoptions/adoption.entity.js';
import type { Context } from '../graphql/context.js';
import { PageArgs, type Connection } from '../graphql/pagination.js';
import type { Rating } from '../ratings/rating.entity.js';
import { RatingConnection } from '../ratings/rating.types.js';
import { services } from '../services.js';
import { Office } from './office.entity.js';
import { Region } from './region.entity.js';

@Resolver(() => Region)
export class RegionsResolver {
  @Query(() => [Region], { description: 'Every region, by name' })
  regions(@Ctx() ctx: Context): Promise<Region[]> {
    return services.offices.regions(ctx.em);
  }

  @Query(() => Region)
  region(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<Region> {
    return services.offices.region(ctx.em, code);
  }

  @FieldResolver(() => [Office], { description: 'The offices of the region, by name' })
  offices(@Root() region: Region, @Ctx() ctx: Context): Promise<Office[]> {
    return ctx.loaders.officesByRegion.load(region.code);
  }
}

@Resolver(() => Office)
export class OfficesResolver {
  @Query(() => Office)
  office(@Arg('enhetsnummer', () => ID) enhetsnummer: string, @Ctx() ctx: Context): Promise<Office> {
    return services.offices.office(ctx.em, enhetsnummer);
  }

  @FieldResolver(() => Region)
  async region(@Root() office: Office, @Ctx() ctx: Context): Promise<Region> {
    if (office.region.isInitialized()) return office.region.getEntity();
    return (await ctx.loaders.region.load(office.region.code))!;
  }

  @FieldResolver(() => RatingConnection, { description: "Ratings given by the office's people, newest first" })
  ratings(@Root() office: Office, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Rating>> {
    return services.ratings.forOffice(ctx.em, office.enhetsnummer, page);
  }

  @FieldResolver(() => [Adoption], { description: 'What the office considers, pilots, uses or stopped using' })
  adoptions(@Root() office: Office, @Ctx() ctx: Context): Promise<Adoption[]> {
    return ctx.loaders.adoptionsByOffice.load(office.enhetsnummer);
  }
}
