import { BodyShort, Heading, Link, List, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';

const RegionChoicesDocument = graphql(`
  query RegionChoices {
    regions { code name }
  }
`);

/** "Velg fylke": for editors and researchers, who may see every region's overview. */
export function RegionChooser() {
  usePageTitle('Velg fylke');
  const result = useQuery(RegionChoicesDocument, {});
  return (
    <VStack gap="space-24" className="narrow">
      <VStack gap="space-8">
        <Heading level="1" size="xlarge">
          Velg fylke
        </Heading>
        <BodyShort>Se hvordan praksisene sprer seg i fylket, og fylkets samlinger.</BodyShort>
      </VStack>
      {result.error && <LoadFailed error={result.error} retry={result.reload} />}
      {!result.data && !result.error && <Loading title="Henter fylkene" />}
      {result.data && (
        <List>
          {result.data.regions.map((region) => (
            <List.Item key={region.code}>
              <Link as={RouterLink} to={`/region/${region.code}`}>
                {region.name}
              </Link>
            </List.Item>
          ))}
        </List>
      )}
    </VStack>
  );
}
