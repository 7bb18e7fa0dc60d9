import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { OfficeType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { SetAdoptionInput } from './adoption.inputs.js';
import { AdoptionChangeType, AdoptionType } from './adoption.types.js';
import { canWrite } from '../auth/policy.js';

@Resolver(() => AdoptionType)
export class AdoptionsResolver {
  @Mutation(() => AdoptionType, { description: "Records the status of a practice at the caller's office" })
  setAdoption(@Arg('input', () => SetAdoptionInput) input: SetAdoptionInput, @Ctx() ctx: Context): Promise<AdoptionType> {
    return ctx.services.adoptions.set(viewerOf(ctx), input);
  }

  @FieldResolver(() => [AdoptionChangeType], { description: 'Every status change, oldest first' })
  history(@Root() adoption: AdoptionType, @Ctx() ctx: Context): Promise<AdoptionChangeType[]> {
    return ctx.loaders.adoptionHistory.load(adoption.id);
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

@Resolver(() => AdoptionChangeType)
export class AdoptionChangesResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who recorded the change; null for researchers, who see no person, and for the seed' })
  changedBy(@Root() change: AdoptionChangeType, @Ctx() ctx: Context): string | null {
    return canWrite(viewerOf(ctx)) ? change.changedByName : null;
  }
}
