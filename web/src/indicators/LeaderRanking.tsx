import { BodyShort, Box, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { LeadersFieldsFragment } from '../graphql/graphql';
import { LoadFailed, Loading } from '../layout/PageState';
import { DemoNotice } from './DemoNotice';
import { formatMonth } from '../format';
import { formatDifference, formatValue } from './indicator-labels';
import './indicators.css';

graphql(`
  fragment LeadersFields on IndicatorLeaders {
    from
    to
    minMonths
    rankedOffices
    indicator { code name unit direction }
    leaders {
      rank
      months
      meanActual
      meanExpected
      advantage
      demo
      office { enhetsnummer name region { code name } }
      practices { othersInRegionUsing othersInRegion practice { id slug title } }
    }
  }
`);

const LeadersDocument = graphql(`
  query IndicatorLeaders($indicatorCode: ID!, $regionCode: ID!, $from: String!, $to: String!) {
    inRegion: indicatorLeaders(indicatorCode: $indicatorCode, regionCode: $regionCode, from: $from, to: $to, first: 5) { ...LeadersFields }
    inCountry: indicatorLeaders(indicatorCode: $indicatorCode, from: $from, to: $to, first: 5) { ...LeadersFields }
  }
`);

interface Props {
  indicatorCode: string;
  regionCode: string;
  regionName: string;
  from: string;
  to: string;
}

/** The leading offices in the region and in the country, side by side on wide screens. */
export function LeaderRanking({ indicatorCode, regionCode, regionName, from, to }: Props) {
  const result = useQuery(LeadersDocument, { indicatorCode, regionCode, from, to });
  if (!result.data) return result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Laster rangeringen" />;
  const { inRegion, inCountry } = result.data;
  const demo = [...inRegion.leaders, ...inCountry.leaders].some((leader) => leader.demo);
  return (
    <VStack gap="space-24">
      <BodyShort>
        {`${formatMonth(inCountry.from)} til ${formatMonth(inCountry.to)}. Et kontor må ha verdier for minst ${inCountry.minMonths} måneder for å bli rangert.`}
      </BodyShort>
      {demo && <DemoNotice what="Verdiene i rangeringen" />}
      <Ranking id="best-i-fylket" title={`Best i ${regionName}`} ranking={inRegion} />
      <Ranking id="best-i-landet" title="Best i landet" ranking={inCountry} />
    </VStack>
  );
}

function Ranking({ id, title, ranking }: { id: string; title: string; ranking: LeadersFieldsFragment }) {
  const { unit } = ranking.indicator;
  return (
    <VStack as="section" gap="space-12" aria-labelledby={id}>
      <Heading level="2" size="medium" id={id}>
        {title}
      </Heading>
      {ranking.leaders.length === 0 ? (
        <BodyShort>Ingen kontorer har nok måneder med verdier i perioden.</BodyShort>
      ) : (
        <ol className="leader-list">
          {ranking.leaders.map((leader) => {
            const distinctive = leader.practices.filter((used) => used.othersInRegionUsing * 2 < used.othersInRegion);
            return (
              <li key={leader.office.enhetsnummer}>
                <Box padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
                  <VStack gap="space-8">
                    <Heading level="3" size="small">
                      {`${leader.rank}. `}
                      <Link as={RouterLink} to={`/kontor/${leader.office.enhetsnummer}`}>
                        {leader.office.name}
                      </Link>
                    </Heading>
                    <BodyShort>
                      {`${formatDifference(leader.advantage, unit)} bedre enn forventet i snitt (faktisk ${formatValue(leader.meanActual, unit)}, forventet ${formatValue(leader.meanExpected, unit)}, ${leader.months} måneder).`}
                    </BodyShort>
                    {distinctive.length > 0 ? (
                      <VStack gap="space-4">
                        <BodyShort size="small" weight="semibold">
                          {`Praksiser de bruker som færre enn halvparten av de andre kontorene i ${leader.office.region.name} bruker:`}
                        </BodyShort>
                        <ul>
                          {distinctive.map((used) => (
                            <li key={used.practice.id}>
                              <Link as={RouterLink} to={`/praksis/${used.practice.slug}`}>
                                {used.practice.title}
                              </Link>
                              {` (brukes av ${used.othersInRegionUsing} av ${used.othersInRegion} andre kontorer i fylket)`}
                            </li>
                          ))}
                        </ul>
                      </VStack>
                    ) : (
                      <BodyShort size="small">
                        {leader.practices.length > 0
                          ? 'Kontoret bruker ingen praksiser i katalogen som de fleste andre i fylket ikke også bruker.'
                          : 'Kontoret har ikke registrert at det bruker noen praksiser i katalogen.'}
                      </BodyShort>
                    )}
                  </VStack>
                </Box>
              </li>
            );
          })}
        </ol>
      )}
      <BodyShort size="small">{`${ranking.rankedOffices} kontorer er rangert.`}</BodyShort>
    </VStack>
  );
}
