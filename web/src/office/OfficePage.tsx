import { BodyShort, Detail, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useQuery } from '../api/operations';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { OfficeContextSection } from './OfficeContextSection';
import { OfficePractices } from './OfficePractices';
import { OfficeScorecard } from './OfficeScorecard';
import { OfficeRatings } from './OfficeRatings';
import { formatList } from '../format';

const OfficePageDocument = graphql(`
  query OfficePage($enhetsnummer: ID!, $withRatings: Boolean!) {
    office(enhetsnummer: $enhetsnummer) {
      enhetsnummer
      name
      municipalities
      region { code name }
      adoptions {
        id
        status
        since
        practice { id slug title status }
      }
      ratings(first: 20) @include(if: $withRatings) { ...OfficeRatingPageFields }
    }
  }
`);

export default function OfficePage() {
  const { enhetsnummer = '' } = useParams();
  // Another office is another page: nothing of the previous one stays.
  return <OfficeView key={enhetsnummer} enhetsnummer={enhetsnummer} />;
}

function OfficeView({ enhetsnummer }: { enhetsnummer: string }) {
  const me = useMe();
  const result = useQuery(OfficePageDocument, { enhetsnummer, withRatings: me.viewerCan.readRatings });
  const office = result.data?.office;
  const notFound = result.error?.code === 'NOT_FOUND';
  usePageTitle(office?.name ?? (notFound ? 'Fant ikke kontoret' : undefined));

  if (!office) {
    if (!result.error) return <Loading title="Laster kontoret" />;
    return (
      <VStack gap="space-16" align="start">
        <Heading level="1" size="xlarge">
          {notFound ? 'Fant ikke kontoret' : 'Kunne ikke vise kontoret'}
        </Heading>
        {notFound ? (
          <BodyShort>{`Vi fant ikke noe Nav-kontor med enhetsnummer «${enhetsnummer}». Sjekk adressen.`}</BodyShort>
        ) : (
          <LoadFailed error={result.error} retry={result.reload} />
        )}
        <Link as={RouterLink} to="/">
          Gå til søket
        </Link>
      </VStack>
    );
  }

  return (
    <VStack gap="space-40" maxWidth="60rem">
      <VStack gap="space-8" as="header">
        <Heading level="1" size="xlarge">
          {office.name}
        </Heading>
        <BodyShort size="large">{`Fylke: ${office.region.name}`}</BodyShort>
        {office.municipalities.length > 0 && (
          <BodyShort>
            {`${office.municipalities.length === 1 ? 'Kommune' : 'Kommuner'}: ${formatList(office.municipalities)}`}
          </BodyShort>
        )}
        <Detail>Enhetsnummer {office.enhetsnummer}</Detail>
      </VStack>
      <OfficeScorecard enhetsnummer={office.enhetsnummer} />
      <OfficePractices adoptions={office.adoptions} />
      <OfficeContextSection enhetsnummer={office.enhetsnummer} />
      {office.ratings && <OfficeRatings enhetsnummer={office.enhetsnummer} first={office.ratings} />}
    </VStack>
  );
}
