import { Field, Int, ObjectType } from 'type-graphql';
import { EvidenceLevel, TargetGroup, Theme } from './vocabulary.js';

@ObjectType('GapMapPractice', { description: 'A practice in a cell of the evidence and gap map' })
export class GapMapPracticeType {
  @Field(() => String)
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => EvidenceLevel)
  evidenceLevel!: EvidenceLevel;

  @Field(() => Int, { nullable: true, description: 'Its evidence strength, 1–5; null without research outcomes' })
  strength!: number | null;
}

@ObjectType('GapMapCell', { description: 'The published practices for one target group and theme' })
export class GapMapCellType {
  @Field(() => Theme)
  theme!: Theme;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;

  @Field(() => Int)
  practiceCount!: number;

  @Field(() => Int, { nullable: true, description: 'The best evidence strength among them; null if none has research outcomes' })
  bestStrength!: number | null;

  @Field(() => [GapMapPracticeType], { description: 'Strongest evidence first' })
  practices!: GapMapPracticeType[];
}

@ObjectType('EvidenceGapMap', {
  description: 'Target groups × themes: how many practices each cell has and how strong their evidence is. Cells without practices are left out: they are the gaps.',
})
export class EvidenceGapMapType {
  @Field(() => String, { nullable: true, description: 'The region the map is for; null for the whole country' })
  regionCode!: string | null;

  @Field(() => [GapMapCellType])
  cells!: GapMapCellType[];
}
