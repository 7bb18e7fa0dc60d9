import { BodyShort, Link, Table } from '@navikt/ds-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQuery } from '../api/operations';
import { graphql } from '../graphql';
import { formatDate, formatNumber } from '../format';
import { LoadFailed, Loading } from '../layout/PageState';
import { Section } from './Section';

const RegionSearchGapsDocument = graphql(`
  query RegionSearchGaps($regionCode: String!, $since: DateTimeISO!) {
    searchGaps(regionCode: $regionCode, since: $since) {
      query
      count
      lastSearchedAt
    }
  }
`);

const DAYS = 90;

/** "Søk uten treff": what the region's offices searched for in vain the last 90 days. */
export function SearchGaps({ regionCode }: { regionCode: string }) {
  // Fixed when the page opens, so the query does not run again on every render.
  const [since] = useState(() => new Date(Date.now() - DAYS * 24 * 60 * 60 * 1000).toISOString());
  const result = useQuery(RegionSearchGapsDocument, { regionCode, since });
  const gaps = result.data?.searchGaps;

  return (
    <Section id="sok-uten-treff" title="Søk uten treff" description={`Det kontorene i fylket har søkt etter de siste ${DAYS} dagene uten å finne noen praksis, oftest søkt først.`}>
      {result.error && <LoadFailed error={result.error} retry={result.reload} />}
      {!gaps && !result.error && <Loading title="Henter søk uten treff" />}
      {gaps && gaps.length === 0 && <BodyShort>Alle søk fra fylket de siste {DAYS} dagene ga treff.</BodyShort>}
      {gaps && gaps.length > 0 && (
        <div className="table-scroll" role="region" aria-label="Søk uten treff, tabell" tabIndex={0}>
          <Table size="small" zebraStripes>
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">Søkeord</Table.ColumnHeader>
                <Table.ColumnHeader scope="col" align="right">
                  Antall søk
                </Table.ColumnHeader>
                <Table.ColumnHeader scope="col">Sist søkt</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {gaps.map((gap) => (
                <Table.Row key={gap.query}>
                  <Table.HeaderCell scope="row">«{gap.query}»</Table.HeaderCell>
                  <Table.DataCell align="right">{formatNumber(gap.count)}</Table.DataCell>
                  <Table.DataCell>{formatDate(gap.lastSearchedAt)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <BodyShort>
        <Link as={RouterLink} to="/kunnskapsbehov">
          Se kunnskapsbehovene kontorene har meldt inn
        </Link>
      </BodyShort>
    </Section>
  );
}
