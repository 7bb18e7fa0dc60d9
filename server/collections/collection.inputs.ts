import { IsOptional, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { COLLECTION_LIMITS } from '../../schema/limits.js';

const NOT_BLANK = /\S/;

@InputType()
export class CreateCollectionInput {
  @Field(() => String)
  @Matches(/^\d{2}$/, { message: 'regionCode must be a county number of two digits' })
  regionCode!: string;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(COLLECTION_LIMITS.titleMax)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @IsOptional()
  @MaxLength(COLLECTION_LIMITS.descriptionMax)
  description?: string;
}

@InputType()
export class UpdateCollectionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(COLLECTION_LIMITS.titleMax)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(COLLECTION_LIMITS.descriptionMax)
  description?: string;
}

@InputType()
export class AddCollectionItemInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'collectionId is not a valid id' })
  collectionId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'practiceId is not a valid id' })
  practiceId!: string;

  @Field(() => String, { nullable: true, description: "The curator's note" })
  @IsOptional()
  @MaxLength(COLLECTION_LIMITS.noteMax)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'Where to insert it; at the end when left out' })
  @IsOptional()
  @Min(0)
  position?: number;
}
