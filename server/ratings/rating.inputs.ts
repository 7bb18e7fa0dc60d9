import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RATING_LIMITS as L } from '../../schema/limits.js';

@InputType()
export class RatePracticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'practiceId is not a valid id' })
  practiceId!: string;

  @Field(() => Int, { description: `${L.scoreMin} to ${L.scoreMax}` })
  @IsInt()
  @Min(L.scoreMin)
  @Max(L.scoreMax)
  score!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(L.scoreMin)
  @Max(L.scoreMax)
  usefulness?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(L.scoreMin)
  @Max(L.scoreMax)
  transferability?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(L.scoreMin)
  @Max(L.scoreMax)
  observedEffect?: number | null;

  @Field(() => String, { nullable: true, description: `At most ${L.commentMax} characters` })
  @IsOptional()
  @MaxLength(L.commentMax)
  comment?: string | null;
}
