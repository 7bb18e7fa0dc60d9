import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { KNOWLEDGE_NEED_LIMITS } from '../../schema/limits.js';
import { Theme } from '../practices/vocabulary.js';

const NOT_BLANK = /\S/;

export enum KnowledgeNeedOrder {
  SUPPORT = 'SUPPORT',
  NEWEST = 'NEWEST',
}
registerEnumType(KnowledgeNeedOrder, { name: 'KnowledgeNeedOrder' });

@InputType()
export class PostKnowledgeNeedInput {
  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(KNOWLEDGE_NEED_LIMITS.titleMax)
  title!: string;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'description must not be empty' })
  @MaxLength(KNOWLEDGE_NEED_LIMITS.descriptionMax)
  description!: string;

  @Field(() => [Theme], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(KNOWLEDGE_NEED_LIMITS.themesMax)
  themes?: Theme[];

  @Field(() => String, { nullable: true, description: "The region; the caller's own when left out (admins must name one)" })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'regionCode must be a county number of two digits' })
  regionCode?: string;
}
