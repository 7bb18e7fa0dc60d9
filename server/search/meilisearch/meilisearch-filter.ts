// Meilisearch filter expressions, built only from attribute names this module owns and from values
// quoted as filter strings. No caller-supplied text is ever pasted into an expression unquoted.
//
// Meilisearch reads a double-quoted filter value up to the next unescaped `"`; inside it, `\"` stands
// for `"` and (since Meilisearch 1.4) `\\` for `\`. Escaping both makes every value one string token,
// whatever it contains: `" OR 1=1` stays the literal text `" OR 1=1`.
import { mayIncludeNeverPublished } from '../../practices/practice.policy.js';
import { PracticeStatus } from '../../practices/vocabulary.js';
import { SearchSort, type DraftAccess, type SearchFacets, type SearchFilter } from '../search.types.js';

/** Every attribute a filter may name; the index settings declare exactly these as filterable. */
export const FILTERABLE_ATTRIBUTES = [
  'themes',
  'targetGroups',
  'evidenceLevel',
  'status',
  'regionCodes',
  'officeNumbers',
  'originRegionCode',
  'authorId',
  'everPublished',
] as const;

export type FilterableAttribute = (typeof FILTERABLE_ATTRIBUTES)[number];

/** A Meilisearch `filter` in array form: every element must hold (AND). */
export type FilterClauses = string[];

export interface FacetDefinition {
  /** The facet's name in SearchFacets. */
  name: keyof SearchFacets;
  /** The document attribute counted and filtered on. */
  attribute: FilterableAttribute;
  /** The values the caller filters this facet by. */
  selected: (filter: SearchFilter) => readonly string[] | undefined;
}

/** The disjunctive facets, in the order their queries follow the hits query in a multi-search. */
export const FACETS: readonly FacetDefinition[] = [
  { name: 'themes', attribute: 'themes', selected: (filter) => filter.themes },
  { name: 'targetGroups', attribute: 'targetGroups', selected: (filter) => filter.targetGroups },
  { name: 'evidenceLevels', attribute: 'evidenceLevel', selected: (filter) => filter.evidenceLevels },
  { name: 'regions', attribute: 'regionCodes', selected: (filter) => filter.regionCodes },
];

/** A value as a Meilisearch filter string: double-quoted, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute = "value"`. */
export function equalsClause(attribute: FilterableAttribute, value: string): string {
  return `${attribute} = ${quoteFilterValue(value)}`;
}

/** `attribute IN ["a", "b"]`: the attribute (or, for arrays, any element of it) is one of the values. */
export function inClause(attribute: FilterableAttribute, values: readonly string[]): string {
  return `${attribute} IN [${unique(values).map(quoteFilterValue).join(', ')}]`;
}

/**
 * What the caller sees of the requested statuses (practice.policy.ts's canView): every published
 * practice, archived ones that were published, and what was never published (drafts, archived or
 * not) only when allowed: all of it, or the caller's own, or what comes from the caller's region.
 * Published practices never depend on `everPublished`, so an index built before that attribute
 * existed still finds them. Returns null when nothing at all is visible (no request needs to be sent).
 */
export function visibilityClause(statuses: readonly PracticeStatus[], drafts: DraftAccess): string | null {
  const requested = unique(statuses);
  if (requested.length === 0) return null;
  if (drafts.all || !mayIncludeNeverPublished(requested)) return inClause('status', requested);

  const restricted = requested.filter((status) => status !== PracticeStatus.PUBLISHED);
  const access: string[] = [];
  if (drafts.authorId !== undefined) access.push(equalsClause('authorId', drafts.authorId));
  if (drafts.regionCode !== undefined) access.push(equalsClause('originRegionCode', drafts.regionCode));

  const seen: string[] = [];
  if (requested.includes(PracticeStatus.PUBLISHED)) seen.push(inClause('status', [PracticeStatus.PUBLISHED]));
  if (requested.includes(PracticeStatus.ARCHIVED)) seen.push(`(${equalsClause('status', PracticeStatus.ARCHIVED)} AND ${equalsClause('everPublished', 'true')})`);
  if (access.length > 0) {
    const ofStatus = restricted.length === 1 ? equalsClause('status', restricted[0]) : inClause('status', restricted);
    seen.push(`(${ofStatus} AND ${anyOf(access)})`);
  }
  return seen.length > 0 ? anyOf(seen) : null;
}

/** The clauses OR-ed, in parentheses when there is more than one. */
function anyOf(clauses: readonly string[]): string {
  return clauses.length === 1 ? clauses[0] : `(${clauses.join(' OR ')})`;
}

/** The clause a facet's selected values add, or null when the caller selected none. */
export function facetClause(facet: FacetDefinition, filter: SearchFilter): string | null {
  const values = facet.selected(filter);
  return values !== undefined && values.length > 0 ? inClause(facet.attribute, values) : null;
}

/**
 * The whole filter as AND-ed clauses: visibility first, then each facet's selected values (OR-ed
 * within a facet). `except` leaves one facet's own clause out, for its disjunctive counts. Returns
 * null when nothing is visible.
 */
export function buildFilter(
  filter: SearchFilter,
  drafts: DraftAccess,
  except?: keyof SearchFacets,
): FilterClauses | null {
  const visibility = visibilityClause(filter.statuses, drafts);
  if (visibility === null) return null;
  const clauses = [visibility];
  if (filter.officeNumbers !== undefined) {
    if (filter.officeNumbers.length === 0) return null;
    clauses.push(inClause('officeNumbers', filter.officeNumbers));
  }
  for (const facet of FACETS) {
    if (facet.name === except) continue;
    const clause = facetClause(facet, filter);
    if (clause !== null) clauses.push(clause);
  }
  return clauses;
}

/**
 * The `sort` parameter for a SearchSort. Relevance sends none: the ranking rules already break ties
 * by rating, then by adoptions.
 */
export function sortFor(sort: SearchSort): string[] | undefined {
  switch (sort) {
    case SearchSort.RATING:
      return ['ratingAverage:desc', 'adoptionCount:desc'];
    case SearchSort.ADOPTIONS:
      return ['adoptionCount:desc', 'ratingAverage:desc'];
    case SearchSort.NEWEST:
      return ['createdAt:desc'];
    case SearchSort.RELEVANCE:
      return undefined;
    default: {
      const unknown: never = sort;
      throw new Error(`Unknown sort: ${String(unknown)}`);
    }
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
