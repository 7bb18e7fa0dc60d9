import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { ApiError } from '../api/errors';
import { LoadFailed } from '../layout/PageState';

// The API answers a draft the user may not see as one that does not exist, so the page says both.
const NOT_FOUND = {
  title: 'Fant ikke praksisen',
  text:
    'Adressen kan være feil, praksisen kan ha fått nytt navn, eller den er et utkast som ikke er publisert. ' +
    'Et utkast kan bare ses av den som foreslo det, fylkesdirektøren i fylket og redaktørene.',
};

const pageFor = (error: ApiError) => (error.code === 'NOT_FOUND' ? NOT_FOUND : undefined);

/** The page title (and h1) when the practice cannot be shown. */
export const unavailableTitle = (error: ApiError) => pageFor(error)?.title ?? 'Kunne ikke vise praksisen';

/** When the practice cannot be shown: not found (or a draft the user may not see), or another failure. */
export function PracticeUnavailable({ error, retry }: { error: ApiError; retry: () => void }) {
  const page = pageFor(error);
  return (
    <VStack gap="space-16" align="start">
      <Heading level="1" size="xlarge">
        {unavailableTitle(error)}
      </Heading>
      {page ? <BodyShort>{page.text}</BodyShort> : <LoadFailed error={error} retry={retry} />}
      <Link as={RouterLink} to="/">
        Gå til søket
      </Link>
    </VStack>
  );
}
