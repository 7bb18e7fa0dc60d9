// What ratingStats groups by. Plain, without GraphQL decorators, so that modules loaded before the
// schema (the query cost limit) can use it; rating-stats.types.ts registers it for GraphQL.
export enum RatingDimension {
  REGION = 'REGION',
  OFFICE = 'OFFICE',
  THEME = 'THEME',
  EVIDENCE_LEVEL = 'EVIDENCE_LEVEL',
  PRACTICE = 'PRACTICE',
  MONTH = 'MONTH',
}
