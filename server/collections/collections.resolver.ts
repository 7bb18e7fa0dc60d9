import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { viewerOf, type Context } from '../graphql/context.js';
import { Region } from '../offices/region.entity.js';
import { Practice } from '../practices/practice.entity.js';
import { services } from '../services.js';
import { CollectionItem } from './collection-item.entity.js';
import { AddCollectionItemInput, CreateCollectionInput, UpdateCollectionInput } from './collection.inputs.js';
import { Collection } from './collection.entity.js';

@Resolver(() => Collection)
export class CollectionsResolver {
  @Query(() => [Collection], { description: "A region's collections: published ones, and for its curators also unpublished" })
  collections(@Arg('regionCode', () => String) regionCode: string, @Ctx() ctx: Context): Promise<Collection[]> {
    return services.collections.forRegion(ctx.em, viewerOf(ctx), regionCode);
  }

  @Query(() => Collection)
  collection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Collection> {
    return services.collections.get(ctx.em, viewerOf(ctx), id);
  }

  @Mutation(() => Collection)
  createCollection(@Arg('input', () => CreateCollectionInput) input: CreateCollectionInput, @Ctx() ctx: Context) {
    return services.collections.create(ctx.em, viewerOf(ctx), input);
  }

  @Mutation(() => Collection)
  updateCollection(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateCollectionInput) input: UpdateCollectionInput, @Ctx() ctx: Context) {
    return services.collections.update(ctx.em, viewerOf(ctx), id, input);
  }

  @Mutation(() => Boolean)
  deleteCollection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return services.collections.delete(ctx.em, viewerOf(ctx), id);
  }

  @Mutation(() => Collection)
  publishCollection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return services.collections.publish(ctx.em, viewerOf(ctx), id);
  }

  @Mutation(() => CollectionItem)
  addCollectionItem(@Arg('input', () => AddCollectionItemInput) input: AddCollectionItemInput, @Ctx() ctx: Context) {
    return services.collections.addItem(ctx.em, viewerOf(ctx), input);
  }

  @Mutation(() => CollectionItem, { description: 'Moves an item to a position (0 first); the others close up' })
  moveCollectionItem(@Arg('itemId', () => ID) itemId: string, @Arg('position', () => Int) position: number, @Ctx() ctx: Context) {
    return services.collections.moveItem(ctx.em, viewerOf(ctx), itemId, position);
  }

  @Mutation(() => CollectionItem)
  updateCollectionItem(@Arg('itemId', () => ID) itemId: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return services.collections.updateItemNote(ctx.em, viewerOf(ctx), itemId, note);
  }

  @Mutation(() => Collection, { description: 'Removes an item; returns its collection' })
  removeCollectionItem(@Arg('itemId', () => ID) itemId: string, @Ctx() ctx: Context) {
    return services.collections.removeItem(ctx.em, viewerOf(ctx), itemId);
  }

  @FieldResolver(() => Region)
  async region(@Root() collection: Collection, @Ctx() ctx: Context): Promise<Region> {
    return (await ctx.loaders.region.load(collection.region.code))!;
  }

  @FieldResolver(() => Boolean)
  published(@Root() collection: Collection): boolean {
    return Boolean(collection.publishedAt);
  }

  @FieldResolver(() => [CollectionItem], { description: 'In order' })
  items(@Root() collection: Collection, @Ctx() ctx: Context): Promise<CollectionItem[]> {
    return ctx.loaders.collectionItems.load(collection.id);
  }
}

@Resolver(() => CollectionItem)
export class CollectionItemsResolver {
  @FieldResolver(() => Practice)
  async practice(@Root() item: CollectionItem, @Ctx() ctx: Context): Promise<Practice> {
    return (await ctx.loaders.practice.load(item.practice.id))!;
  }
}
