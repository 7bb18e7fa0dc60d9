/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The offices someone may act for: propose practices from, record adoptions for */
export type ActingScope =
  /** Every office */
  | 'ALL'
  /** None: researchers, and people without an office */
  | 'NONE'
  /** Their own office */
  | 'OWN_OFFICE'
  /** Every office of their region */
  | 'REGION';

export type AddCollectionItemInput = {
  collectionId: string | number;
  /** The curator's note */
  note?: string | null | undefined;
  /** Where to insert it; at the end when left out */
  position?: number | null | undefined;
  practiceId: string | number;
};

export type AdoptionStatus =
  | 'CONSIDERING'
  | 'DISCONTINUED'
  | 'IN_USE'
  | 'PILOTING';

export type CostInput = {
  demo?: boolean;
  /** Cost per participant, NOK */
  perParticipantNok?: number | null | undefined;
  source: string;
  sourceUrl?: string | null | undefined;
  /** Staff-years (årsverk) per 100 participants */
  staffYearsPer100?: number | null | undefined;
  year?: number | null | undefined;
};

export type CreateCollectionInput = {
  /** Markdown */
  description?: string | null | undefined;
  regionCode: string;
  title: string;
};

/** How well the effect is known, weakest first */
export type EvidenceLevel =
  | 'DOCUMENTED'
  | 'EVALUATED'
  | 'LOCAL_EXPERIENCE'
  | 'RESEARCH_BASED';

/** A fidelity score on its scale, e.g. IPS-25 (25–125) */
export type FidelityInput = {
  scale: FidelityScale;
  score: number;
};

/** A scale for how faithfully an office follows a method */
export type FidelityScale =
  | 'IPS_25';

export type IndicatorDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type IndicatorKind =
  /** What the office does (process), e.g. time to first activity plan */
  | 'ACTIVITY'
  /** What happens to people, e.g. in work after 6 months; only these rank offices */
  | 'OUTCOME';

/** Who steers by the indicator: the state or the municipal side */
export type IndicatorOwner =
  | 'MUNICIPAL'
  | 'STATE';

export type IndicatorUnit =
  | 'COUNT'
  | 'DAYS'
  | 'NOK'
  | 'PERCENT';

export type KnowledgeNeedOrder =
  | 'NEWEST'
  | 'SUPPORT';

export type LinkInput = {
  title: string;
  url: string;
};

/** Generalist or specialist follow-up teams */
export type OfficeOrganisation =
  | 'GENERALIST'
  | 'SPECIALIST';

/** A measured effect. Give value (and comparisonValue where there is one), or only the difference where the study reports no levels. Name what was measured by indicatorCode (a catalogue indicator), by label, or both */
export type OutcomeInput = {
  comparisonValue?: number | null | undefined;
  demo?: boolean;
  design: StudyDesign;
  /** Percentage points where the unit is %; derived when both values are given */
  difference?: number | null | undefined;
  /** Months from the start to the measurement */
  followUpMonths?: number | null | undefined;
  /** The catalogue indicator measured (Indicator.code); leave out for a measure the catalogue does not have */
  indicatorCode?: string | number | null | undefined;
  /** The measure as the source names it; required without indicatorCode, the indicator's name where left out */
  label?: string | null | undefined;
  nComparison?: number | null | undefined;
  nResult?: number | null | undefined;
  note?: string | null | undefined;
  /** Which people the figures count */
  population?: string | null | undefined;
  significant?: boolean | null | undefined;
  /** The citation; leave out only for demo data */
  source?: string | null | undefined;
  /** Address of the report itself, not a home page */
  sourceUrl?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  unit: string;
  value?: number | null | undefined;
  /** The year of measurement */
  year?: number | null | undefined;
};

/** How the state and municipal sides are led */
export type PartnershipModel =
  | 'SPLIT_MANAGEMENT'
  | 'UNIFIED_MANAGEMENT';

export type PostKnowledgeNeedInput = {
  description: string;
  /** The region; the caller's own when left out (admins must name one) */
  regionCode?: string | null | undefined;
  themes?: Array<Theme> | null | undefined;
  title: string;
};

/** STATUTORY: a duty by law or national programme (offices record how, not whether); NATIONAL_METHOD: a named method such as IPS; LOCAL: an office's own */
export type PracticeKind =
  | 'LOCAL'
  | 'NATIONAL_METHOD'
  | 'STATUTORY';

export type PracticeSearchFilter = {
  evidenceLevels?: Array<EvidenceLevel> | null | undefined;
  /** Practices piloted or used by an office in any of these regions */
  regionCodes?: Array<string> | null | undefined;
  /** Default PUBLISHED; drafts only where the caller may see them */
  statuses?: Array<PracticeStatus> | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  themes?: Array<Theme> | null | undefined;
  /** Practices piloted or used by one of the offices most like this one (enhetsnummer; see similarOffices): "used by offices like mine" */
  usedByOfficesLike?: string | number | null | undefined;
};

export type PracticeStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type ProposePracticeInput = {
  /** null clears it */
  cost?: CostInput | null | undefined;
  /** Markdown */
  description: string;
  evidenceLevel?: EvidenceLevel | null | undefined;
  /** Only editors mark a practice STATUTORY or NATIONAL_METHOD */
  kind?: PracticeKind | null | undefined;
  links?: Array<LinkInput> | null | undefined;
  /** The office the practice comes from; the caller's own office when left out */
  originOffice?: string | number | null | undefined;
  outcomes?: Array<OutcomeInput> | null | undefined;
  responsibility?: Responsibility | null | undefined;
  reviewDue?: string | null | undefined;
  summary: string;
  targetGroups?: Array<TargetGroup> | null | undefined;
  themes?: Array<Theme> | null | undefined;
  title: string;
};

export type RatePracticeInput = {
  /** At most 2000 characters */
  comment?: string | null | undefined;
  observedEffect?: number | null | undefined;
  practiceId: string | number;
  /** 1 to 5 */
  score: number;
  transferability?: number | null | undefined;
  usefulness?: number | null | undefined;
};

/** Who carries the practice */
export type Responsibility =
  | 'MUNICIPALITY'
  | 'PARTNERSHIP'
  | 'STATE';

export type Role =
  | 'ADMIN'
  | 'CASEWORKER'
  | 'REGIONAL_DIRECTOR'
  | 'RESEARCHER';

export type SearchSort =
  /** Most offices piloting or using it first */
  | 'ADOPTIONS'
  /** Newest in the catalogue first */
  | 'NEWEST'
  /** Highest average rating first */
  | 'RATING'
  /** Title matches before summary and body matches; then better rated, then more adopted */
  | 'RELEVANCE';

export type SetAdoptionInput = {
  /** The latest fidelity score, if the office measured it */
  fidelity?: FidelityInput | null | undefined;
  /** How the office works with it; for a statutory practice, what the adoption records */
  note?: string | null | undefined;
  /** The office (enhetsnummer); the caller's own when left out. Directors may name an office in their region */
  office?: string | number | null | undefined;
  practiceId: string | number;
  /** Why the office stopped; required with DISCONTINUED */
  reason?: string | null | undefined;
  /** Since when; today when left out */
  since?: string | null | undefined;
  status: AdoptionStatus;
};

