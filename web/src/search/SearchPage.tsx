import { Alert, Button, Heading, HGrid, HStack, List, Loader, Pagination, Search, Select, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { MAX_QUERY_LENGTH } from '../../../schema/limits';
import { useQuery } from '../api/operations';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import type { SearchSort } from '../graphql/graphql';
import { SORT } from '../labels';
import { RegionCollections, useRegionCollections } from '../collections/RegionCollections';
import { LoadFailed } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { Facets } from './Facets';
import { ResultsHeading, usePagingFocus } from './ResultsHeading';
import { SearchHits } from './SearchHits';
import { filterOf, hasFilters, PAGE_SIZE, type SearchState } from './search-params';
import { useSearchState } from './useSearchState';

const SearchDocument = graphql(`
  query SearchPractices($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int, $pageSize: Int) {
    searchPractices(query: $query, filter: $filter, sort: $sort, page: $page, pageSize: $pageSize) {
      totalHits
      page
      hits {
        practice {
          id
          slug
          evidenceLevel
          themes
          adoptionCount
          ratingSummary { average count demoCount }
          originOffice { enhetsnummer name }
        }
        highlight { title summary }
      }
      facets {
        themes { value count }
        targetGroups { value count }
        evidenceLevels { value count }
        regions { value count }
      }
    }
    regions { code name }
  }
`);

const TYPING_PAUSE_MS = 250;

export default function SearchPage() {
  const me = useMe();
  usePageTitle('Søk i praksiser');
  const { url, shown, change, current } = useSearchState();
  const [text, setText] = useState(url.query);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const typed = useRef(url.query);
  /** The query this page last wrote to the URL: its echo must not undo what was typed since. */
  const written = useRef(url.query);

  // Back, forward and links change the URL: the field follows. Our own writes do not count.
  useEffect(() => {
    if (url.query === written.current) return;
    written.current = url.query;
    typed.current = url.query;
    setText(url.query);
  }, [url.query]);
  // Leaving the page drops a search still waiting for the typing pause.
  useEffect(() => () => clearTimeout(typing.current), []);

  /**
   * Every change starts from the URL as it is now, and carries what has been typed so far: a filter
   * chosen during the typing pause keeps the words, and the pause's timer is then not needed.
   */
  const update = (changes: Partial<SearchState>, options: { replace?: boolean } = {}) => {
    clearTimeout(typing.current);
    const next = { ...current(), query: typed.current.trim(), page: 1, ...changes };
    written.current = next.query;
    change(next, options);
  };

  const onType = (value: string) => {
    setText(value);
    typed.current = value;
    clearTimeout(typing.current);
    const searchPage = window.location.pathname;
    typing.current = setTimeout(() => {
      // A click on a hit may already be taking the user elsewhere.
      if (window.location.pathname === searchPage) update({}, { replace: true });
    }, TYPING_PAUSE_MS);
  };

  const result = useQuery(SearchDocument, {
    query: url.query,
    filter: filterOf(url, me.office?.enhetsnummer),
    sort: url.sort,
    page: url.page,
    pageSize: PAGE_SIZE,
  });
  const regionCollections = useRegionCollections();
  const data = result.data;
  // True from the first answer on: later searches update the page in place.
  const [answered, setAnswered] = useState(false);
  if (!answered && regionCollections.settled && (data || result.error)) setAnswered(true);
  const search = data?.searchPractices;
  const regionNames = new Map(data?.regions.map((region) => [region.code, region.name]));
  const pages = search ? Math.max(1, Math.ceil(search.totalHits / PAGE_SIZE)) : 1;
  const { heading, paging, pageRequested } = usePagingFocus(search?.page);

  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <Heading level="1" size="xlarge">
          Finn arbeidsmåter som virker
        </Heading>
        <form role="search" className="search-form" onSubmit={(event) => (event.preventDefault(), update({}))}>
          <Search
            label="Søk i praksiser"
            description="For eksempel «IPS», «ungdom» eller «arbeidsgiver». Du kan skrive deler av ord."
            variant="primary"
            value={text}
            onChange={onType}
            onClear={() => onType('')}
            maxLength={MAX_QUERY_LENGTH}
          />
        </form>
      </VStack>
      <RegionCollections {...regionCollections} />
      {/* The first answer shows whole: facets filled in, hits and the collections above them. Shown in
          parts, each part would push the next one down as it arrived. */}
      {!answered ? (
        <Loader size="large" title="Henter praksiser" />
      ) : (
        <HGrid columns={{ xs: 1, md: '18rem 1fr' }} gap="space-32" align="start">
          <Facets state={shown} facets={search?.facets} regionNames={regionNames} hasOffice={Boolean(me.office)} onChange={(changes) => update(changes)} />
          <VStack gap="space-24">
            <HStack justify="space-between" align="end" gap="space-16">
              <ResultsHeading totalHits={search?.totalHits} page={search?.page ?? 1} pages={pages} paging={paging} headingRef={heading} />
              <Select label="Sorter etter" size="small" value={shown.sort} onChange={(event) => update({ sort: event.target.value as SearchSort })}>
                {(Object.keys(SORT) as SearchSort[]).map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT[sort]}
                  </option>
                ))}
              </Select>
            </HStack>
            {result.error && <LoadFailed error={result.error} retry={result.reload} />}
            {search && search.totalHits === 0 && (
              <NoHits query={url.query} filtered={hasFilters(url)} clearFilters={() => update({ themes: [], targetGroups: [], evidenceLevels: [], regionCodes: [], likeMyOffice: false })} />
            )}
            {search && search.hits.length > 0 && <SearchHits hits={search.hits} busy={result.fetching} />}
            {search && pages > 1 && (
              <Pagination
                page={Math.min(shown.page, pages)}
                count={pages}
                onPageChange={(page) => {
                  pageRequested(page);
                  change({ ...current(), page });
                }}
                aria-label="Sider med treff"
                size="small"
              />
            )}
          </VStack>
        </HGrid>
      )}
    </VStack>
  );
}

function NoHits({ query, filtered, clearFilters }: { query: string; filtered: boolean; clearFilters: () => void }) {
  return (
    <Alert variant="info">
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {query ? `Ingen praksiser passet til «${query}»` : 'Ingen praksiser passet til filtrene'}
        </Heading>
        <List size="small">
          <List.Item>Sjekk stavemåten, eller skriv bare begynnelsen av ordet.</List.Item>
          <List.Item>Prøv et annet ord eller en forkortelse, for eksempel «IPS», «KVP» eller «AAP».</List.Item>
          {filtered && <List.Item>Fjern noen av filtrene.</List.Item>}
        </List>
        {filtered && (
          <div>
            <Button size="small" variant="secondary" onClick={clearFilters}>
              Fjern alle filtre
            </Button>
          </div>
        )}
      </VStack>
    </Alert>
  );
}
