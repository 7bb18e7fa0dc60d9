// Limits of practice and rating texts, defined once for the server's validation and the web
// client's forms.
export const PRACTICE_LIMITS = {
  titleMax: 160,
  summaryMax: 600,
  descriptionMax: 20_000,
  themesMax: 6,
  targetGroupsMax: 6,
  outcomesMax: 20,
  linksMax: 20,
  textMax: 500,
  unitMax: 40,
  urlMax: 2_000,
  yearMin: 1900,
  yearMax: 2100,
} as const;

export const RATING_LIMITS = {
  scoreMin: 1,
  scoreMax: 5,
  commentMax: 2_000,
} as const;