/** Context on which two offices are close */
export type SimilarityReason =
  | 'SAME_CENTRALITY'
  | 'SAME_ORGANISATION'
  | 'SIMILAR_SIZE'
  | 'SIMILAR_STAFF'
  | 'SIMILAR_UNEMPLOYMENT';

/** How an outcome was measured, strongest design first */
export type StudyDesign =
  | 'BEFORE_AFTER'
  | 'DESCRIPTIVE'
  | 'QUASI_EXPERIMENTAL'
  | 'RANDOMISED'
  | 'USER_KNOWLEDGE';

export type TargetGroup =
  | 'AAP_RECIPIENTS'
  | 'EMPLOYERS'
  | 'FAMILIES'
  | 'IMMIGRANTS'
  | 'JOBSEEKERS'
  | 'LONG_TERM_SOCIAL_ASSISTANCE'
  | 'MENTAL_ILLNESS'
  | 'REDUCED_WORK_CAPACITY'
  | 'SICK_LISTED'
  | 'YOUTH';

export type Theme =
  | 'ACTIVITY_REQUIREMENTS'
  | 'CIVIL_SOCIETY'
  | 'EDUCATION'
  | 'EMPLOYER_COOPERATION'
  | 'FINANCIAL_ADVICE'
  | 'FOLLOW_UP'
  | 'HEALTH'
  | 'HOUSING'
  | 'LEARNING_ARENAS'
  | 'MANAGEMENT'
  | 'MENTAL_HEALTH'
  | 'OFFICE_ORGANISATION'
  | 'PARTNERSHIP'
  | 'QUALIFICATION'
  | 'SICK_LEAVE'
  | 'SOCIAL_ASSISTANCE'
  | 'USER_INVOLVEMENT'
  | 'WORK_INCLUSION';

export type UpdatePracticeInput = {
  /** null clears it */
  cost?: CostInput | null | undefined;
  /** Markdown */
  description?: string | null | undefined;
  evidenceLevel?: EvidenceLevel | null | undefined;
  /** Only editors mark a practice STATUTORY or NATIONAL_METHOD */
  kind?: PracticeKind | null | undefined;
  links?: Array<LinkInput> | null | undefined;
  outcomes?: Array<OutcomeInput> | null | undefined;
  responsibility?: Responsibility | null | undefined;
  reviewDue?: string | null | undefined;
  summary?: string | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  themes?: Array<Theme> | null | undefined;
  title?: string | null | undefined;
};

export type ItemPositionFragment = { id: string, position: number };

export type DevUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type DevUsersQuery = { devUsers: Array<{ username: string, name: string, role: Role, office: string | null, region: string | null }> };

export type DevLoginMutationVariables = Exact<{
  username: string;
}>;


export type DevLoginMutation = { devLogin: { token: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, username: string | null, role: Role, office: { enhetsnummer: string, name: string } | null, region: { code: string, name: string, viewerCan: { seeOverview: boolean } } | null, viewerCan: { actFor: ActingScope, propose: boolean, postKnowledgeNeeds: boolean, seeEveryRegion: boolean, readRatings: boolean } } };

export type CollectionPracticeSearchQueryVariables = Exact<{
  query: string;
}>;


export type CollectionPracticeSearchQuery = { searchPractices: { totalHits: number, hits: Array<{ practice: { id: string, title: string, originOffice: { enhetsnummer: string, name: string } } }> } };

export type AddCollectionItemMutationVariables = Exact<{
  input: AddCollectionItemInput;
}>;


export type AddCollectionItemMutation = { addCollectionItem: { id: string, note: string, position: number, practice: { id: string, slug: string, title: string, summary: string } } };

export type UpdateCollectionItemMutationVariables = Exact<{
  itemId: string | number;
  note: string;
}>;


export type UpdateCollectionItemMutation = { updateCollectionItem: { id: string, note: string } };

export type MoveCollectionItemMutationVariables = Exact<{
  itemId: string | number;
  position: number;
}>;


export type MoveCollectionItemMutation = { moveCollectionItem: { id: string, position: number } };

export type RemoveCollectionItemMutationVariables = Exact<{
  itemId: string | number;
}>;


export type RemoveCollectionItemMutation = { removeCollectionItem: { id: string, items: Array<{ id: string, note: string, position: number, practice: { id: string, slug: string, title: string, summary: string } }> } };

export type CollectionItemFieldsFragment = { id: string, note: string, position: number, practice: { id: string, slug: string, title: string, summary: string } };

export type CollectionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectionPageQuery = { collection: { id: string, title: string, description: string, published: boolean, publishedAt: string | null, region: { code: string, name: string, viewerCan: { seeOverview: boolean } }, items: Array<{ id: string, note: string, position: number, practice: { id: string, slug: string, title: string, summary: string } }>, viewerCan: { curate: boolean, publish: boolean } } };

export type PublishCollectionMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishCollectionMutation = { publishCollection: { id: string, published: boolean, publishedAt: string | null, viewerCan: { curate: boolean, publish: boolean } } };

export type RegionCollectionListQueryVariables = Exact<{
  regionCode: string;
}>;


export type RegionCollectionListQuery = { collections: Array<{ id: string, title: string, published: boolean, publishedAt: string | null, createdAt: string, items: Array<{ id: string }> }> };

export type DeleteCollectionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCollectionMutation = { deleteCollection: boolean };

export type CreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type CreateCollectionMutation = { createCollection: { id: string } };

export type SearchPageCollectionsQueryVariables = Exact<{
  regionCode: string;
}>;


export type SearchPageCollectionsQuery = { collections: Array<{ id: string, title: string, published: boolean, items: Array<{ id: string }> }> };

export type PublishPracticeMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishPracticeMutation = { publishPractice: { id: string, slug: string, status: PracticeStatus } };

export type DraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type DraftsQuery = { practices: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, createdAt: string, status: PracticeStatus, originOffice: { enhetsnummer: string, name: string }, viewerCan: { publish: boolean } } }> } };

export type EvidenceGapMapQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type EvidenceGapMapQuery = { evidenceGapMap: { regionCode: string | null, cells: Array<{ theme: Theme, targetGroup: TargetGroup, practiceCount: number, bestStrength: number | null, practices: Array<{ slug: string, title: string, strength: number | null }> }> }, regions: Array<{ code: string, name: string }> };

export type IndicatorImportAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorImportAccessQuery = { viewerCanImportIndicatorValues: boolean, indicators: Array<{ code: string, name: string }> };

export type LeadersFieldsFragment = { from: string, to: string, minMonths: number, rankedOffices: number, indicator: { code: string, name: string, unit: IndicatorUnit, direction: IndicatorDirection }, leaders: Array<{ rank: number, months: number, meanActual: number, meanExpected: number, advantage: number, demo: boolean, office: { enhetsnummer: string, name: string, region: { code: string, name: string } }, practices: Array<{ othersInRegionUsing: number, othersInRegion: number, practice: { id: string, slug: string, title: string } }> }> };

export type IndicatorLeadersQueryVariables = Exact<{
  indicatorCode: string | number;
  regionCode: string | number;
  from: string;
  to: string;
}>;


