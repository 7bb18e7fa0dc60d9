import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { RegionType } from '../offices/office.types.js';
import { PracticeType } from '../practices/practice.types.js';
import { AddCollectionItemInput, CreateCollectionInput, UpdateCollectionInput } from './collection.inputs.js';
import { collectionViewerCanOf } from './collection.policy.js';
import { CollectionItemType, CollectionType, CollectionViewerCan } from './collection.types.js';

@Resolver(() => CollectionType)
export class CollectionsResolver {
  @Query(() => [CollectionType], { description: "A region's collections: published ones, and for its curators also unpublished" })
  collections(@Arg('regionCode', () => String) regionCode: string, @Ctx() ctx: Context): Promise<CollectionType[]> {
    return ctx.services.collections.forRegion(viewerOf(ctx), regionCode);
  }

  @Query(() => CollectionType)
  collection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CollectionType> {
    return ctx.services.collections.get(viewerOf(ctx), id);
  }

  @Mutation(() => CollectionType)
  createCollection(@Arg('input', () => CreateCollectionInput) input: CreateCollectionInput, @Ctx() ctx: Context) {
    return ctx.services.collections.create(viewerOf(ctx), input);
  }

  @Mutation(() => CollectionType)
  updateCollection(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateCollectionInput) input: UpdateCollectionInput, @Ctx() ctx: Context) {
    return ctx.services.collections.update(viewerOf(ctx), id, input);
  }

  @Mutation(() => Boolean)
  deleteCollection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.collections.delete(viewerOf(ctx), id);
  }

  @Mutation(() => CollectionType)
  publishCollection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.collections.publish(viewerOf(ctx), id);
  }

  @Mutation(() => CollectionItemType)
  addCollectionItem(@Arg('input', () => AddCollectionItemInput) input: AddCollectionItemInput, @Ctx() ctx: Context) {
    return ctx.services.collections.addItem(viewerOf(ctx), input);
  }

  @Mutation(() => CollectionItemType, { description: 'Moves an item to a position (0 first); the others close up' })
  moveCollectionItem(@Arg('itemId', () => ID) itemId: string, @Arg('position', () => Int) position: number, @Ctx() ctx: Context) {
    return ctx.services.collections.moveItem(viewerOf(ctx), itemId, position);
  }

  @Mutation(() => CollectionItemType)
  updateCollectionItem(@Arg('itemId', () => ID) itemId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return ctx.services.collections.updateItemNote(viewerOf(ctx), itemId, note);
  }

  @Mutation(() => CollectionType, { description: 'Removes an item; returns its collection' })
  removeCollectionItem(@Arg('itemId', () => ID) itemId: string, @Ctx() ctx: Context) {
    return ctx.services.collections.removeItem(viewerOf(ctx), itemId);
  }

  @FieldResolver(() => RegionType)
  async region(@Root() collection: CollectionType, @Ctx() ctx: Context): Promise<RegionType> {
    return (await ctx.loaders.region.load(collection.regionCode))!;
  }

  @FieldResolver(() => Boolean)
  published(@Root() collection: CollectionType): boolean {
    return collection.publishedAt !== null;
  }

  @FieldResolver(() => [CollectionItemType], { description: 'In order' })
  items(@Root() collection: CollectionType, @Ctx() ctx: Context): Promise<CollectionItemType[]> {
    return ctx.loaders.collectionItems.load(collection.id);
  }

  @FieldResolver(() => CollectionViewerCan)
  viewerCan(@Root() collection: CollectionType, @Ctx() ctx: Context): CollectionViewerCan {
    return collectionViewerCanOf(viewerOf(ctx), collection);
  }
}

@Resolver(() => CollectionItemType)
export class CollectionItemsResolver {
  @FieldResolver(() => PracticeType)
  async practice(@Root() item: CollectionItemType, @Ctx() ctx: Context): Promise<PracticeType> {
    return (await ctx.loaders.practice.load(item.practiceId))!;
  }
}
