import { BodyShort, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import { lazy } from 'react';
import { DemoTag } from './DemoTag';
import { comparisonText, differenceText, studyName, whenText, type Outcome } from './outcome-text';
import { ChartBox } from '../layout/ChartBox';

const EffectChart = lazy(() => import('./EffectChart'));

/**
 * "Effekt over tid": the difference against the comparison group at each follow-up, a line per
 * study, for the eye; the same figures as a table for everyone else. The chart is hidden from
 * screen readers.
 */
export function EffectOverTime({ outcomes }: { outcomes: Outcome[] }) {
  if (outcomes.length === 0) return null;
  const studies = [...new Set(outcomes.map(studyName))];
  const unit = outcomes[0]!.differenceUnit ?? outcomes[0]!.unit;
  const series = studies.map((study) => ({
    name: study,
    points: outcomes.filter((o) => studyName(o) === study).map((o) => ({ months: o.followUpMonths!, difference: o.difference! })),
  }));
  return (
    <VStack as="figure" gap="space-8" aria-labelledby="effekt-over-tid" style={{ margin: 0 }}>
      <Heading level="3" size="small" id="effekt-over-tid">
        Effekt over tid
      </Heading>
      <BodyShort size="small">{`Forskjellen mot sammenligningsgruppen (${unit}) ved hver oppfølging, måneder etter start.`}</BodyShort>
      <ChartBox height={260} testId="effect-chart">
        <EffectChart series={series} unit={unit} />
      </ChartBox>
      <ReadMore header="Vis effekten over tid som tabell">
        <Table size="small" zebraStripes>
          <caption className="aksel-sr-only">Effekt over tid</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">Oppfølging</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">Forskjell</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">Resultat</Table.ColumnHeader>
              <Table.ColumnHeader scope="col">Studie</Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {outcomes.map((outcome, index) => (
              <Table.Row key={index}>
                <Table.HeaderCell scope="row">{whenText(outcome)}</Table.HeaderCell>
                <Table.DataCell>{differenceText(outcome)}</Table.DataCell>
                <Table.DataCell>{comparisonText(outcome) ?? '–'}</Table.DataCell>
                <Table.DataCell>
                  {studyName(outcome)} {outcome.demo && <DemoTag />}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ReadMore>
    </VStack>
  );
}
