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

/** "Samlinger fra <region>" on the search page: the user's region's published collections. */
export function RegionCollections() {
  const { me } = useAuth();
  const region = me?.region;
  if (!region) return null;
  return <Collections region={region} />;
}

function Collections({ region }: { region: { code: string; name: string } }) {
  const result = useQuery(SearchPageCollectionsDocument, { regionCode: region.code });
  // Curators also get their unpublished ones: those belong on the region page, not here.
  const collections = result.data?.collections.filter((collection) => collection.published) ?? [];
  if (collections.length === 0) return null;

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
