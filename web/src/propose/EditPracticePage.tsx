import { Alert, BodyShort, Heading, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../api/errors';
import { useMutation, useQuery } from '../api/operations';
import { useMe, type Me } from '../auth/auth';
import { graphql } from '../graphql';
import type { EditPracticeQuery } from '../graphql/graphql';
import { PRACTICE_STATUS } from '../labels';
import { Loading, LoadFailed } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { PracticeForm } from './PracticeForm';
import { updateInput, valuesOf, type PracticeValues } from './practice-values';

const EditPracticeDocument = graphql(`
  query EditPractice($slug: String!) {
    practice(slug: $slug) {
      id
      slug
      status
      title
      summary
      description
      themes
      targetGroups
      evidenceLevel
      responsibility
      reviewDue
      outcomes { ...OutcomeFields }
      links { title url }
      viewerCan { edit }
    }
  }
`);

const UpdatePracticeDocument = graphql(`
  mutation UpdatePractice($id: ID!, $input: UpdatePracticeInput!) {
    updatePractice(id: $id, input: $input) {
      id
      slug
    }
  }
`);

type EditablePractice = EditPracticeQuery['practice'];

export default function EditPracticePage() {
  const { slug = '' } = useParams();
  const me = useMe();
  const result = useQuery(EditPracticeDocument, { slug });
  const practice = result.data?.practice;
  usePageTitle(practice ? `Rediger «${practice.title}»` : 'Rediger praksis');

  return (
    <VStack gap="space-32">
      <VStack gap="space-8" className="narrow">
        <Heading level="1" size="xlarge">
          Rediger praksis
        </Heading>
        {practice && (
          <HStack gap="space-8" align="center">
            <BodyShort weight="semibold">{practice.title}</BodyShort>
            <Tag size="small" variant={practice.status === 'DRAFT' ? 'warning' : 'neutral'}>
              {PRACTICE_STATUS[practice.status]}
            </Tag>
          </HStack>
        )}
      </VStack>
      {result.error && !practice ? (
        <CannotLoad error={result.error} slug={slug} retry={result.reload} />
      ) : !practice ? (
        <Loading title="Henter praksisen" />
      ) : (
        <EditOrRefuse me={me} practice={practice} />
      )}
    </VStack>
  );
}

function EditOrRefuse({ me, practice }: { me: Me; practice: EditablePractice }) {
  const navigate = useNavigate();
  const updatePractice = useMutation(UpdatePracticeDocument);
  if (!practice.viewerCan.edit) {
    return (
      <VStack gap="space-16" align="start" className="narrow">
        <Alert variant="info">{whyNot(me)}</Alert>
        <BackLink slug={practice.slug} />
      </VStack>
    );
  }
  const save = async (values: PracticeValues) => {
    const data = await updatePractice.run({ id: practice.id, input: updateInput(values) });
    navigate(`/praksis/${data.updatePractice.slug}`, { state: { saved: 'Endringene er lagret.' } });
  };
  return (
    <PracticeForm initial={valuesOf(practice)} submitLabel="Lagre endringer" cancelTo={`/praksis/${practice.slug}`} onSubmit={save} />
  );
}

/** The API refuses these edits anyway; saying so before someone fills in the form is kinder. */
function whyNot(me: Me): string {
  switch (me.role) {
    case 'RESEARCHER':
      return 'Som forsker kan du lese alt i Praksisbanken, men ikke endre praksiser.';
    case 'CASEWORKER':
      return 'Du kan bare endre dine egne utkast. Denne praksisen er allerede publisert.';
    case 'REGIONAL_DIRECTOR':
      return 'Du kan bare endre praksiser som kommer fra et kontor i ditt fylke.';
    default:
      return 'Du kan ikke endre denne praksisen.';
  }
}

function CannotLoad({ error, slug, retry }: { error: ApiError; slug: string; retry: () => void }) {
  const final = error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN';
  return (
    <VStack gap="space-16" align="start" className="narrow">
      <LoadFailed error={error} retry={final ? undefined : retry} />
      {final ? (
        <Link as={RouterLink} to="/">
          Gå til søket
        </Link>
      ) : (
        <BackLink slug={slug} />
      )}
    </VStack>
  );
}

function BackLink({ slug }: { slug: string }) {
  return (
    <Link as={RouterLink} to={`/praksis/${slug}`}>
      Tilbake til praksisen
    </Link>
  );
}
