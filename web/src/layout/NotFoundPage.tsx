import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  usePageTitle('Fant ikke siden');
  return (
    <VStack gap="space-16">
      <Heading level="1" size="xlarge">
        Fant ikke siden
      </Heading>
      <BodyShort>Adressen kan være feil, eller siden kan være flyttet.</BodyShort>
      <Link as={RouterLink} to="/">
        Gå til søket
      </Link>
    </VStack>
  );
}
