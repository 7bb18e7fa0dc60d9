import { Alert, BodyLong, BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { request } from '../api/client';
import { useQuery } from '../api/useQuery';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import type { Role } from '../graphql/graphql';
import { Loading, LoadFailed } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { DraftList, type Draft } from './DraftList';

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
          originOffice { name }
          viewerCan { publish }
        }
      }
    }
  }
`);

const PublishPracticeDocument = graphql(`
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      id
      slug
      status
    }
  }
`);

const INTRO: Record<Role, string> = {
  CASEWORKER: 'Praksiser du har foreslått som ennå ikke er publisert. Fylkesdirektøren i regionen din publiserer dem.',
  REGIONAL_DIRECTOR: 'Dine egne utkast og alle utkast fra kontorene i regionen din. Se over dem og publiser dem når de er klare.',
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
  const [published, setPublished] = useState<Set<string>>(() => new Set());
  const [lastPublished, setLastPublished] = useState<{ title: string }>();
  const status = useRef<HTMLDivElement>(null);

  // The button just pressed is gone with its draft: focus the message that says what happened.
  useEffect(() => {
    if (lastPublished) status.current?.focus();
  }, [lastPublished]);

  const publish = async (draft: Draft) => {
    await request(PublishPracticeDocument, { id: draft.id });
    setPublished((previous) => new Set(previous).add(draft.id));
    setLastPublished({ title: draft.title });
  };

  if (result.status === 'error') return <LoadFailed error={result.error} retry={result.reload} />;
  if (!result.data) return <Loading title="Henter utkastene" />;
  const { edges, totalCount } = result.data.practices;
  const drafts = edges.map((edge) => edge.node).filter((draft) => !published.has(draft.id));

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
              ? `Viser de ${edges.length} nyeste av ${totalCount - published.size} utkast`
              : `${drafts.length} utkast`}
          </BodyShort>
          <DraftList drafts={drafts} onPublish={publish} />
        </VStack>
      )}
    </VStack>
  );
}
