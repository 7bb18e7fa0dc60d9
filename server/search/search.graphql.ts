import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MAX_QUERY_LENGTH, MAX_SEARCH_PAGE, MAX_SEARCH_PAGE_SIZE } from '../../schema/limits.js';
import { PracticeType } from '../practices/practice.types.js';
import { EvidenceLevel, PracticeStatus, TargetGroup, Theme } from '../practices/vocabulary.js';
import { SearchSort } from './search.types.js';

registerEnumType(SearchSort, {
  name: 'SearchSort',
  valuesConfig: {
    RELEVANCE: { description: 'Title matches before summary and body matches; then better rated, then more adopted' },
    RATING: { description: 'Highest average rating first' },
    ADOPTIONS: { description: 'Most offices piloting or using it first' },
    NEWEST: { description: 'Newest in the catalogue first' },
  },
});

@InputType()
export class PracticeSearchFilter {
  @Field(() => [Theme], { nullable: true })
  themes?: Theme[];

  @Field(() => [TargetGroup], { nullable: true })
  targetGroups?: TargetGroup[];

  @Field(() => [EvidenceLevel], { nullable: true })
  evidenceLevels?: EvidenceLevel[];

  @Field(() => [String], { nullable: true, description: 'Practices piloted or used by an office in any of these regions' })
  regionCodes?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Practices piloted or used by one of the offices most like this one (enhetsnummer; see similarOffices): "used by offices like mine"',
  })
  usedByOfficesLike?: string;

  @Field(() => [PracticeStatus], { nullable: true, description: 'Default PUBLISHED; drafts only where the caller may see them' })
  statuses?: PracticeStatus[];
}

@ArgsType()
export class SearchPracticesArgs {
  @Field(() => String, { description: 'What the caller typed; empty lists everything the filter allows' })
  @MaxLength(MAX_QUERY_LENGTH)
  query!: string;

  @Field(() => PracticeSearchFilter, { nullable: true })
  filter?: PracticeSearchFilter;

  @Field(() => SearchSort, { defaultValue: SearchSort.RELEVANCE })
  sort: SearchSort = SearchSort.RELEVANCE;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(MAX_SEARCH_PAGE)
  page: number = 1;

  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_SEARCH_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_SEARCH_PAGE_SIZE)
  pageSize: number = 20;
}

@ObjectType({ description: 'Matches wrapped in <mark>…</mark>; everything else HTML-escaped' })
export class SearchHighlight {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType()
export class PracticeSearchHit {
  @Field(() => PracticeType)
  practice!: PracticeType;

  @Field(() => SearchHighlight)
  highlight!: SearchHighlight;
}

@ObjectType()
export class FacetValue {
  @Field(() => String)
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "Each facet's counts apply every other facet's filter but not its own" })
export class SearchFacets {
  @Field(() => [FacetValue])
  themes!: FacetValue[];

  @Field(() => [FacetValue])
  targetGroups!: FacetValue[];

  @Field(() => [FacetValue])
  evidenceLevels!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Practices piloted or used by an office in the region' })
  regions!: FacetValue[];
}

@ObjectType()
export class PracticeSearchResult {
  @Field(() => String, { description: '"postgres" or "meilisearch"' })
  engine!: string;

  @Field(() => Int)
  totalHits!: number;

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  pageSize!: number;

  @Field(() => Int)
  tookMs!: number;

  @Field(() => [PracticeSearchHit])
  hits!: PracticeSearchHit[];

  @Field(() => SearchFacets)
  facets!: SearchFacets;
}