export type IndicatorLeadersQuery = { inRegion: { from: string, to: string, minMonths: number, rankedOffices: number, indicator: { code: string, name: string, unit: IndicatorUnit, direction: IndicatorDirection }, leaders: Array<{ rank: number, months: number, meanActual: number, meanExpected: number, advantage: number, demo: boolean, office: { enhetsnummer: string, name: string, region: { code: string, name: string } }, practices: Array<{ othersInRegionUsing: number, othersInRegion: number, practice: { id: string, slug: string, title: string } }> }> }, inCountry: { from: string, to: string, minMonths: number, rankedOffices: number, indicator: { code: string, name: string, unit: IndicatorUnit, direction: IndicatorDirection }, leaders: Array<{ rank: number, months: number, meanActual: number, meanExpected: number, advantage: number, demo: boolean, office: { enhetsnummer: string, name: string, region: { code: string, name: string } }, practices: Array<{ othersInRegionUsing: number, othersInRegion: number, practice: { id: string, slug: string, title: string } }> }> } };

export type WhoSucceedsChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoSucceedsChoicesQuery = { viewerCanImportIndicatorValues: boolean, indicators: Array<{ code: string, name: string, kind: IndicatorKind, lastMonth: string | null }>, regions: Array<{ code: string, name: string }> };

export type ImportIndicatorValuesMutationVariables = Exact<{
  csv: string;
}>;


export type ImportIndicatorValuesMutation = { importIndicatorValues: { rows: number, inserted: number, updated: number, unchanged: number, offices: number, indicators: number, firstMonth: string | null, lastMonth: string | null } };

export type KnowledgeNeedFieldsFragment = { id: string, title: string, description: string, themes: Array<Theme>, supportCount: number, supportedByMe: boolean, createdAt: string, viewerCan: { support: boolean }, region: { code: string, name: string }, answeredBy: { id: string, slug: string, title: string } | null };

export type SupportKnowledgeNeedMutationVariables = Exact<{
  id: string | number;
}>;


export type SupportKnowledgeNeedMutation = { supportKnowledgeNeed: { id: string, supportCount: number, supportedByMe: boolean } };

export type PostKnowledgeNeedMutationVariables = Exact<{
  input: PostKnowledgeNeedInput;
}>;


export type PostKnowledgeNeedMutation = { postKnowledgeNeed: { id: string, title: string, description: string, themes: Array<Theme>, supportCount: number, supportedByMe: boolean, createdAt: string, viewerCan: { support: boolean }, region: { code: string, name: string }, answeredBy: { id: string, slug: string, title: string } | null } };

export type NeedRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedRegionsQuery = { regions: Array<{ code: string, name: string }> };

export type KnowledgeNeedsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  orderBy: KnowledgeNeedOrder;
  after?: string | null | undefined;
}>;


export type KnowledgeNeedsQuery = { knowledgeNeeds: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, description: string, themes: Array<Theme>, supportCount: number, supportedByMe: boolean, createdAt: string, viewerCan: { support: boolean }, region: { code: string, name: string }, answeredBy: { id: string, slug: string, title: string } | null } }> } };

export type OfficeContextQueryVariables = Exact<{
  enhetsnummer: string | number;
}>;


export type OfficeContextQuery = { office: { enhetsnummer: string, context: { population: number, centrality: number, employees: number, unemploymentRate: number, organisation: OfficeOrganisation, partnershipModel: PartnershipModel, demo: boolean, source: string | null } | null }, similarOffices: Array<{ distance: number, reasons: Array<SimilarityReason>, office: { enhetsnummer: string, name: string, region: { code: string, name: string } } }> };

export type OfficePageQueryVariables = Exact<{
  enhetsnummer: string | number;
  withRatings: boolean;
}>;


export type OfficePageQuery = { office: { enhetsnummer: string, name: string, municipalities: Array<string>, region: { code: string, name: string }, adoptions: Array<{ id: string, status: AdoptionStatus, since: string, practice: { id: string, slug: string, title: string, status: PracticeStatus } }>, ratings?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, score: number, comment: string | null, updatedAt: string, author: { name: string } | null, practice: { slug: string, title: string } } }> } } };

export type OfficeRatingPageFieldsFragment = { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, score: number, comment: string | null, updatedAt: string, author: { name: string } | null, practice: { slug: string, title: string } } }> };

export type OfficeRatingsQueryVariables = Exact<{
  enhetsnummer: string | number;
  after?: string | null | undefined;
}>;


export type OfficeRatingsQuery = { office: { enhetsnummer: string, ratings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, score: number, comment: string | null, updatedAt: string, author: { name: string } | null, practice: { slug: string, title: string } } }> } } };

export type OfficeScorecardQueryVariables = Exact<{
  enhetsnummer: string | number;
}>;


export type OfficeScorecardQuery = { officeScorecard: { from: string, to: string, indicators: Array<{ indicator: { code: string, name: string, description: string, kind: IndicatorKind, owner: IndicatorOwner, unit: IndicatorUnit, direction: IndicatorDirection, source: string | null, note: string | null }, months: Array<{ month: string, actual: number, expected: number, difference: number, regionMedian: number | null, countryMedian: number | null, demo: boolean }> }> } };

export type AdoptionFieldsFragment = { id: string, status: AdoptionStatus, since: string, note: string | null, demo: boolean, fidelity: { scale: FidelityScale, score: number, min: number, max: number } | null, history: Array<{ id: string, fromStatus: AdoptionStatus | null, toStatus: AdoptionStatus, since: string, changedAt: string, reason: string | null, changedBy: string | null, demo: boolean, fidelity: { scale: FidelityScale, score: number, min: number, max: number } | null }>, office: { enhetsnummer: string, name: string, region: { code: string, name: string } } };

export type SetAdoptionMutationVariables = Exact<{
  input: SetAdoptionInput;
}>;


export type SetAdoptionMutation = { setAdoption: { id: string, status: AdoptionStatus, since: string, note: string | null, demo: boolean, practice: { id: string, slug: string, title: string, status: PracticeStatus, adoptionCount: number }, fidelity: { scale: FidelityScale, score: number, min: number, max: number } | null, history: Array<{ id: string, fromStatus: AdoptionStatus | null, toStatus: AdoptionStatus, since: string, changedAt: string, reason: string | null, changedBy: string | null, demo: boolean, fidelity: { scale: FidelityScale, score: number, min: number, max: number } | null }>, office: { enhetsnummer: string, name: string, region: { code: string, name: string } } } };

export type OutcomeFieldsFragment = { label: string, targetGroup: TargetGroup | null, population: string | null, followUpMonths: number | null, value: number | null, comparisonValue: number | null, unit: string, difference: number | null, differenceUnit: string | null, nResult: number | null, nComparison: number | null, significant: boolean | null, design: StudyDesign, note: string | null, year: number | null, source: string | null, sourceUrl: string | null, demo: boolean, indicator: { code: string, name: string } | null };

export type PracticeResultsQueryVariables = Exact<{
  slug: string;
  office: string | number;
  withOffice: boolean;
}>;


