import { BodyLong, BodyShort, Heading, HStack, Link, Select, VStack } from '@navikt/ds-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useQuery } from '../api/operations';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { LeaderRanking } from './LeaderRanking';
import { monthsBefore } from './indicator-labels';

const ChoicesDocument = graphql(`
  query WhoSucceedsChoices {
    indicators { code name kind lastMonth }
    regions { code name }
    viewerCanImportIndicatorValues
  }
`);

const PERIODS = [6, 12, 24];

/**
 * "Hvem lykkes?": pick an outcome indicator and a period, see the offices in the region and the
 * country that do best against what their conditions predict, and the practices they use.
 */
export default function WhoSucceedsPage() {
  usePageTitle('Hvem lykkes?');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const choices = useQuery(ChoicesDocument, {});
  const data = choices.data;

  const outcomes = data?.indicators.filter((indicator) => indicator.kind === 'OUTCOME') ?? [];
  const indicator = outcomes.find((i) => i.code === params.get('indikator')) ?? outcomes[0];
  const regionCode = params.get('fylke') ?? me.region?.code ?? '';
  const region = data?.regions.find((r) => r.code === regionCode) ?? data?.regions[0];
  const months = PERIODS.includes(Number(params.get('maneder'))) ? Number(params.get('maneder')) : 12;
  const set = (name: string, value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set(name, value);
      return next;
    }, { replace: true });

  return (
    <VStack gap="space-32" maxWidth="60rem">
      <VStack gap="space-8" as="header">
        <Heading level="1" size="xlarge">
          Hvem lykkes?
        </Heading>
        <BodyLong>
          Se hvilke kontorer som får bedre resultater enn forholdene deres tilsier, og hvilke praksiser de bruker. Rangeringen bygger bare
          på resultatindikatorer (hva som skjer med brukerne), målt som faktisk verdi minus forventet verdi over perioden. Aktivitet som
          tid til aktivitetsplan rangerer ikke: på tvers av Nav-kontorer har gode aktivitetstall ikke gått sammen med bedre resultater.
        </BodyLong>
        <BodyShort size="small">
          Rangeringen beskriver hvor resultatene er bedre enn forventet, ikke hvorfor. At et kontor bruker en praksis, viser ikke at praksisen
          er årsaken.
        </BodyShort>
        {data?.viewerCanImportIndicatorValues && (
          <Link as={RouterLink} to="/hvem-lykkes/last-inn">
            Last inn indikatorverdier fra fil
          </Link>
        )}
      </VStack>

      {!data ? (
        choices.error ? <LoadFailed error={choices.error} retry={choices.reload} /> : <Loading title="Laster indikatorene" />
      ) : !indicator || !region ? (
        <BodyShort>Det finnes ingen resultatindikatorer ennå.</BodyShort>
      ) : (
        <>
          <HStack gap="space-16" wrap>
            <Select label="Resultatindikator" value={indicator.code} onChange={(event) => set('indikator', event.target.value)}>
              {outcomes.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.name}
                </option>
              ))}
            </Select>
            <Select label="Periode" value={String(months)} onChange={(event) => set('maneder', event.target.value)}>
              {PERIODS.map((count) => (
                <option key={count} value={count}>{`Siste ${count} måneder`}</option>
              ))}
            </Select>
            <Select label="Fylke" value={region.code} onChange={(event) => set('fylke', event.target.value)}>
              {data.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </Select>
          </HStack>
          {indicator.lastMonth ? (
            <LeaderRanking
              indicatorCode={indicator.code}
              regionCode={region.code}
              regionName={region.name}
              from={monthsBefore(indicator.lastMonth, months)}
              to={indicator.lastMonth}
            />
          ) : (
            <BodyShort>Indikatoren har ingen verdier ennå.</BodyShort>
          )}
        </>
      )}
    </VStack>
  );
}
