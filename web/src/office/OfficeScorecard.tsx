import { BodyShort, Heading, ReadMore, Select, Table, Tag, VStack } from '@navikt/ds-react';
import { lazy, useState } from 'react';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import type { OfficeScorecardQuery } from '../graphql/graphql';
import { DemoNotice } from '../indicators/DemoNotice';
import { formatMonth, formatShortMonth } from '../format';
import { DIRECTION, formatDifference, formatValue, INDICATOR_KIND, INDICATOR_OWNER } from '../indicators/indicator-labels';
import { ScrollTable } from '../indicators/ScrollTable';
import { LoadFailed, Loading } from '../layout/PageState';
import { ChartBox } from '../layout/ChartBox';

const ScorecardChart = lazy(() => import('./ScorecardChart'));

const OfficeScorecardDocument = graphql(`
  query OfficeScorecard($enhetsnummer: ID!) {
    officeScorecard(enhetsnummer: $enhetsnummer) {
      from
      to
      indicators {
        indicator { code name description kind owner unit direction source note }
        months { month actual expected difference regionMedian countryMedian demo }
      }
    }
  }
`);

type Row = OfficeScorecardQuery['officeScorecard']['indicators'][number];

/** The office's scorecard (målekort): every indicator's last month, and one indicator over time. */
export function OfficeScorecard({ enhetsnummer }: { enhetsnummer: string }) {
  const result = useQuery(OfficeScorecardDocument, { enhetsnummer });
  const card = result.data?.officeScorecard;
  return (
    <VStack as="section" gap="space-16" aria-labelledby="malekort">
      <Heading level="2" size="medium" id="malekort">
        Målekort
      </Heading>
      {!card ? (
        result.error ? <LoadFailed error={result.error} retry={result.reload} /> : <Loading title="Laster målekortet" />
      ) : (
        <ScorecardBody rows={card.indicators} from={card.from} to={card.to} />
      )}
    </VStack>
  );
}

function ScorecardBody({ rows, from, to }: { rows: Row[]; from: string; to: string }) {
  const withValues = rows.filter((row) => row.months.length > 0);
  const [chosen, setChosen] = useState(withValues[0]?.indicator.code ?? '');
  if (withValues.length === 0) return <BodyShort>Kontoret har ingen verdier på målekortet ennå.</BodyShort>;
  const demo = withValues.some((row) => row.months.some((month) => month.demo));
  const shown = withValues.find((row) => row.indicator.code === chosen) ?? withValues[0];
  return (
    <>
      <BodyShort>
        {`${formatMonth(from)} til ${formatMonth(to)}. Faktisk verdi står mot forventet verdi, det kontorets lokale forhold tilsier, og mot medianen for kontorene i fylket. Aktivitetsindikatorer viser hva kontoret gjør; resultatindikatorer viser hva som skjer med brukerne.`}
      </BodyShort>
      {demo && <DemoNotice what="Verdiene på målekortet" />}
      <LatestTable rows={withValues} />
      <Select label="Vis en indikator over tid" value={shown.indicator.code} onChange={(event) => setChosen(event.target.value)}>
        {withValues.map((row) => (
          <option key={row.indicator.code} value={row.indicator.code}>
            {row.indicator.name}
          </option>
        ))}
      </Select>
      <IndicatorOverTime row={shown} />
    </>
  );
}

/** Every indicator's last month with a value: the scorecard at a glance. */
function LatestTable({ rows }: { rows: Row[] }) {
  return (
    <ScrollTable label="Målekortet, siste måned">
      <Table size="small" zebraStripes>
        <caption className="aksel-sr-only">Siste måned for hver indikator</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader scope="col">Indikator</Table.ColumnHeader>
            <Table.ColumnHeader scope="col">Måned</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">Faktisk</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">Forventet</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">Forskjell</Table.ColumnHeader>
            <Table.ColumnHeader scope="col" align="right">Median i fylket</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map(({ indicator, months }) => {
            const last = months[months.length - 1];
            return (
              <Table.Row key={indicator.code}>
                <Table.HeaderCell scope="row">
                  {indicator.name}
                  <div>
                    <Tag size="xsmall" variant={indicator.kind === 'OUTCOME' ? 'success' : 'neutral'}>
                      {INDICATOR_KIND[indicator.kind]}
                    </Tag>{' '}
                    <Tag size="xsmall" variant="info">
                      {INDICATOR_OWNER[indicator.owner]}
                    </Tag>
                  </div>
                </Table.HeaderCell>
                <Table.DataCell>{formatShortMonth(last.month)}</Table.DataCell>
                <Table.DataCell align="right">{formatValue(last.actual, indicator.unit)}</Table.DataCell>
                <Table.DataCell align="right">{formatValue(last.expected, indicator.unit)}</Table.DataCell>
                <Table.DataCell align="right">{formatDifference(last.difference, indicator.unit)}</Table.DataCell>
                <Table.DataCell align="right">{formatValue(last.regionMedian, indicator.unit)}</Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/** One indicator month by month: a chart for the eye (hidden from screen readers) and the same figures as a table. */
function IndicatorOverTime({ row }: { row: Row }) {
  const { indicator, months } = row;
  const data = months.map((month) => ({ label: formatShortMonth(month.month), actual: month.actual, expected: month.expected, regionMedian: month.regionMedian }));
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {indicator.name}
      </Heading>
      <BodyShort size="small">{`${indicator.description} ${DIRECTION[indicator.direction]}.`}</BodyShort>
      <BodyShort size="small">{indicator.source ? `Kilde: ${indicator.source}` : indicator.note}</BodyShort>
      <ChartBox height={280}>
        <ScorecardChart data={data} format={(value) => formatValue(value, indicator.unit)} />
      </ChartBox>
      <ReadMore header="Vis som tabell">
        <ScrollTable label={`${indicator.name} per måned`}>
          <Table size="small" zebraStripes>
            <caption className="aksel-sr-only">{`${indicator.name} per måned`}</caption>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">Måned</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Faktisk</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Forventet</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Forskjell</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Median i fylket</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Median i landet</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {months.map((month) => (
                <Table.Row key={month.month}>
                  <Table.HeaderCell scope="row">{formatMonth(month.month)}</Table.HeaderCell>
                  <Table.DataCell align="right">{formatValue(month.actual, indicator.unit)}</Table.DataCell>
                  <Table.DataCell align="right">{formatValue(month.expected, indicator.unit)}</Table.DataCell>
                  <Table.DataCell align="right">{formatDifference(month.difference, indicator.unit)}</Table.DataCell>
                  <Table.DataCell align="right">{formatValue(month.regionMedian, indicator.unit)}</Table.DataCell>
                  <Table.DataCell align="right">{formatValue(month.countryMedian, indicator.unit)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </ReadMore>
    </VStack>
  );
}