export type PracticeResultsQuery = { practice: { id: string, indicatorComparisons: Array<{ from: string, to: string, demo: boolean, indicator: { code: string, name: string, unit: IndicatorUnit, direction: IndicatorDirection }, using: { offices: number, medianDifference: number | null }, notUsing: { offices: number, medianDifference: number | null } }>, usedByOfficesLike?: Array<{ reasons: Array<SimilarityReason>, office: { enhetsnummer: string, name: string } }> } };

export type RatingCommentFieldsFragment = { id: string, score: number, comment: string | null, demo: boolean, updatedAt: string, office: { enhetsnummer: string, name: string } | null, author: { name: string } | null };

export type RatingPageFieldsFragment = { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, score: number, comment: string | null, demo: boolean, updatedAt: string, office: { enhetsnummer: string, name: string } | null, author: { name: string } | null } }> };

export type PracticeRatingsQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type PracticeRatingsQuery = { practice: { id: string, ratings: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, score: number, comment: string | null, demo: boolean, updatedAt: string, office: { enhetsnummer: string, name: string } | null, author: { name: string } | null } }> } } };

export type RatePracticeMutationVariables = Exact<{
  input: RatePracticeInput;
}>;


export type RatePracticeMutation = { ratePractice: { rating: { id: string, score: number, comment: string | null, demo: boolean, updatedAt: string, office: { enhetsnummer: string, name: string } | null, author: { name: string } | null }, practice: { id: string, ratingSummary: { average: number | null, count: number, demoCount: number, distribution: Array<number>, dimensions: { usefulness: number | null, transferability: number | null, observedEffect: number | null } }, myRating: { id: string, score: number, usefulness: number | null, transferability: number | null, observedEffect: number | null, comment: string | null, updatedAt: string } | null } } };

export type DeleteMyRatingMutationVariables = Exact<{
  practiceId: string | number;
}>;


export type DeleteMyRatingMutation = { deleteMyRating: { id: string, ratingSummary: { average: number | null, count: number, demoCount: number, distribution: Array<number>, dimensions: { usefulness: number | null, transferability: number | null, observedEffect: number | null } }, myRating: { id: string, score: number, usefulness: number | null, transferability: number | null, observedEffect: number | null, comment: string | null, updatedAt: string } | null } };

export type PracticeRatingFieldsFragment = { ratingSummary: { average: number | null, count: number, demoCount: number, distribution: Array<number>, dimensions: { usefulness: number | null, transferability: number | null, observedEffect: number | null } }, myRating: { id: string, score: number, usefulness: number | null, transferability: number | null, observedEffect: number | null, comment: string | null, updatedAt: string } | null };

export type PracticePageQueryVariables = Exact<{
  slug: string;
  withRatings: boolean;
}>;


export type PracticePageQuery = { practice: { id: string, slug: string, title: string, summary: string, description: string, status: PracticeStatus, evidenceLevel: EvidenceLevel, themes: Array<Theme>, targetGroups: Array<TargetGroup>, responsibility: Responsibility, kind: PracticeKind, reviewDue: string | null, updatedAt: string, cost: { perParticipantNok: number | null, staffYearsPer100: number | null, source: string, sourceUrl: string | null, year: number | null, demo: boolean } | null, evidenceStrength: { score: number, design: StudyDesign, studies: number, participants: number | null, consistent: boolean } | null, originOffice: { enhetsnummer: string, name: string }, outcomes: Array<{ label: string, targetGroup: TargetGroup | null, population: string | null, followUpMonths: number | null, value: number | null, comparisonValue: number | null, unit: string, difference: number | null, differenceUnit: string | null, nResult: number | null, nComparison: number | null, significant: boolean | null, design: StudyDesign, note: string | null, year: number | null, source: string | null, sourceUrl: string | null, demo: boolean, indicator: { code: string, name: string } | null }>, links: Array<{ title: string, url: string }>, adoptions: Array<{ id: string, status: AdoptionStatus, since: string, note: string | null, demo: boolean, fidelity: { scale: FidelityScale, score: number, min: number, max: number } | null, history: Array<{ id: string, fromStatus: AdoptionStatus | null, toStatus: AdoptionStatus, since: string, changedAt: string, reason: string | null, changedBy: string | null, demo: boolean, fidelity: { scale: FidelityScale, score: number, min: number, max: number } | null }>, office: { enhetsnummer: string, name: string, region: { code: string, name: string } } }>, ratings?: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, score: number, comment: string | null, demo: boolean, updatedAt: string, office: { enhetsnummer: string, name: string } | null, author: { name: string } | null } }> }, viewerCan: { rate: boolean, adopt: boolean }, ratingSummary: { average: number | null, count: number, demoCount: number, distribution: Array<number>, dimensions: { usefulness: number | null, transferability: number | null, observedEffect: number | null } }, myRating: { id: string, score: number, usefulness: number | null, transferability: number | null, observedEffect: number | null, comment: string | null, updatedAt: string } | null } };

export type EditPracticeQueryVariables = Exact<{
  slug: string;
}>;


export type EditPracticeQuery = { practice: { id: string, slug: string, status: PracticeStatus, title: string, summary: string, description: string, themes: Array<Theme>, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel, responsibility: Responsibility, reviewDue: string | null, outcomes: Array<{ label: string, targetGroup: TargetGroup | null, population: string | null, followUpMonths: number | null, value: number | null, comparisonValue: number | null, unit: string, difference: number | null, differenceUnit: string | null, nResult: number | null, nComparison: number | null, significant: boolean | null, design: StudyDesign, note: string | null, year: number | null, source: string | null, sourceUrl: string | null, demo: boolean, indicator: { code: string, name: string } | null }>, links: Array<{ title: string, url: string }>, viewerCan: { edit: boolean } } };

export type UpdatePracticeMutationVariables = Exact<{
  id: string | number;
  input: UpdatePracticeInput;
}>;


export type UpdatePracticeMutation = { updatePractice: { id: string, slug: string } };

export type OutcomeIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutcomeIndicatorsQuery = { indicators: Array<{ code: string, name: string }> };

export type ProposePracticeMutationVariables = Exact<{
  input: ProposePracticeInput;
}>;


export type ProposePracticeMutation = { proposePractice: { id: string, slug: string } };

export type ProposeRegionOfficesQueryVariables = Exact<{
  code: string | number;
}>;


export type ProposeRegionOfficesQuery = { region: { code: string, name: string, offices: Array<{ enhetsnummer: string, name: string }> } };

export type ProposeAllOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposeAllOfficesQuery = { regions: Array<{ code: string, name: string, offices: Array<{ enhetsnummer: string, name: string }> }> };

export type RegionChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionChoicesQuery = { regions: Array<{ code: string, name: string }> };

export type RegionOverviewQueryVariables = Exact<{
  code: string;
}>;


