import { HGrid, Heading, LinkCard, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { useAuth } from '../auth/auth';
import { graphql } from '../graphql';
import { itemCount } from './item-count';

const SearchPageCollectionsDocument = graphql(`
  query SearchPageCollections($regionCode: String!) {
    collections(regionCode: $regionCode) {
      id
      title
      published
      items { id }
    }
  }
`);

type Region = { code: string; name: string };

export interface RegionCollectionsResult {
  region: Region | null;
  /** The fylke's published collections; empty while they load. */
  collections: { id: string; title: string; items: { id: string }[] }[];
  /** True once the API has answered (or failed). */
  settled: boolean;
}

/**
 * The user's fylke's published collections, asked for beside the search. The search page shows them
 * above its results and waits for both: results shown first would be pushed down when these arrive.
 */
export function useRegionCollections(): RegionCollectionsResult {
  const { me } = useAuth();
  const region = me?.region ?? null;
  const result = useQuery(SearchPageCollectionsDocument, { regionCode: region?.code ?? '' }, { pause: !region });
  // Curators also get their unpublished ones: those belong on the fylke page, not here.
  const collections = result.data?.collections.filter((collection) => collection.published) ?? [];
  return { region, collections, settled: !region || Boolean(result.data) || Boolean(result.error) };
}

/** "Samlinger fra <fylke>" on the search page. */
export function RegionCollections({ region, collections }: RegionCollectionsResult) {
  if (!region || collections.length === 0) return null;

  return (
    <VStack as="section" aria-labelledby="samlinger-fra-regionen" gap="space-12">
      <Heading level="2" size="medium" id="samlinger-fra-regionen">
        {`Samlinger fra ${region.name}`}
      </Heading>
      <HGrid as="ul" className="plain-list" columns={{ xs: 1, sm: 2, lg: 3 }} gap="space-16">
        {collections.map((collection) => (
          <li key={collection.id}>
            <LinkCard size="small">
              <LinkCard.Title as="h3">
                <LinkCard.Anchor asChild>
                  <RouterLink to={`/samling/${collection.id}`}>{collection.title}</RouterLink>
                </LinkCard.Anchor>
              </LinkCard.Title>
              <LinkCard.Description>{itemCount(collection.items.length)}</LinkCard.Description>
            </LinkCard>
          </li>
        ))}
      </HGrid>
    </VStack>
  );
}
