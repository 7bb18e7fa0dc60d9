import { useMorePages, useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { KnowledgeNeedOrder } from '../graphql/graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { PagedList } from '../practice/PagedList';
import { NeedCard, type Need } from './NeedCard';

const KnowledgeNeedsDocument = graphql(`
  query KnowledgeNeeds($regionCode: String, $orderBy: KnowledgeNeedOrder!, $after: String) {
    knowledgeNeeds(regionCode: $regionCode, orderBy: $orderBy, first: 20, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges { node { ...KnowledgeNeedFields } }
    }
  }
`);

interface Props {
  orderBy: KnowledgeNeedOrder;
  regionCode: string | undefined;
  posted: Need[];
}

/** The needs, 20 at a time with "Vis flere"; the ones just posted first. */
export function NeedList({ orderBy, regionCode, posted }: Props) {
  const result = useQuery(KnowledgeNeedsDocument, { regionCode, orderBy });
  const first = result.data?.knowledgeNeeds;
  const more = useMorePages(KnowledgeNeedsDocument, { regionCode, orderBy }, (data) => data.knowledgeNeeds, first?.pageInfo.endCursor);
  if (!first) return result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Henter kunnskapsbehovene" />;

  const pages = [first, ...more.pages];
  const last = pages[pages.length - 1]!;
  // A need that moved up a page while the pages were loaded is shown once.
  const loadedById = new Map(pages.flatMap((page) => page.edges.map((edge) => [edge.node.id, edge.node] as const)));
  const loaded = [...loadedById.values()];
  const loadedIds = new Set(loadedById.keys());
  const postedIds = new Set(posted.map((need) => need.id));
  const fresh = posted.filter((need) => !loadedIds.has(need.id));
  // A posted need the list has loaded too is shown as the list has it: the cache keeps that one current.
  const needs = [...posted.map((need) => loadedById.get(need.id) ?? need), ...loaded.filter((need) => !postedIds.has(need.id))];

  return (
    <PagedList
      items={needs.map((need) => ({ id: need.id, content: <NeedCard need={need} /> }))}
      totalCount={first.totalCount + fresh.length}
      hasNextPage={last.pageInfo.hasNextPage}
      busy={more.busy}
      error={more.error}
      onMore={more.loadMore}
      empty={regionCode ? 'Ingen behov er meldt inn fra fylket ennå.' : 'Ingen behov er meldt inn ennå.'}
    />
  );
}
