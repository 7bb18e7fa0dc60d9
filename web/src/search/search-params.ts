// The whole search lives in the URL, so a link reproduces it and back/forward work.
import type { EvidenceLevel, PracticeSearchFilter, SearchSort, TargetGroup, Theme } from '../graphql/graphql';

export const PAGE_SIZE = 20;

export interface SearchState {
  query: string;
  themes: Theme[];
  targetGroups: TargetGroup[];
  evidenceLevels: EvidenceLevel[];
  regionCodes: string[];
  /** Only practices used by the offices most like the user's own. */
  likeMyOffice: boolean;
  sort: SearchSort;
  page: number;
}

export const FACET_PARAMS = {
  themes: 'tema',
  targetGroups: 'malgruppe',
  evidenceLevels: 'kunnskap',
  regionCodes: 'region',
} as const;

export type FacetKey = keyof typeof FACET_PARAMS;

const LIKE_MY_OFFICE_PARAM = 'som-mitt-kontor';

const SORTS: SearchSort[] = ['RELEVANCE', 'RATING', 'ADOPTIONS', 'NEWEST'];

export function readSearch(params: URLSearchParams): SearchState {
  const sort = params.get('sorter') as SearchSort | null;
  const page = Number(params.get('side'));
  return {
    query: params.get('q') ?? '',
    themes: params.getAll(FACET_PARAMS.themes) as Theme[],
    targetGroups: params.getAll(FACET_PARAMS.targetGroups) as TargetGroup[],
    evidenceLevels: params.getAll(FACET_PARAMS.evidenceLevels) as EvidenceLevel[],
    regionCodes: params.getAll(FACET_PARAMS.regionCodes),
    likeMyOffice: params.get(LIKE_MY_OFFICE_PARAM) === 'ja',
    sort: sort && SORTS.includes(sort) ? sort : 'RELEVANCE',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of Object.keys(FACET_PARAMS) as FacetKey[]) {
    for (const value of state[key]) params.append(FACET_PARAMS[key], value);
  }
  if (state.likeMyOffice) params.set(LIKE_MY_OFFICE_PARAM, 'ja');
  if (state.sort !== 'RELEVANCE') params.set('sorter', state.sort);
  if (state.page > 1) params.set('side', String(state.page));
  return params;
}

/** `myOffice`: the user's office, for "used by offices like mine". */
export function filterOf(state: SearchState, myOffice?: string): PracticeSearchFilter {
  return {
    themes: state.themes,
    targetGroups: state.targetGroups,
    evidenceLevels: state.evidenceLevels,
    regionCodes: state.regionCodes,
    ...(state.likeMyOffice && myOffice ? { usedByOfficesLike: myOffice } : {}),
  };
}

export const hasFilters = (state: SearchState) =>
  state.themes.length + state.targetGroups.length + state.evidenceLevels.length + state.regionCodes.length > 0 || state.likeMyOffice;
