import { Alert, BodyLong, BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import type { Role } from '../graphql/graphql';
import { Loading, LoadFailed } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { DraftList } from './DraftList';

const DraftsDocument = graphql(`
  query Drafts {
    practices(first: 100, filter: { statuses: [DRAFT] }, orderBy: NEWEST) {
      totalCount
      edges {
        node {
          id
          slug
          title
          createdAt
          status
          originOffice { enhetsnummer name }
          viewerCan { publish }
        }
      }
    }
  }
`);

const INTRO: Record<Role, string> = {
  CASEWORKER: 'Praksiser du har foreslått som ennå ikke er publisert. Fylkesdirektøren i fylket ditt publiserer dem.',
  REGIONAL_DIRECTOR: 'Dine egne utkast og alle utkast fra kontorene i fylket ditt. Se over dem og publiser dem når de er klare.',
  ADMIN: 'Alle utkast i Praksisbanken, nyeste først.',
  RESEARCHER: 'Forskere leser katalogen, men foreslår ikke praksiser, og har derfor ingen utkast.',
};

export default function DraftsPage() {
  usePageTitle('Utkast');
  const me = useMe();
  return (
    <VStack gap="space-32">
      <VStack gap="space-8" className="narrow">
        <Heading level="1" size="xlarge">
          Utkast
        </Heading>
        <BodyLong>{INTRO[me.role]}</BodyLong>
      </VStack>
      {me.viewerCan.propose && <Drafts />}
    </VStack>
  );
}

function Drafts() {
  const result = useQuery(DraftsDocument, {});
  const [lastPublished, setLastPublished] = useState<{ title: string }>();
  const status = useRef<HTMLDivElement>(null);

  // The button just pressed is gone with its draft: focus the message that says what happened.
  useEffect(() => {
    if (lastPublished) status.current?.focus();
  }, [lastPublished]);

  if (!result.data) return result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Henter utkastene" />;
  const { edges, totalCount } = result.data.practices;
  // A draft just published leaves the list at once; the list asks the API again behind it.
  const drafts = edges.map((edge) => edge.node).filter((draft) => draft.status === 'DRAFT');
  const published = edges.length - drafts.length;

  return (
    <VStack gap="space-24">
      <div role="status" ref={status} tabIndex={-1} className="narrow">
        {lastPublished && <Alert variant="success">«{lastPublished.title}» er publisert</Alert>}
      </div>
      {drafts.length === 0 ? (
        <VStack gap="space-8" align="start">
          <Heading level="2" size="medium">
            Ingen utkast
          </Heading>
          <Link as={RouterLink} to="/foresla">
            Foreslå en praksis
          </Link>
        </VStack>
      ) : (
        <VStack gap="space-16">
          <BodyShort weight="semibold">
            {totalCount > edges.length
              ? `Viser de ${drafts.length} nyeste av ${totalCount - published} utkast`
              : `${drafts.length} utkast`}
          </BodyShort>
          <DraftList drafts={drafts} onPublished={(draft) => setLastPublished({ title: draft.title })} />
        </VStack>
      )}
    </VStack>
  );
}
