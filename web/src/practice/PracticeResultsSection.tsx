import { BodyShort, Heading, Link, Table, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import { DemoNotice } from '../indicators/DemoNotice';
import { formatMonth } from '../format';
import { DIRECTION, formatDifference, similarityText } from '../indicators/indicator-labels';
import { ScrollTable } from '../indicators/ScrollTable';

const PracticeResultsDocument = graphql(`
  query PracticeResults($slug: String!, $office: ID!, $withOffice: Boolean!) {
    practice(slug: $slug) {
      id
      indicatorComparisons {
        from
        to
        demo
        indicator { code name unit direction }
        using { offices medianDifference }
        notUsing { offices medianDifference }
      }
      usedByOfficesLike(office: $office) @include(if: $withOffice) {
        reasons
        office { enhetsnummer name }
      }
    }
  }
`);

/**
 * "Resultater ved kontorer som bruker den": offices using the practice against the rest on the
 * outcome indicators of its themes, and which offices like the viewer's use it. Descriptive only.
 */
export function PracticeResultsSection({ slug }: { slug: string }) {
  const me = useMe();
  const office = me.office?.enhetsnummer;
  const result = useQuery(PracticeResultsDocument, { slug, office: office ?? '', withOffice: Boolean(office) });
  const practice = result.data?.practice;
  if (!practice) return null;
  const comparisons = practice.indicatorComparisons.filter((c) => c.using.offices + c.notUsing.offices > 0);
  const like = practice.usedByOfficesLike ?? [];
  if (comparisons.length === 0 && !office) return null;
  return (
    <VStack as="section" gap="space-16" aria-labelledby="resultater-ved-kontorene">
      <Heading level="2" size="medium" id="resultater-ved-kontorene">
        Resultater ved kontorer som bruker den
      </Heading>
      {office && (
        <BodyShort>
          {like.length === 0
            ? 'Ingen av de ti kontorene som ligner mest på ditt, bruker eller prøver ut denne praksisen.'
            : `Brukt ved ${like.length} ${like.length === 1 ? 'kontor' : 'kontorer'} som ligner ditt: `}
          {like.map((similar, i) => (
            <span key={similar.office.enhetsnummer}>
              {i > 0 && (i === like.length - 1 ? ' og ' : ', ')}
              <Link as={RouterLink} to={`/kontor/${similar.office.enhetsnummer}`}>
                {similar.office.name}
              </Link>
              {` (${similarityText(similar.reasons)})`}
            </span>
          ))}
          {like.length > 0 && '.'}
        </BodyShort>
      )}
      {comparisons.length > 0 && (
        <>
          <BodyShort>
            {`Median forskjell mellom faktisk og forventet verdi, ${formatMonth(comparisons[0].from)} til ${formatMonth(comparisons[0].to)}, for kontorer som bruker eller prøver ut praksisen og for andre kontorer. Tallene beskriver; de viser ikke at praksisen er årsaken, for kontorer som tar i bruk en praksis kan skille seg fra andre på mye annet.`}
          </BodyShort>
          {comparisons.some((c) => c.demo) && <DemoNotice what="Indikatorverdiene" />}
          <ScrollTable label="Resultater ved kontorer som bruker praksisen og andre kontorer">
            <Table size="small" zebraStripes>
              <caption className="aksel-sr-only">Resultater ved kontorer som bruker praksisen og andre kontorer</caption>
              <Table.Header>
                <Table.Row>
                  <Table.ColumnHeader scope="col">Resultatindikator</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">Kontorer som bruker den</Table.ColumnHeader>
                  <Table.ColumnHeader scope="col" align="right">Andre kontorer</Table.ColumnHeader>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {comparisons.map(({ indicator, using, notUsing }) => (
                  <Table.Row key={indicator.code}>
                    <Table.HeaderCell scope="row">
                      {indicator.name}
                      <BodyShort size="small">{DIRECTION[indicator.direction]}</BodyShort>
                    </Table.HeaderCell>
                    <Table.DataCell align="right">{`${formatDifference(using.medianDifference, indicator.unit)} (${using.offices} kontorer)`}</Table.DataCell>
                    <Table.DataCell align="right">{`${formatDifference(notUsing.medianDifference, indicator.unit)} (${notUsing.offices} kontorer)`}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        </>
      )}
    </VStack>
  );
}