export type RegionOverviewQuery = { regionOverview: { region: { code: string, name: string, viewerCan: { curate: boolean } }, spreading: Array<{ inUse: number, piloting: number, considering: number, discontinued: number, newThisQuarter: number, practice: { id: string, slug: string, title: string } }>, bestRated: Array<{ regionAverage: number, regionRaters: number, nationalAverage: number, practice: { id: string, slug: string, title: string } }>, adoptionMatrix: { offices: Array<{ enhetsnummer: string, name: string }>, practices: Array<{ id: string, title: string }>, cells: Array<{ office: string, practiceId: string, status: AdoptionStatus }> }, overdueReviews: Array<{ id: string, slug: string, title: string, reviewDue: string | null, originOffice: { enhetsnummer: string, name: string } }>, adoptionsByMonth: Array<{ month: string, started: number }> } };

export type RegionSearchGapsQueryVariables = Exact<{
  regionCode: string;
  since: string;
}>;


export type RegionSearchGapsQuery = { searchGaps: Array<{ query: string, count: number, lastSearchedAt: string }> };

export type SearchPracticesQueryVariables = Exact<{
  query: string;
  filter?: PracticeSearchFilter | null | undefined;
  sort?: SearchSort | null | undefined;
  page?: number | null | undefined;
  pageSize?: number | null | undefined;
}>;


export type SearchPracticesQuery = { searchPractices: { totalHits: number, page: number, hits: Array<{ practice: { id: string, slug: string, evidenceLevel: EvidenceLevel, themes: Array<Theme>, adoptionCount: number, ratingSummary: { average: number | null, count: number, demoCount: number }, originOffice: { enhetsnummer: string, name: string } }, highlight: { title: string, summary: string } }>, facets: { themes: Array<{ value: string, count: number }>, targetGroups: Array<{ value: string, count: number }>, evidenceLevels: Array<{ value: string, count: number }>, regions: Array<{ value: string, count: number }> } }, regions: Array<{ code: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ItemPositionFragmentDoc = new TypedDocumentString(`
    fragment ItemPosition on CollectionItem {
  id
  position
}
    `, {"fragmentName":"ItemPosition"}) as unknown as TypedDocumentString<ItemPositionFragment, unknown>;
export const CollectionItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment CollectionItemFields on CollectionItem {
  id
  note
  position
  practice {
    id
    slug
    title
    summary
  }
}
    `, {"fragmentName":"CollectionItemFields"}) as unknown as TypedDocumentString<CollectionItemFieldsFragment, unknown>;
export const LeadersFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadersFields on IndicatorLeaders {
  from
  to
  minMonths
  rankedOffices
  indicator {
    code
    name
    unit
    direction
  }
  leaders {
    rank
    months
    meanActual
    meanExpected
    advantage
    demo
    office {
      enhetsnummer
      name
      region {
        code
        name
      }
    }
    practices {
      othersInRegionUsing
      othersInRegion
      practice {
        id
        slug
        title
      }
    }
  }
}
    `, {"fragmentName":"LeadersFields"}) as unknown as TypedDocumentString<LeadersFieldsFragment, unknown>;
export const KnowledgeNeedFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeNeedFields on KnowledgeNeed {
  id
  title
  description
  themes
  supportCount
  supportedByMe
  viewerCan {
    support
  }
  createdAt
  region {
    code
    name
  }
  answeredBy {
    id
    slug
    title
  }
}
    `, {"fragmentName":"KnowledgeNeedFields"}) as unknown as TypedDocumentString<KnowledgeNeedFieldsFragment, unknown>;
export const OfficeRatingPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfficeRatingPageFields on RatingConnection {
  totalCount
  pageInfo {
    endCursor
    hasNextPage
  }
  edges {
    node {
      id
      score
      comment
      updatedAt
      author {
        name
      }
      practice {
        slug
        title
      }
    }
  }
}
    `, {"fragmentName":"OfficeRatingPageFields"}) as unknown as TypedDocumentString<OfficeRatingPageFieldsFragment, unknown>;
export const AdoptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdoptionFields on Adoption {
  id
  status
  since
  note
  demo
  fidelity {
    scale
    score
    min
    max
  }
  history {
    id
    fromStatus
    toStatus
    since
    changedAt
    reason
    changedBy
    fidelity {
      scale
      score
      min
      max
    }
    demo
  }
  office {
    enhetsnummer
    name
    region {
      code
      name
    }
  }
}
    `, {"fragmentName":"AdoptionFields"}) as unknown as TypedDocumentString<AdoptionFieldsFragment, unknown>;
export const OutcomeFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutcomeFields on Outcome {
  label
  indicator {
    code
    name
  }
  targetGroup
  population
  followUpMonths
  value
  comparisonValue
  unit
  difference
  differenceUnit
  nResult
  nComparison
  significant
  design
  note
  year
  source
  sourceUrl
  demo
}
    `, {"fragmentName":"OutcomeFields"}) as unknown as TypedDocumentString<OutcomeFieldsFragment, unknown>;
