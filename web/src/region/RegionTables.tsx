import { BodyShort, Link, List, Table } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import type { RegionOverviewQuery } from '../graphql/graphql';
import { formatDate, formatNumber } from '../format';
import { formatScore } from '../labels';
import { Section } from './Section';

type Overview = RegionOverviewQuery['regionOverview'];

const PracticeLink = ({ practice }: { practice: { slug: string; title: string } }) => (
  <Link as={RouterLink} to={`/praksis/${practice.slug}`}>
    {practice.title}
  </Link>
);

/** "Praksiser som sprer seg": how many of the region's offices have each practice, by status. */
export function SpreadingSection({ spreading }: { spreading: Overview['spreading'] }) {
  return (
    <Section id="sprer-seg" title="Praksiser som sprer seg" description="Antall kontorer i fylket per status, mest brukt først.">
      {spreading.length === 0 ? (
        <BodyShort>Ingen kontorer i fylket har registrert praksiser ennå.</BodyShort>
      ) : (
        <div className="table-scroll" role="region" aria-label="Praksiser som sprer seg, tabell" tabIndex={0}>
          <Table size="small" zebraStripes>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">Praksis</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">I bruk</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Prøver ut</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Vurderer</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Avsluttet</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Nye dette kvartalet</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {spreading.map((row) => (
                <Table.Row key={row.practice.id}>
                  <Table.HeaderCell scope="row">
                    <PracticeLink practice={row.practice} />
                  </Table.HeaderCell>
                  <Table.DataCell align="right">{formatNumber(row.inUse)}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(row.piloting)}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(row.considering)}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(row.discontinued)}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(row.newThisQuarter)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  );
}

/** "Best vurdert i fylket": the region's average against the national one. */
export function BestRatedSection({ bestRated }: { bestRated: Overview['bestRated'] }) {
  return (
    <Section
      id="best-vurdert"
      title="Best vurdert i fylket"
      description="Snittet av vurderingene fra ansatte i fylket, på en skala fra 1 til 5. Bare praksiser med minst fem vurderere i fylket vises, så ingen enkeltpersoner kan kjennes igjen."
    >
      {bestRated.length === 0 ? (
        <BodyShort>Ingen praksiser har fått vurderinger fra minst fem personer i fylket ennå.</BodyShort>
      ) : (
        <div className="table-scroll" role="region" aria-label="Best vurdert i fylket, tabell" tabIndex={0}>
          <Table size="small" zebraStripes>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">Praksis</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Fylkets snitt</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Antall vurderere</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">Landssnitt</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {bestRated.map((row) => (
                <Table.Row key={row.practice.id}>
                  <Table.HeaderCell scope="row">
                    <PracticeLink practice={row.practice} />
                  </Table.HeaderCell>
                  <Table.DataCell align="right">{formatScore(row.regionAverage)}</Table.DataCell>
                  <Table.DataCell align="right">{formatNumber(row.regionRaters)}</Table.DataCell>
                  <Table.DataCell align="right">{formatScore(row.nationalAverage)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Section>
  );
}

/** "Praksiser som skal gjennomgås": the region's practices whose review date has passed. */
export function OverdueSection({ overdue }: { overdue: Overview['overdueReviews'] }) {
  return (
    <Section id="skal-gjennomgas" title="Praksiser som skal gjennomgås" description="Praksiser fra kontorene i fylket der datoen for ny gjennomgang er passert.">
      {overdue.length === 0 ? (
        <BodyShort>Ingen praksiser fra fylket venter på gjennomgang.</BodyShort>
      ) : (
        <List size="small">
          {overdue.map((practice) => (
            <List.Item key={practice.id}>
              <PracticeLink practice={practice} />
              {` – skulle vært gjennomgått ${practice.reviewDue ? formatDate(practice.reviewDue) : ''}, fra ${practice.originOffice.name}`}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
