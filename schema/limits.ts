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
  followUpMonthsMax: 600,
  /** An indicator's code (migration indicators: ^[A-Z][A-Z0-9_]{1,39}$). */
  indicatorCodeMax: 40,
} as const;

export const RATING_LIMITS = {
  scoreMin: 1,
  scoreMax: 5,
  commentMax: 2_000,
} as const;

/** setAdoption: why an office stopped, and how it works with a practice. */
export const ADOPTION_LIMITS = { reasonMax: 1_000, noteMax: 2_000 } as const;

export const COLLECTION_LIMITS = { titleMax: 160, descriptionMax: 5_000, noteMax: 1_000 } as const;

export const KNOWLEDGE_NEED_LIMITS = { titleMax: 160, descriptionMax: 4_000, themesMax: 6 } as const;

/** Connections (`first`). */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** searchPractices. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 10_000;
export const MAX_SEARCH_PAGE_SIZE = 50;
/** No page reaches past this many hits (Meilisearch's pagination.maxTotalHits: it answers nothing beyond). */
export const MAX_SEARCH_HITS = 100_000;

/** Fewer distinct raters than this in a group and its numbers are not shown: they could reveal a person. */
export const MIN_RATERS = 5;

/** Result indicators: periods, rankings, "offices like mine" and the CSV import. */
export const INDICATOR_LIMITS = {
  /** Longest period a scorecard, ranking or comparison covers, in months. */
  periodMaxMonths: 60,
  /** A ranking counts an office only with values for at least this many months of the period (or all of a shorter one). */
  minMonthsDefault: 6,
  leadersMax: 50,
  /** Practices listed per leading office: those fewest others in its region use. */
  practicesPerLeader: 10,
  similarOfficesMax: 20,
  /** How many of the nearest offices are "offices like mine" (search filter, practice page). */
  officesLikeMine: 10,
  /** Characters of CSV in one import, below the request body limit of 1 MiB. */
  importMaxChars: 900_000,
  importMaxRows: 30_000,
  /** Row errors listed in one answer; the count says how many there were in all. */
  importErrorsListed: 100,
  /** Largest absolute value accepted for actual and expected. */
  valueMax: 1_000_000_000,
} as const;
