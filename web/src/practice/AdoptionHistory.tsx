import { Box, Heading, ReadMore, Table, VStack } from '@navikt/ds-react';
import type { AdoptionFieldsFragment } from '../graphql/graphql';
import { formatDate } from '../format';
import { ADOPTION_STATUS } from '../labels';
import { fidelityText } from './AdoptionsSection';
import { DemoTag } from './DemoTag';

/**
 * "Historikk": every status change any office recorded, newest first – who, when, from, to, and why
 * an office stopped – so a page shows where a practice was tried and given up, not only where it lives.
 */
export function AdoptionHistory({ adoptions }: { adoptions: AdoptionFieldsFragment[] }) {
  const changes = adoptions
    .flatMap((adoption) => adoption.history.map((change) => ({ change, office: adoption.office.name })))
    .sort((a, b) => b.change.since.localeCompare(a.change.since) || b.change.changedAt.localeCompare(a.change.changedAt));
  if (changes.length === 0) return null;
  const stops = changes.filter(({ change }) => change.toStatus === 'DISCONTINUED').length;
  return (
    <VStack as="section" aria-labelledby="historikk" gap="space-8">
      <Heading level="2" size="medium" id="historikk">
        Historikk
      </Heading>
      <ReadMore header={`Vis ${changes.length} endringer${stops ? `, ${stops} av dem avsluttet` : ''}`}>
        <Box overflowX="auto" tabIndex={0} role="region" aria-label="Tabell med endringer">
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.ColumnHeader scope="col">Dato</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">Kontor</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">Endring</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">Begrunnelse og metodetrofasthet</Table.ColumnHeader>
                <Table.ColumnHeader scope="col">Registrert av</Table.ColumnHeader>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {changes.map(({ change, office }) => (
                <Table.Row key={change.id}>
                  <Table.HeaderCell scope="row">{formatDate(change.since)}</Table.HeaderCell>
                  <Table.DataCell>{office}</Table.DataCell>
                  <Table.DataCell>
                    {change.fromStatus ? `${ADOPTION_STATUS[change.fromStatus]} → ${ADOPTION_STATUS[change.toStatus]}` : ADOPTION_STATUS[change.toStatus]}{' '}
                    {change.demo && <DemoTag />}
                  </Table.DataCell>
                  <Table.DataCell>{[change.reason, change.fidelity && fidelityText(change.fidelity)].filter(Boolean).join(' · ') || '–'}</Table.DataCell>
                  <Table.DataCell>{change.changedBy ?? '–'}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Box>
      </ReadMore>
    </VStack>
  );
}
