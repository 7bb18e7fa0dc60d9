import { Alert, BodyLong, BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '../api/operations';
import { useMe, type Me } from '../auth/auth';
import { graphql } from '../graphql';
import { Loading, LoadFailed } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import type { OfficeGroup } from './OfficeSelect';
import { PracticeForm } from './PracticeForm';
import { emptyPractice, proposeInput, type PracticeValues } from './practice-values';

const ProposePracticeDocument = graphql(`
  mutation ProposePractice($input: ProposePracticeInput!) {
    proposePractice(input: $input) {
      id
      slug
    }
  }
`);

const RegionOfficesDocument = graphql(`
  query ProposeRegionOffices($code: ID!) {
    region(code: $code) {
      code
      name
      offices { enhetsnummer name }
    }
  }
`);

const AllOfficesDocument = graphql(`
  query ProposeAllOffices {
    regions {
      code
      name
      offices { enhetsnummer name }
    }
  }
`);

export default function ProposePage() {
  usePageTitle('Foreslå en praksis');
  const me = useMe();
  return (
    <VStack gap="space-32">
      <VStack gap="space-8" className="narrow">
        <Heading level="1" size="xlarge">
          Foreslå en praksis
        </Heading>
        {me.viewerCan.propose && (
          <BodyLong>
            Del en arbeidsmåte som virker, så andre Nav-kontorer kan lære av den. Praksisen lagres som utkast og blir synlig for
            alle når fylkesdirektøren eller en redaktør har publisert den.
          </BodyLong>
        )}
      </VStack>
      <ProposeFor me={me} />
    </VStack>
  );
}

/** The form, for the offices the user may propose for. */
function ProposeFor({ me }: { me: Me }) {
  if (!me.viewerCan.propose) return <MayNotPropose me={me} />;
  switch (me.viewerCan.actFor) {
    case 'ALL':
      return <ProposeForAnyOffice preselect={me.office?.enhetsnummer} />;
    case 'REGION':
      return me.region ? <ProposeInRegion code={me.region.code} preselect={me.office?.enhetsnummer} /> : <NoOffice />;
    case 'OWN_OFFICE':
      return me.office ? (
        <VStack gap="space-24">
          <BodyShort weight="semibold">Praksisen registreres fra {me.office.name}</BodyShort>
          <ProposeForm />
        </VStack>
      ) : (
        <NoOffice />
      );
    case 'NONE':
      return <NoOffice />;
  }
}

function MayNotPropose({ me }: { me: Me }) {
  return (
    <Alert variant="info" className="narrow">
      {me.role === 'RESEARCHER'
        ? 'Som forsker kan du lese og hente ut alt i Praksisbanken, men ikke foreslå eller endre praksiser.'
        : 'Du kan lese alt i Praksisbanken, men ikke foreslå eller endre praksiser.'}
    </Alert>
  );
}

function NoOffice() {
  return (
    <Alert variant="warning" className="narrow">
      Brukeren din er ikke knyttet til et Nav-kontor eller et fylke, så du kan ikke foreslå en praksis ennå. Ta kontakt med en
      redaktør i Praksisbanken.
    </Alert>
  );
}

/** A director proposes on behalf of an office of their region. */
function ProposeInRegion({ code, preselect }: { code: string; preselect?: string }) {
  const result = useQuery(RegionOfficesDocument, { code });
  if (!result.data) return result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Henter kontorene i fylket" />;
  const region = result.data.region;
  return <ProposeForm offices={[{ label: region.name, offices: region.offices }]} preselect={preselect} />;
}

/** An editor proposes on behalf of any office. */
function ProposeForAnyOffice({ preselect }: { preselect?: string }) {
  const result = useQuery(AllOfficesDocument, {});
  if (!result.data) return result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Henter kontorene" />;
  const groups = result.data.regions.map((region) => ({ label: region.name, offices: region.offices }));
  return <ProposeForm offices={groups} preselect={preselect} />;
}

function ProposeForm({ offices, preselect }: { offices?: OfficeGroup[]; preselect?: string }) {
  const navigate = useNavigate();
  const proposePractice = useMutation(ProposePracticeDocument);
  const known = offices?.some((group) => group.offices.some((office) => office.enhetsnummer === preselect));
  const save = async (values: PracticeValues) => {
    const data = await proposePractice.run({ input: proposeInput(values) });
    navigate(`/praksis/${data.proposePractice.slug}`, { state: { saved: 'Praksisen er lagret som utkast.' } });
  };
  return (
    <PracticeForm
      initial={emptyPractice(known ? preselect : '')}
      submitLabel="Lagre som utkast"
      cancelTo="/"
      offices={offices}
      onSubmit={save}
    />
  );
}
