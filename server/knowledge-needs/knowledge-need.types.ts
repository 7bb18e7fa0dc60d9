import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../graphql/pagination.js';
import { Theme } from '../practices/vocabulary.js';

@ObjectType('KnowledgeNeed', { description: 'Something offices need to know and have found no practice for (kunnskapsbehov)' })
export class KnowledgeNeedType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [Theme])
  themes!: Theme[];

  @Field(() => Int, { description: 'How many have said they need this too (the poster included)' })
  supportCount!: number;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  regionCode!: string;
  /** Who posted it; never shown, only used for "posted by me". */
  authorId!: string | null;
  answeredById!: string | null;
}

@ObjectType({ description: 'What the viewer may do with a knowledge need now' })
export class KnowledgeNeedViewerCan {
  @Field(() => Boolean, { description: 'Say "we need this too": needs of the caller\'s own region; editors any' })
  support!: boolean;
}

export const KnowledgeNeedConnection = ConnectionType('KnowledgeNeed', KnowledgeNeedType);

@ObjectType({ description: 'What offices searched for and found nothing, counted' })
export class SearchGap {
  @Field(() => String)
  query!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => DateTimeISOResolver)
  lastSearchedAt!: Date;
}
