import { useState } from 'react';
import { request } from '../api/client';
import { useQuery } from '../api/useQuery';
import { graphql } from '../graphql';
import type { KnowledgeNeedOrder, KnowledgeNeedsQuery } from '../graphql/graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { PagedList } from '../practice/PagedList';
import { useLoadMore } from '../practice/useLoadMore';
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

type Page = KnowledgeNeedsQuery['knowledgeNeeds'];

interface Props {
  orderBy: KnowledgeNeedOrder;
  regionCode: string | undefined;
  posted: Need[];
}

/** The needs, 20 at a time with "Vis flere"; the ones just posted first. */
export function NeedList({ orderBy, regionCode, posted }: Props) {
  const result = useQuery(KnowledgeNeedsDocument, { regionCode, orderBy });
  const [more, setMore] = useState<Page[]>([]);
  const loader = useLoadMore(
    async (after) => (await request(KnowledgeNeedsDocument, { regionCode, orderBy, after })).knowledgeNeeds,
    (page) => setMore((pages) => [...pages, page]),
  );

  const first = result.data?.knowledgeNeeds;
  if (!first) return result.status === 'error' ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Henter kunnskapsbehovene" />;

  const pages = [first, ...more];
  const last = pages[pages.length - 1]!;
  const loaded = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  const loadedIds = new Set(loaded.map((need) => need.id));
  const postedIds = new Set(posted.map((need) => need.id));
  const fresh = posted.filter((need) => !loadedIds.has(need.id));
  const needs = [...posted, ...loaded.filter((need) => !postedIds.has(need.id))];

  return (
    <PagedList
      items={needs.map((need) => ({ id: need.id, content: <NeedCard need={need} /> }))}
      totalCount={first.totalCount + fresh.length}
      hasNextPage={last.pageInfo.hasNextPage}
      busy={loader.busy}
      error={loader.error}
      onMore={() => loader.loadMore(last.pageInfo.endCursor)}
      empty={regionCode ? 'Ingen behov er meldt inn fra regionen ennå.' : 'Ingen behov er meldt inn ennå.'}
    />
  );
}
