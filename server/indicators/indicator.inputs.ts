import { Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { INDICATOR_LIMITS } from '../../schema/limits.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = (field: string) => ({ message: `${field} must be a month written YYYY-MM` });

@ArgsType()
export class PeriodArgs {
  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM; by default the period ends at the last month with values' })
  @Matches(MONTH, MONTH_MESSAGE('from'))
  from?: string;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM; by default the last month with values' })
  @Matches(MONTH, MONTH_MESSAGE('to'))
  to?: string;
}

@ArgsType()
export class ScorecardArgs extends PeriodArgs {
  @Field(() => ID)
  @Matches(/^\d{4}$/, { message: 'enhetsnummer must be four digits' })
  enhetsnummer!: string;
}

@ArgsType()
export class LeadersArgs extends PeriodArgs {
  @Field(() => ID, { description: 'An OUTCOME indicator: activity does not rank offices' })
  indicatorCode!: string;

  @Field(() => ID, { nullable: true, description: 'The region to rank within; the whole country when left out' })
  regionCode?: string;

  @Field(() => Int, { defaultValue: 10, description: `At most ${INDICATOR_LIMITS.leadersMax}` })
  @Min(1)
  @Max(INDICATOR_LIMITS.leadersMax)
  first: number = 10;

  @Field(() => Int, {
    nullable: true,
    description: `Months with values an office needs to be ranked; by default ${INDICATOR_LIMITS.minMonthsDefault}, or every month of a shorter period`,
  })
  @Min(1)
  @Max(INDICATOR_LIMITS.periodMaxMonths)
  minMonths?: number;
}

@ArgsType()
export class SimilarOfficesArgs {
  @Field(() => ID)
  @Matches(/^\d{4}$/, { message: 'enhetsnummer must be four digits' })
  enhetsnummer!: string;

  @Field(() => Int, { defaultValue: 5, description: `At most ${INDICATOR_LIMITS.similarOfficesMax}` })
  @Min(1)
  @Max(INDICATOR_LIMITS.similarOfficesMax)
  first: number = 5;
}

@ArgsType()
export class ImportIndicatorValuesArgs {
  @Field(() => String, {
    description: `CSV: a header naming office, indicator, month (YYYY-MM), actual and expected, then one row per office × indicator × month. At most ${INDICATOR_LIMITS.importMaxRows} rows`,
  })
  @MaxLength(INDICATOR_LIMITS.importMaxChars, { message: `The file is larger than ${INDICATOR_LIMITS.importMaxChars} characters: split it, e.g. by month` })
  csv!: string;
}
