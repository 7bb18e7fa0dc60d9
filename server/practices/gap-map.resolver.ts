import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { EvidenceGapMapType } from './gap-map.types.js';

@Resolver()
export class GapMapResolver {
  @Query(() => EvidenceGapMapType, { description: 'The evidence and gap map, for the country or one region' })
  evidenceGapMap(
    @Arg('regionCode', () => String, { nullable: true, description: 'A county number; the whole country when left out' }) regionCode: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<EvidenceGapMapType> {
    return ctx.services.practices.gapMap(viewerOf(ctx), regionCode ?? null);
  }
}
