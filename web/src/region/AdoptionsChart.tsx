import { BodyShort, ReadMore, Table } from '@navikt/ds-react';
import { lazy } from 'react';
import type { RegionOverviewQuery } from '../graphql/graphql';
import { Section } from './Section';
import { formatMonth, formatNumber, formatShortMonth } from '../format';
import { ChartBox } from '../layout/ChartBox';

const MonthChart = lazy(() => import('./MonthChart'));

type Month = RegionOverviewQuery['regionOverview']['adoptionsByMonth'][number];


/**
 * "Tatt i bruk over tid": practices taken up (piloted or used) per month, as a bar chart for the eye
 * and the same figures as a table for everyone else. The chart is hidden from screen readers.
 */
export function AdoptionsChart({ months }: { months: Month[] }) {
  const total = months.reduce((sum, month) => sum + month.started, 0);
  const data = months.map((month) => ({ ...month, label: formatShortMonth(month.month) }));
  return (
    <Section
      id="tatt-i-bruk-over-tid"
      title="Tatt i bruk over tid"
      description="Hvor mange ganger et kontor i fylket begynte å prøve ut eller bruke en praksis, per måned de siste to årene."
    >
      <BodyShort>
        {`Til sammen tatt i bruk ${formatNumber(total)} ${total === 1 ? 'gang' : 'ganger'} de siste ${months.length} månedene.`}
      </BodyShort>
      <ChartBox height={280}>
        <MonthChart data={data} />
      </ChartBox>
      <ReadMore header="Vis som tabell">
        <Table size="small" zebraStripes>
          <caption className="aksel-sr-only">Tatt i bruk per måned</caption>
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader scope="col">Måned</Table.ColumnHeader>
              <Table.ColumnHeader scope="col" align="right">
                Tatt i bruk
              </Table.ColumnHeader>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {months.map((month) => (
              <Table.Row key={month.month}>
                <Table.HeaderCell scope="row">{formatMonth(month.month)}</Table.HeaderCell>
                <Table.DataCell align="right">{formatNumber(month.started)}</Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ReadMore>
    </Section>
  );
}
