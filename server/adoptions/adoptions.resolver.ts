import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { OfficeType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { SetAdoptionInput } from './adoption.inputs.js';
import { AdoptionType } from './adoption.types.js';

@Resolver(() => AdoptionType)
export class AdoptionsResolver {
  @Mutation(() => AdoptionType, { description: "Records the status of a practice at the caller's office" })
  setAdoption(@Arg('input', () => SetAdoptionInput) input: SetAdoptionInput, @Ctx() ctx: Context): Promise<AdoptionType> {
    return ctx.services.adoptions.set(viewerOf(ctx), input);
  }

  @FieldResolver(() => OfficeType)
  office(@Root() adoption: AdoptionType): OfficeType {
    return adoption.office;
  }

  @FieldResolver(() => PracticeType)
  async practice(@Root() adoption: AdoptionType, @Ctx() ctx: Context): Promise<PracticeType> {
    return (await ctx.loaders.practice.load(adoption.practiceId))!;
  }
}
