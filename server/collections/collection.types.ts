import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CollectionItem', { description: 'A practice in a collection, at a position, with the curator’s note' })
export class CollectionItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '0 first; always 0 … n−1 without gaps' })
  position!: number;

  @Field(() => String)
  note!: string;

  collectionId!: string;
  practiceId!: string;
}

@ObjectType('Collection', { description: "A region's curated, ordered selection of practices, with the curator's notes" })
export class CollectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Markdown' })
  description!: string;

  @Field(() => Date, { nullable: true, description: 'Set once published; caseworkers see only published collections' })
  publishedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  regionCode!: string;
}

@ObjectType({ description: 'What the viewer may do with a collection' })
export class CollectionViewerCan {
  @Field(() => Boolean, { description: 'Edit it, its items and their order, or delete it' })
  curate!: boolean;

  @Field(() => Boolean)
  publish!: boolean;
}
