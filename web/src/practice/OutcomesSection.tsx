import { BodyShort, Box, Heading, Table, Tag, VStack } from '@navikt/ds-react';
import type { Practice } from './practice-types';

type Outcome = Practice['outcomes'][number];

const formatValue = ({ value, unit }: Outcome) => `${value.toLocaleString('nb-NO', { maximumFractionDigits: 2 })} ${unit}`;

/** "Resultater": what the practice has achieved, each figure with what it counts, when and from where. */
export function OutcomesSection({ outcomes }: { outcomes: Outcome[] }) {
  const hasDemo = outcomes.some((outcome) => outcome.demo);
  return (
    <VStack as="section" aria-labelledby="resultater" gap="space-12">
      <Heading level="2" size="medium" id="resultater">
        Resultater
      </Heading>
      {outcomes.length === 0 ? (
        <BodyShort>Det er ikke registrert resultater for denne praksisen ennå.</BodyShort>
      ) : (
        <>
          {hasDemo && (
            <BodyShort size="small">
              Tall merket «Demodata» er eksempler laget for demonstrasjon, ikke målte resultater.
            </BodyShort>
          )}
          <Box overflowX="auto" tabIndex={0} role="region" aria-label="Tabell med resultater">
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Indikator</Table.HeaderCell>
                  <Table.HeaderCell scope="col" align="right">
                    Resultat
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">Andel av</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Periode</Table.HeaderCell>
                  <Table.HeaderCell scope="col">År</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Kilde</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {outcomes.map((outcome, index) => (
                  <Table.Row key={index}>
                    <Table.HeaderCell scope="row">
                      <VStack gap="space-4" align="start">
                        {outcome.indicator}
                        {outcome.demo && (
                          <Tag variant="outline" data-color="warning" size="xsmall">
                            Demodata
                          </Tag>
                        )}
                      </VStack>
                    </Table.HeaderCell>
                    <Table.DataCell align="right">{formatValue(outcome)}</Table.DataCell>
                    <Table.DataCell>{outcome.denominator ?? '–'}</Table.DataCell>
                    <Table.DataCell>{outcome.period}</Table.DataCell>
                    <Table.DataCell>{outcome.year ?? '–'}</Table.DataCell>
                    <Table.DataCell>{outcome.source ?? (outcome.demo ? 'Demodata' : '–')}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Box>
        </>
      )}
    </VStack>
  );
}
