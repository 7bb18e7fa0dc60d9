import {
  ArrayMaxSize,
  IsDateString,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  Max,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { PRACTICE_LIMITS as L } from '../../schema/limits.js';
import { EvidenceLevel, PracticeKind, PracticeStatus, Responsibility, StudyDesign, TargetGroup, Theme } from './vocabulary.js';

const NOT_BLANK = /\S/;

@InputType({
  description:
    'A measured effect. Give value (and comparisonValue where there is one), or only the difference where the study reports no levels. ' +
    'Name what was measured by indicatorCode (a catalogue indicator), by label, or both',
})
export class OutcomeInput {
  @Field(() => ID, { nullable: true, description: 'The catalogue indicator measured (Indicator.code); leave out for a measure the catalogue does not have' })
  @IsOptional()
  @MaxLength(L.indicatorCodeMax)
  indicatorCode?: string;

  @Field(() => String, { nullable: true, description: "The measure as the source names it; required without indicatorCode, the indicator's name where left out" })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'label must not be empty' })
  @MaxLength(L.textMax)
  label?: string;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  targetGroup?: TargetGroup;

  @Field(() => String, { nullable: true, description: 'Which people the figures count' })
  @IsOptional()
  @MaxLength(L.textMax)
  population?: string;

  @Field(() => Int, { nullable: true, description: 'Months from the start to the measurement' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(L.followUpMonthsMax)
  followUpMonths?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  comparisonValue?: number;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'unit must not be empty' })
  @MaxLength(L.unitMax)
  unit!: string;

  @Field(() => Float, { nullable: true, description: 'Percentage points where the unit is %; derived when both values are given' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  difference?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  nResult?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  nComparison?: number;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  significant?: boolean;

  @Field(() => StudyDesign)
  design!: StudyDesign;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(L.textMax)
  note?: string;

  @Field(() => Int, { nullable: true, description: 'The year of measurement' })
  @IsOptional()
  @IsInt()
  @Min(L.yearMin)
  @Max(L.yearMax)
  year?: number;

  @Field(() => String, { nullable: true, description: 'The citation; leave out only for demo data' })
  @IsOptional()
  @MaxLength(L.textMax)
  source?: string;

  @Field(() => String, { nullable: true, description: 'Address of the report itself, not a home page' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) address' })
  @MaxLength(L.urlMax)
  sourceUrl?: string;

  @Field(() => Boolean, { defaultValue: false })
  demo: boolean = false;
}

@InputType()
export class CostInput {
  @Field(() => Int, { nullable: true, description: 'Cost per participant, NOK' })
  @IsOptional()
  @IsInt()
  @Min(0)
  perParticipantNok?: number;

  @Field(() => Float, { nullable: true, description: 'Staff-years (årsverk) per 100 participants' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  staffYearsPer100?: number;

  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'source must not be empty' })
  @MaxLength(L.textMax)
  source!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) address' })
  @MaxLength(L.urlMax)
  sourceUrl?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(L.yearMin)
  @Max(L.yearMax)
  year?: number;

  @Field(() => Boolean, { defaultValue: false })
  demo: boolean = false;
}

@InputType()
export class LinkInput {
  @Field(() => String)
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(L.textMax)
  title!: string;

  @Field(() => String)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) address' })
  @MaxLength(L.urlMax)
  url!: string;
}

/** The editable fields of a practice; every one optional, so updates can send only what changes. */
@InputType()
export class PracticeFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(L.titleMax)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'summary must not be empty' })
  @MaxLength(L.summaryMax)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Markdown' })
  @IsOptional()
  @MaxLength(L.descriptionMax)
  description?: string;

  @Field(() => [Theme], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.themesMax)
  themes?: Theme[];

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.targetGroupsMax)
  targetGroups?: TargetGroup[];

  @Field(() => EvidenceLevel, { nullable: true })
  evidenceLevel?: EvidenceLevel;

  @Field(() => Responsibility, { nullable: true })
  responsibility?: Responsibility;

  @Field(() => PracticeKind, { nullable: true, description: 'Only editors mark a practice STATUTORY or NATIONAL_METHOD' })
  kind?: PracticeKind;

  @Field(() => CostInput, { nullable: true, description: 'null clears it' })
  @IsOptional()
  @ValidateNested()
  cost?: CostInput | null;

  @Field(() => [OutcomeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.outcomesMax)
  @ValidateNested({ each: true })
  outcomes?: OutcomeInput[];

  @Field(() => [LinkInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(L.linksMax)
  @ValidateNested({ each: true })
  links?: LinkInput[];

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true })
  reviewDue?: string;
}

@InputType()
export class ProposePracticeInput extends PracticeFieldsInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'title must not be empty' })
  @Matches(NOT_BLANK, { message: 'title must not be empty' })
  @MaxLength(L.titleMax)
  override title!: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'summary must not be empty' })
  @Matches(NOT_BLANK, { message: 'summary must not be empty' })
  @MaxLength(L.summaryMax)
  override summary!: string;

  @Field(() => String, { description: 'Markdown' })
  @MaxLength(L.descriptionMax)
  override description!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The office the practice comes from; the caller's own office when left out",
  })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'originOffice must be an enhetsnummer of four digits' })
  originOffice?: string;
}

@InputType()
export class UpdatePracticeInput extends PracticeFieldsInput {}

@InputType()
export class PracticeFilter {
  @Field(() => [Theme], { nullable: true, description: 'Practices with any of these themes' })
  themes?: Theme[];

  @Field(() => [TargetGroup], { nullable: true, description: 'Practices for any of these target groups' })
  targetGroups?: TargetGroup[];

  @Field(() => [EvidenceLevel], { nullable: true })
  evidenceLevels?: EvidenceLevel[];

  @Field(() => [PracticeStatus], {
    nullable: true,
    description: 'Default PUBLISHED. Drafts appear only where the caller may see them.',
  })
  statuses?: PracticeStatus[];

  @Field(() => String, { nullable: true, description: 'Practices that come from an office in this region' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'regionCode must be a county number of two digits' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: 'Practices that come from this office (enhetsnummer)' })
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'office must be an enhetsnummer of four digits' })
  office?: string;
}