export const RatingCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment RatingCommentFields on Rating {
  id
  score
  comment
  demo
  updatedAt
  office {
    enhetsnummer
    name
  }
  author {
    name
  }
}
    `, {"fragmentName":"RatingCommentFields"}) as unknown as TypedDocumentString<RatingCommentFieldsFragment, unknown>;
export const RatingPageFieldsFragmentDoc = new TypedDocumentString(`
    fragment RatingPageFields on RatingConnection {
  totalCount
  pageInfo {
    endCursor
    hasNextPage
  }
  edges {
    node {
      ...RatingCommentFields
    }
  }
}
    fragment RatingCommentFields on Rating {
  id
  score
  comment
  demo
  updatedAt
  office {
    enhetsnummer
    name
  }
  author {
    name
  }
}`, {"fragmentName":"RatingPageFields"}) as unknown as TypedDocumentString<RatingPageFieldsFragment, unknown>;
export const PracticeRatingFieldsFragmentDoc = new TypedDocumentString(`
    fragment PracticeRatingFields on Practice {
  ratingSummary {
    average
    count
    demoCount
    distribution
    dimensions {
      usefulness
      transferability
      observedEffect
    }
  }
  myRating {
    id
    score
    usefulness
    transferability
    observedEffect
    comment
    updatedAt
  }
}
    `, {"fragmentName":"PracticeRatingFields"}) as unknown as TypedDocumentString<PracticeRatingFieldsFragment, unknown>;
export const DevUsersDocument = new TypedDocumentString(`
    query DevUsers {
  devUsers {
    username
    name
    role
    office
    region
  }
}
    `) as unknown as TypedDocumentString<DevUsersQuery, DevUsersQueryVariables>;
export const DevLoginDocument = new TypedDocumentString(`
    mutation DevLogin($username: String!) {
  devLogin(username: $username) {
    token
  }
}
    `) as unknown as TypedDocumentString<DevLoginMutation, DevLoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    username
    role
    office {
      enhetsnummer
      name
    }
    region {
      code
      name
      viewerCan {
        seeOverview
      }
    }
    viewerCan {
      actFor
      propose
      postKnowledgeNeeds
      seeEveryRegion
      readRatings
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CollectionPracticeSearchDocument = new TypedDocumentString(`
    query CollectionPracticeSearch($query: String!) {
  searchPractices(query: $query, pageSize: 5) {
    totalHits
    hits {
      practice {
        id
        title
        originOffice {
          enhetsnummer
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectionPracticeSearchQuery, CollectionPracticeSearchQueryVariables>;
export const AddCollectionItemDocument = new TypedDocumentString(`
    mutation AddCollectionItem($input: AddCollectionItemInput!) {
  addCollectionItem(input: $input) {
    ...CollectionItemFields
  }
}
    fragment CollectionItemFields on CollectionItem {
  id
  note
  position
  practice {
    id
    slug
    title
    summary
  }
}`) as unknown as TypedDocumentString<AddCollectionItemMutation, AddCollectionItemMutationVariables>;
export const UpdateCollectionItemDocument = new TypedDocumentString(`
    mutation UpdateCollectionItem($itemId: ID!, $note: String!) {
  updateCollectionItem(itemId: $itemId, note: $note) {
    id
    note
  }
}
    `) as unknown as TypedDocumentString<UpdateCollectionItemMutation, UpdateCollectionItemMutationVariables>;
export const MoveCollectionItemDocument = new TypedDocumentString(`
    mutation MoveCollectionItem($itemId: ID!, $position: Int!) {
  moveCollectionItem(itemId: $itemId, position: $position) {
    id
    position
  }
}
    `) as unknown as TypedDocumentString<MoveCollectionItemMutation, MoveCollectionItemMutationVariables>;
export const RemoveCollectionItemDocument = new TypedDocumentString(`
    mutation RemoveCollectionItem($itemId: ID!) {
  removeCollectionItem(itemId: $itemId) {
    id
    items {
      ...CollectionItemFields
    }
  }
}
    fragment CollectionItemFields on CollectionItem {
  id
  note
  position
  practice {
    id
    slug
    title
    summary
  }
}`) as unknown as TypedDocumentString<RemoveCollectionItemMutation, RemoveCollectionItemMutationVariables>;
export const CollectionPageDocument = new TypedDocumentString(`
    query CollectionPage($id: ID!) {
  collection(id: $id) {
    id
    title
    description
    published
    publishedAt
    region {
      code
      name
      viewerCan {
        seeOverview
      }
    }
    items {
      ...CollectionItemFields
    }
    viewerCan {
      curate
      publish
    }
  }
}
    fragment CollectionItemFields on CollectionItem {
  id
  note
  position
  practice {
    id
    slug
    title
    summary
  }
}`) as unknown as TypedDocumentString<CollectionPageQuery, CollectionPageQueryVariables>;
export const PublishCollectionDocument = new TypedDocumentString(`
    mutation PublishCollection($id: ID!) {
  publishCollection(id: $id) {
    id
    published
    publishedAt
    viewerCan {
      curate
      publish
    }
  }
}
    `) as unknown as TypedDocumentString<PublishCollectionMutation, PublishCollectionMutationVariables>;
export const RegionCollectionListDocument = new TypedDocumentString(`
    query RegionCollectionList($regionCode: String!) {
  collections(regionCode: $regionCode) {
    id
    title
    published
    publishedAt
    createdAt
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegionCollectionListQuery, RegionCollectionListQueryVariables>;
export const DeleteCollectionDocument = new TypedDocumentString(`
    mutation DeleteCollection($id: ID!) {
  deleteCollection(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCollectionMutation, DeleteCollectionMutationVariables>;
export const CreateCollectionDocument = new TypedDocumentString(`
    mutation CreateCollection($input: CreateCollectionInput!) {
  createCollection(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCollectionMutation, CreateCollectionMutationVariables>;
export const SearchPageCollectionsDocument = new TypedDocumentString(`
    query SearchPageCollections($regionCode: String!) {
  collections(regionCode: $regionCode) {
    id
    title
    published
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPageCollectionsQuery, SearchPageCollectionsQueryVariables>;
export const PublishPracticeDocument = new TypedDocumentString(`
    mutation PublishPractice($id: ID!) {
  publishPractice(id: $id) {
    id
    slug
    status
  }
}
    `) as unknown as TypedDocumentString<PublishPracticeMutation, PublishPracticeMutationVariables>;
export const DraftsDocument = new TypedDocumentString(`
    query Drafts {
  practices(first: 100, filter: {statuses: [DRAFT]}, orderBy: NEWEST) {
    totalCount
    edges {
      node {
        id
        slug
        title
        createdAt
        status
        originOffice {
          enhetsnummer
          name
        }
        viewerCan {
          publish
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftsQuery, DraftsQueryVariables>;
export const EvidenceGapMapDocument = new TypedDocumentString(`
    query EvidenceGapMap($regionCode: String) {
  evidenceGapMap(regionCode: $regionCode) {
    regionCode
    cells {
      theme
      targetGroup
      practiceCount
      bestStrength
      practices {
        slug
        title
        strength
      }
    }
  }
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<EvidenceGapMapQuery, EvidenceGapMapQueryVariables>;
export const IndicatorImportAccessDocument = new TypedDocumentString(`
    query IndicatorImportAccess {
  viewerCanImportIndicatorValues
  indicators {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<IndicatorImportAccessQuery, IndicatorImportAccessQueryVariables>;
export const IndicatorLeadersDocument = new TypedDocumentString(`
    query IndicatorLeaders($indicatorCode: ID!, $regionCode: ID!, $from: String!, $to: String!) {
  inRegion: indicatorLeaders(
    indicatorCode: $indicatorCode
    regionCode: $regionCode
    from: $from
    to: $to
    first: 5
  ) {
    ...LeadersFields
  }
  inCountry: indicatorLeaders(
    indicatorCode: $indicatorCode
    from: $from
    to: $to
    first: 5
  ) {
    ...LeadersFields
  }
}
    fragment LeadersFields on IndicatorLeaders {
  from
  to
  minMonths
  rankedOffices
  indicator {
    code
    name
    unit
    direction
  }
  leaders {
    rank
    months
    meanActual
    meanExpected
    advantage
    demo
    office {
      enhetsnummer
      name
      region {
        code
        name
      }
    }
    practices {
      othersInRegionUsing
      othersInRegion
      practice {
        id
        slug
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<IndicatorLeadersQuery, IndicatorLeadersQueryVariables>;
export const WhoSucceedsChoicesDocument = new TypedDocumentString(`
    query WhoSucceedsChoices {
  indicators {
    code
    name
    kind
    lastMonth
  }
  regions {
    code
    name
  }
  viewerCanImportIndicatorValues
}
    `) as unknown as TypedDocumentString<WhoSucceedsChoicesQuery, WhoSucceedsChoicesQueryVariables>;
export const ImportIndicatorValuesDocument = new TypedDocumentString(`
    mutation ImportIndicatorValues($csv: String!) {
  importIndicatorValues(csv: $csv) {
    rows
    inserted
    updated
    unchanged
    offices
    indicators
    firstMonth
    lastMonth
  }
}
    `) as unknown as TypedDocumentString<ImportIndicatorValuesMutation, ImportIndicatorValuesMutationVariables>;
export const SupportKnowledgeNeedDocument = new TypedDocumentString(`
    mutation SupportKnowledgeNeed($id: ID!) {
  supportKnowledgeNeed(id: $id) {
    id
    supportCount
    supportedByMe
  }
}
    `) as unknown as TypedDocumentString<SupportKnowledgeNeedMutation, SupportKnowledgeNeedMutationVariables>;
export const PostKnowledgeNeedDocument = new TypedDocumentString(`
    mutation PostKnowledgeNeed($input: PostKnowledgeNeedInput!) {
  postKnowledgeNeed(input: $input) {
    ...KnowledgeNeedFields
  }
}
    fragment KnowledgeNeedFields on KnowledgeNeed {
  id
  title
  description
  themes
  supportCount
  supportedByMe
  viewerCan {
    support
  }
  createdAt
  region {
    code
    name
  }
  answeredBy {
    id
    slug
    title
  }
}`) as unknown as TypedDocumentString<PostKnowledgeNeedMutation, PostKnowledgeNeedMutationVariables>;
export const NeedRegionsDocument = new TypedDocumentString(`
    query NeedRegions {
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<NeedRegionsQuery, NeedRegionsQueryVariables>;
export const KnowledgeNeedsDocument = new TypedDocumentString(`
    query KnowledgeNeeds($regionCode: String, $orderBy: KnowledgeNeedOrder!, $after: String) {
  knowledgeNeeds(
    regionCode: $regionCode
    orderBy: $orderBy
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...KnowledgeNeedFields
      }
    }
  }
}
    fragment KnowledgeNeedFields on KnowledgeNeed {
  id
  title
  description
  themes
  supportCount
  supportedByMe
  viewerCan {
    support
  }
  createdAt
  region {
    code
    name
  }
  answeredBy {
    id
    slug
    title
  }
}`) as unknown as TypedDocumentString<KnowledgeNeedsQuery, KnowledgeNeedsQueryVariables>;
export const OfficeContextDocument = new TypedDocumentString(`
    query OfficeContext($enhetsnummer: ID!) {
  office(enhetsnummer: $enhetsnummer) {
    enhetsnummer
    context {
      population
      centrality
      employees
      unemploymentRate
      organisation
      partnershipModel
      demo
      source
    }
  }
  similarOffices(enhetsnummer: $enhetsnummer, first: 5) {
    distance
    reasons
    office {
      enhetsnummer
      name
      region {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficeContextQuery, OfficeContextQueryVariables>;
export const OfficePageDocument = new TypedDocumentString(`
    query OfficePage($enhetsnummer: ID!, $withRatings: Boolean!) {
  office(enhetsnummer: $enhetsnummer) {
    enhetsnummer
    name
    municipalities
    region {
      code
      name
    }
    adoptions {
      id
      status
      since
      practice {
        id
        slug
        title
        status
      }
    }
    ratings(first: 20) @include(if: $withRatings) {
      ...OfficeRatingPageFields
    }
  }
}
    fragment OfficeRatingPageFields on RatingConnection {
  totalCount
  pageInfo {
    endCursor
    hasNextPage
  }
  edges {
    node {
      id
      score
      comment
      updatedAt
      author {
        name
      }
      practice {
        slug
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<OfficePageQuery, OfficePageQueryVariables>;
export const OfficeRatingsDocument = new TypedDocumentString(`
    query OfficeRatings($enhetsnummer: ID!, $after: String) {
  office(enhetsnummer: $enhetsnummer) {
    enhetsnummer
    ratings(first: 20, after: $after) {
      ...OfficeRatingPageFields
    }
  }
}
    fragment OfficeRatingPageFields on RatingConnection {
  totalCount
  pageInfo {
    endCursor
    hasNextPage
  }
  edges {
    node {
      id
      score
      comment
      updatedAt
      author {
        name
      }
      practice {
        slug
        title
      }
    }
  }
}`) as unknown as TypedDocumentString<OfficeRatingsQuery, OfficeRatingsQueryVariables>;
export const OfficeScorecardDocument = new TypedDocumentString(`
    query OfficeScorecard($enhetsnummer: ID!) {
  officeScorecard(enhetsnummer: $enhetsnummer) {
    from
    to
    indicators {
      indicator {
        code
        name
        description
        kind
        owner
        unit
        direction
        source
        note
      }
      months {
        month
        actual
        expected
        difference
        regionMedian
        countryMedian
        demo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficeScorecardQuery, OfficeScorecardQueryVariables>;
export const SetAdoptionDocument = new TypedDocumentString(`
    mutation SetAdoption($input: SetAdoptionInput!) {
  setAdoption(input: $input) {
    ...AdoptionFields
    practice {
      id
      slug
      title
      status
      adoptionCount
    }
  }
}
    fragment AdoptionFields on Adoption {
  id
  status
  since
  note
  demo
  fidelity {
    scale
    score
    min
    max
  }
  history {
    id
    fromStatus
    toStatus
    since
    changedAt
    reason
    changedBy
    fidelity {
      scale
      score
      min
      max
    }
    demo
  }
  office {
    enhetsnummer
    name
    region {
      code
      name
    }
  }
}`) as unknown as TypedDocumentString<SetAdoptionMutation, SetAdoptionMutationVariables>;
export const PracticeResultsDocument = new TypedDocumentString(`
    query PracticeResults($slug: String!, $office: ID!, $withOffice: Boolean!) {
  practice(slug: $slug) {
    id
    indicatorComparisons {
      from
      to
      demo
      indicator {
        code
        name
        unit
        direction
      }
      using {
        offices
        medianDifference
      }
      notUsing {
        offices
        medianDifference
      }
    }
    usedByOfficesLike(office: $office) @include(if: $withOffice) {
      reasons
      office {
        enhetsnummer
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PracticeResultsQuery, PracticeResultsQueryVariables>;
export const PracticeRatingsDocument = new TypedDocumentString(`
    query PracticeRatings($slug: String!, $after: String) {
  practice(slug: $slug) {
    id
    ratings(first: 20, after: $after) {
      ...RatingPageFields
    }
  }
}
    fragment RatingCommentFields on Rating {
  id
  score
  comment
  demo
  updatedAt
  office {
    enhetsnummer
    name
  }
  author {
    name
  }
}
fragment RatingPageFields on RatingConnection {
  totalCount
  pageInfo {
    endCursor
    hasNextPage
  }
  edges {
    node {
      ...RatingCommentFields
    }
  }
}`) as unknown as TypedDocumentString<PracticeRatingsQuery, PracticeRatingsQueryVariables>;
export const RatePracticeDocument = new TypedDocumentString(`
    mutation RatePractice($input: RatePracticeInput!) {
  ratePractice(input: $input) {
    rating {
      ...RatingCommentFields
    }
    practice {
      id
      ...PracticeRatingFields
    }
  }
}
    fragment RatingCommentFields on Rating {
  id
  score
  comment
  demo
  updatedAt
  office {
    enhetsnummer
    name
  }
  author {
    name
  }
}
fragment PracticeRatingFields on Practice {
  ratingSummary {
    average
    count
    demoCount
    distribution
    dimensions {
      usefulness
      transferability
      observedEffect
    }
  }
  myRating {
    id
    score
    usefulness
    transferability
    observedEffect
    comment
    updatedAt
  }
}`) as unknown as TypedDocumentString<RatePracticeMutation, RatePracticeMutationVariables>;
export const DeleteMyRatingDocument = new TypedDocumentString(`
    mutation DeleteMyRating($practiceId: ID!) {
  deleteMyRating(practiceId: $practiceId) {
    id
    ...PracticeRatingFields
  }
}
    fragment PracticeRatingFields on Practice {
  ratingSummary {
    average
    count
    demoCount
    distribution
    dimensions {
      usefulness
      transferability
      observedEffect
    }
  }
  myRating {
    id
    score
    usefulness
    transferability
    observedEffect
    comment
    updatedAt
  }
}`) as unknown as TypedDocumentString<DeleteMyRatingMutation, DeleteMyRatingMutationVariables>;
export const PracticePageDocument = new TypedDocumentString(`
    query PracticePage($slug: String!, $withRatings: Boolean!) {
  practice(slug: $slug) {
    id
    slug
    title
    summary
    description
    status
    evidenceLevel
    themes
    targetGroups
    responsibility
    kind
    cost {
      perParticipantNok
      staffYearsPer100
      source
      sourceUrl
      year
      demo
    }
    evidenceStrength {
      score
      design
      studies
      participants
      consistent
    }
    reviewDue
    updatedAt
    originOffice {
      enhetsnummer
      name
    }
    outcomes {
      ...OutcomeFields
    }
    links {
      title
      url
    }
    adoptions {
      ...AdoptionFields
    }
    ...PracticeRatingFields
    ratings(first: 20) @include(if: $withRatings) {
      ...RatingPageFields
    }
    viewerCan {
      rate
      adopt
    }
  }
}
    fragment AdoptionFields on Adoption {
  id
  status
  since
  note
  demo
  fidelity {
    scale
    score
    min
    max
  }
  history {
    id
    fromStatus
    toStatus
    since
    changedAt
    reason
    changedBy
    fidelity {
      scale
      score
      min
      max
    }
    demo
  }
  office {
    enhetsnummer
    name
    region {
      code
      name
    }
  }
}
fragment OutcomeFields on Outcome {
  label
  indicator {
    code
    name
  }
  targetGroup
  population
  followUpMonths
  value
  comparisonValue
  unit
  difference
  differenceUnit
  nResult
  nComparison
  significant
  design
  note
  year
  source
  sourceUrl
  demo
}
fragment RatingCommentFields on Rating {
  id
  score
  comment
  demo
  updatedAt
  office {
    enhetsnummer
    name
  }
  author {
    name
  }
}
fragment RatingPageFields on RatingConnection {
  totalCount
  pageInfo {
    endCursor
    hasNextPage
  }
  edges {
    node {
      ...RatingCommentFields
    }
  }
}
fragment PracticeRatingFields on Practice {
  ratingSummary {
    average
    count
    demoCount
    distribution
    dimensions {
      usefulness
      transferability
      observedEffect
    }
  }
  myRating {
    id
    score
    usefulness
    transferability
    observedEffect
    comment
    updatedAt
  }
}`) as unknown as TypedDocumentString<PracticePageQuery, PracticePageQueryVariables>;
export const EditPracticeDocument = new TypedDocumentString(`
    query EditPractice($slug: String!) {
  practice(slug: $slug) {
    id
    slug
    status
    title
    summary
    description
    themes
    targetGroups
    evidenceLevel
    responsibility
    reviewDue
    outcomes {
      ...OutcomeFields
    }
    links {
      title
      url
    }
    viewerCan {
      edit
    }
  }
}
    fragment OutcomeFields on Outcome {
  label
  indicator {
    code
    name
  }
  targetGroup
  population
  followUpMonths
  value
  comparisonValue
  unit
  difference
  differenceUnit
  nResult
  nComparison
  significant
  design
  note
  year
  source
  sourceUrl
  demo
}`) as unknown as TypedDocumentString<EditPracticeQuery, EditPracticeQueryVariables>;
export const UpdatePracticeDocument = new TypedDocumentString(`
    mutation UpdatePractice($id: ID!, $input: UpdatePracticeInput!) {
  updatePractice(id: $id, input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<UpdatePracticeMutation, UpdatePracticeMutationVariables>;
export const OutcomeIndicatorsDocument = new TypedDocumentString(`
    query OutcomeIndicators {
  indicators {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<OutcomeIndicatorsQuery, OutcomeIndicatorsQueryVariables>;
export const ProposePracticeDocument = new TypedDocumentString(`
    mutation ProposePractice($input: ProposePracticeInput!) {
  proposePractice(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<ProposePracticeMutation, ProposePracticeMutationVariables>;
export const ProposeRegionOfficesDocument = new TypedDocumentString(`
    query ProposeRegionOffices($code: ID!) {
  region(code: $code) {
    code
    name
    offices {
      enhetsnummer
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposeRegionOfficesQuery, ProposeRegionOfficesQueryVariables>;
export const ProposeAllOfficesDocument = new TypedDocumentString(`
    query ProposeAllOffices {
  regions {
    code
    name
    offices {
      enhetsnummer
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposeAllOfficesQuery, ProposeAllOfficesQueryVariables>;
export const RegionChoicesDocument = new TypedDocumentString(`
    query RegionChoices {
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RegionChoicesQuery, RegionChoicesQueryVariables>;
export const RegionOverviewDocument = new TypedDocumentString(`
    query RegionOverview($code: String!) {
  regionOverview(code: $code) {
    region {
      code
      name
      viewerCan {
        curate
      }
    }
    spreading {
      practice {
        id
        slug
        title
      }
      inUse
      piloting
      considering
      discontinued
      newThisQuarter
    }
    bestRated {
      practice {
        id
        slug
        title
      }
      regionAverage
      regionRaters
      nationalAverage
    }
    adoptionMatrix {
      offices {
        enhetsnummer
        name
      }
      practices {
        id
        title
      }
      cells {
        office
        practiceId
        status
      }
    }
    overdueReviews {
      id
      slug
      title
      reviewDue
      originOffice {
        enhetsnummer
        name
      }
    }
    adoptionsByMonth {
      month
      started
    }
  }
}
    `) as unknown as TypedDocumentString<RegionOverviewQuery, RegionOverviewQueryVariables>;
export const RegionSearchGapsDocument = new TypedDocumentString(`
    query RegionSearchGaps($regionCode: String!, $since: DateTimeISO!) {
  searchGaps(regionCode: $regionCode, since: $since) {
    query
    count
    lastSearchedAt
  }
}
    `) as unknown as TypedDocumentString<RegionSearchGapsQuery, RegionSearchGapsQueryVariables>;
export const SearchPracticesDocument = new TypedDocumentString(`
    query SearchPractices($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int, $pageSize: Int) {
  searchPractices(
    query: $query
    filter: $filter
    sort: $sort
    page: $page
    pageSize: $pageSize
  ) {
    totalHits
    page
    hits {
      practice {
        id
        slug
        evidenceLevel
        themes
        adoptionCount
        ratingSummary {
          average
          count
          demoCount
        }
        originOffice {
          enhetsnummer
          name
        }
      }
      highlight {
        title
        summary
      }
    }
    facets {
      themes {
        value
        count
      }
      targetGroups {
        value
        count
      }
      evidenceLevels {
        value
        count
      }
      regions {
        value
        count
      }
    }
  }
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<SearchPracticesQuery, SearchPracticesQueryVariables>;