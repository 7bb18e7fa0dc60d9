import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { Office } from '../offices/office.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { services } from '../services.js';
import { Adoption } from './adoption.entity.js';
import { SetAdoptionInput } from './adoption.inputs.js';

@Resolver(() => Adoption)
export class AdoptionsResolver {
  @Mutation(() => Adoption, { description: "Records the status of a practice at the caller's office" })
  setAdoption(@Arg('input', () => SetAdoptionInput) input: SetAdoptionInput, @Ctx() ctx: Context) {
    return services.adoptions.set(ctx.em, viewerOf(ctx), input);
  }

  @FieldResolver(() => Office)
  async office(@Root() adoption: Adoption, @Ctx() ctx: Context): Promise<Office> {
    return (await ctx.loaders.office.load(adoption.office.enhetsnummer))!;
  }

  @FieldResolver(() => Practice)
  async practice(@Root() adoption: Adoption, @Ctx() ctx: Context): Promise<Practice> {
    return (await ctx.loaders.practice.load(adoption.practice.id))!;
  }
}
