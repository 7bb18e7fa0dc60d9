import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useParams } from 'react-router';
import type { ApiError } from '../api/errors';
import { useQuery } from '../api/operations';
import { useMe, type Me } from '../auth/auth';
import { CollectionsSection } from '../collections/CollectionsSection';
import { graphql } from '../graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { AdoptionHeatMap } from './AdoptionHeatMap';
import { AdoptionsChart } from './AdoptionsChart';
import { RegionChooser } from './RegionChooser';
import { BestRatedSection, OverdueSection, SpreadingSection } from './RegionTables';
import { SearchGaps } from './SearchGaps';
import './region.css';

const RegionOverviewDocument = graphql(`
  query RegionOverview($code: String!) {
    regionOverview(code: $code) {
      region { code name viewerCan { curate } }
      spreading {
        practice { id slug title }
        inUse
        piloting
        considering
        discontinued
        newThisQuarter
      }
      bestRated {
        practice { id slug title }
        regionAverage
        regionRaters
        nationalAverage
      }
      adoptionMatrix {
        offices { enhetsnummer name }
        practices { id title }
        cells { office practiceId status }
      }
      overdueReviews { id slug title reviewDue originOffice { enhetsnummer name } }
      adoptionsByMonth { month started }
    }
  }
`);

/** Those who may look at every region pick one on /region/velg. */
export const CHOOSE_REGION = 'velg';

export default function RegionPage() {
  const { code = '' } = useParams();
  if (code === CHOOSE_REGION) return <RegionChooser />;
  // Another region is another page: nothing of the previous one stays.
  return <RegionView key={code} code={code} />;
}

function RegionView({ code }: { code: string }) {
  const me = useMe();
  const result = useQuery(RegionOverviewDocument, { code });
  const overview = result.data?.regionOverview;
  usePageTitle(overview?.region.name ?? (result.error ? unavailable(result.error).title : undefined));

  if (!overview) {
    return result.error ? <RegionUnavailable error={result.error} retry={result.reload} me={me} /> : <Loading title="Laster fylket" />;
  }

  return (
    <VStack gap="space-48">
      <VStack gap="space-8" as="header" className="narrow">
        <Heading level="1" size="xlarge">
          {overview.region.name}
        </Heading>
        <BodyShort size="large">Hvordan praksisene sprer seg mellom kontorene i fylket, og hva kontorene leter etter.</BodyShort>
        {me.viewerCan.seeEveryRegion && (
          <BodyShort>
            <Link as={RouterLink} to={`/region/${CHOOSE_REGION}`}>
              Velg et annet fylke
            </Link>
          </BodyShort>
        )}
      </VStack>
      <SpreadingSection spreading={overview.spreading} />
      <BestRatedSection bestRated={overview.bestRated} />
      <AdoptionHeatMap matrix={overview.adoptionMatrix} />
      <AdoptionsChart months={overview.adoptionsByMonth} />
      <OverdueSection overdue={overview.overdueReviews} />
      <SearchGaps regionCode={overview.region.code} />
      <CollectionsSection region={overview.region} canCurate={overview.region.viewerCan.curate} />
    </VStack>
  );
}

function unavailable(error: ApiError) {
  if (error.code === 'FORBIDDEN') {
    return {
      title: 'Du har ikke tilgang til dette fylket',
      text: 'Oversikten over et fylke er for fylkesdirektøren i fylket, redaktørene og forskerne.',
    };
  }
  if (error.code === 'NOT_FOUND') return { title: 'Fant ikke fylket', text: 'Adressen kan være feil. Sjekk fylkesnummeret i adressen.' };
  return { title: 'Kunne ikke vise fylket', text: undefined };
}

function RegionUnavailable({ error, retry, me }: { error: ApiError; retry: () => void; me: Me }) {
  const { title, text } = unavailable(error);
  return (
    <VStack gap="space-16" align="start" className="narrow">
      <Heading level="1" size="xlarge">
        {title}
      </Heading>
      {text ? <BodyShort>{text}</BodyShort> : <LoadFailed error={error} retry={retry} />}
      {me.viewerCan.seeEveryRegion ? (
        <Link as={RouterLink} to={`/region/${CHOOSE_REGION}`}>
          Velg et fylke
        </Link>
      ) : (
        me.region?.viewerCan.seeOverview && (
          <Link as={RouterLink} to={`/region/${me.region.code}`}>
            Gå til {me.region.name}
          </Link>
        )
      )}
      <Link as={RouterLink} to="/">
        Gå til søket
      </Link>
    </VStack>
  );
}
