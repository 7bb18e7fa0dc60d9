// Limits of the API, defined once: the server validates its input against them and the web client's
// forms check the same numbers before anything is sent. No imports, so both sides can load it.

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

export const COLLECTION_LIMITS = { titleMax: 160, descriptionMax: 5_000, noteMax: 1_000 } as const;

export const KNOWLEDGE_NEED_LIMITS = { titleMax: 160, descriptionMax: 4_000, themesMax: 6 } as const;

/** Connections (`first`). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** searchPractices. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 10_000;
export const MAX_SEARCH_PAGE_SIZE = 50;

/** Fewer distinct raters than this in a group and its numbers are not shown: they could reveal a person. */
export const MIN_RATERS = 5;
