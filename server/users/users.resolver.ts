import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { Office } from '../offices/office.entity.js';
import { Region } from '../offices/region.entity.js';
import { Me } from './user.types.js';

@Resolver(() => Me)
export class MeResolver {
  @Query(() => Me)
  me(@Ctx() ctx: Context): Me {
    return viewerOf(ctx);
  }

  @FieldResolver(() => Office, { nullable: true })
  office(@Root() me: Me, @Ctx() ctx: Context): Promise<Office | null> {
    return me.officeEnhetsnummer ? ctx.loaders.office.load(me.officeEnhetsnummer) : Promise.resolve(null);
  }

  @FieldResolver(() => Region, { nullable: true, description: "A director's region, or the region of the user's office" })
  region(@Root() me: Me, @Ctx() ctx: Context): Promise<Region | null> {
    return me.regionCode ? ctx.loaders.region.load(me.regionCode) : Promise.resolve(null);
  }
}
