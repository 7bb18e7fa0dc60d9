import { BodyShort, Box, Detail, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import { formatDate } from '../format';
import { LoadFailed, Loading } from '../layout/PageState';
import { itemCount } from './item-count';
import { NewCollectionForm } from './NewCollectionForm';

const RegionCollectionListDocument = graphql(`
  query RegionCollectionList($regionCode: String!) {
    collections(regionCode: $regionCode) {
      id
      title
      published
      publishedAt
      createdAt
      items { id }
    }
  }
`);

/** "Samlinger": the region's collections (curators also see unpublished ones), and "Ny samling". */
export function CollectionsSection({ region, canCurate }: { region: { code: string; name: string }; canCurate: boolean }) {
  const result = useQuery(RegionCollectionListDocument, { regionCode: region.code });
  const collections = result.data?.collections;

  return (
    <VStack as="section" aria-labelledby="samlinger" gap="space-16">
      <VStack gap="space-4">
        <Heading level="2" size="medium" id="samlinger">
          Samlinger
        </Heading>
        <BodyShort className="narrow">
          {canCurate
            ? 'Gode eksempler fra fylket, satt sammen og kommentert. Publiserte samlinger vises for alle i fylket på søkesiden.'
            : 'Gode eksempler fra fylket, satt sammen og kommentert av fylkesdirektøren.'}
        </BodyShort>
      </VStack>
      {result.error && <LoadFailed error={result.error} retry={result.reload} />}
      {!collections && !result.error && <Loading title="Henter samlingene" />}
      {collections && collections.length === 0 && <BodyShort>Fylket har ingen samlinger ennå.</BodyShort>}
      {collections && collections.length > 0 && (
        <ul className="plain-list narrow" aria-labelledby="samlinger">
          {collections.map((collection) => (
            <li key={collection.id}>
              <Box padding="space-16" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
                <VStack gap="space-4">
                  <HStack gap="space-8" align="center">
                    <Heading level="3" size="small">
                      <Link as={RouterLink} to={`/samling/${collection.id}`}>
                        {collection.title}
                      </Link>
                    </Heading>
                    {!collection.published && (
                      <Tag variant="moderate" data-color="warning" size="small">
                        Upublisert
                      </Tag>
                    )}
                  </HStack>
                  <Detail>
                    {`${itemCount(collection.items.length)} · ${
                      collection.publishedAt ? `publisert ${formatDate(collection.publishedAt)}` : `opprettet ${formatDate(collection.createdAt)}`
                    }`}
                  </Detail>
                </VStack>
              </Box>
            </li>
          ))}
        </ul>
      )}
      {canCurate && <NewCollectionForm regionCode={region.code} />}
    </VStack>
  );
}
