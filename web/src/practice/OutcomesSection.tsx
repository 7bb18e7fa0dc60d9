import { BodyShort, Box, Detail, Heading, Link, Table, Tag, VStack } from '@navikt/ds-react';
import { graphql } from '../graphql';
import { STUDY_DESIGN, TARGET_GROUP } from '../labels';
import { DemoTag } from './DemoTag';
import { EffectOverTime } from './EffectOverTime';
import { comparisonText, differenceText, effectsOverTime, otherIndicatorName, whenText, type Outcome } from './outcome-text';

export const OutcomeFields = graphql(`
  fragment OutcomeFields on Outcome {
    label
    indicator { code name }
    targetGroup
    population
    followUpMonths
    value
    comparisonValue
    unit
    difference
    differenceUnit
    nResult
    nComparison
    significant
    design
    note
    year
    source
    sourceUrl
    demo
  }
`);

const participants = (outcome: Outcome) =>
  outcome.nResult != null && outcome.nComparison != null
    ? `${outcome.nResult} med praksisen, ${outcome.nComparison} i sammenligningsgruppen`
    : outcome.nResult != null
      ? `${outcome.nResult}`
      : null;

/**
 * "Resultater": each measured effect with whom it counts, after how long, against what, how it was
 * measured and where it comes from; research and user knowledge in separate tables, never merged.
 */
export function OutcomesSection({ outcomes }: { outcomes: Outcome[] }) {
  const research = outcomes.filter((outcome) => outcome.design !== 'USER_KNOWLEDGE');
  const users = outcomes.filter((outcome) => outcome.design === 'USER_KNOWLEDGE');
  const hasDemo = outcomes.some((outcome) => outcome.demo);
  return (
    <VStack as="section" aria-labelledby="resultater" gap="space-16">
      <Heading level="2" size="medium" id="resultater">
        Resultater
      </Heading>
      {outcomes.length === 0 && <BodyShort>Det er ikke registrert resultater for denne praksisen ennå.</BodyShort>}
      {hasDemo && <BodyShort size="small">Tall merket «Demodata» er eksempler laget for demonstrasjon, ikke målte resultater.</BodyShort>}
      <EffectOverTime outcomes={effectsOverTime(research)} />
      {research.length > 0 && <OutcomeTable id="resultater-forskning" title="Målte resultater" outcomes={research} />}
      {users.length > 0 && <OutcomeTable id="resultater-brukere" title="Brukerkunnskap" outcomes={users} />}
    </VStack>
  );
}

function OutcomeTable({ id, title, outcomes }: { id: string; title: string; outcomes: Outcome[] }) {
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small" id={id}>
        {title}
      </Heading>
      <Box overflowX="auto" tabIndex={0} role="region" aria-labelledby={id}>
        <Table size="small">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Indikator</Table.HeaderCell>
              <Table.HeaderCell scope="col">Resultat</Table.HeaderCell>
              <Table.HeaderCell scope="col">Når</Table.HeaderCell>
              <Table.HeaderCell scope="col">Hvem</Table.HeaderCell>
              <Table.HeaderCell scope="col">Hvordan målt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Kilde</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {outcomes.map((outcome, index) => (
              <Table.Row key={index}>
                <Table.HeaderCell scope="row">
                  <VStack gap="space-4" align="start">
                    {outcome.label}
                    {otherIndicatorName(outcome) && <Detail as="span">{`Indikator: ${otherIndicatorName(outcome)}`}</Detail>}
                    {outcome.demo && <DemoTag />}
                  </VStack>
                </Table.HeaderCell>
                <Table.DataCell>
                  <VStack gap="space-4">
                    {differenceText(outcome) && <strong>{differenceText(outcome)}</strong>}
                    {comparisonText(outcome) && <span>{comparisonText(outcome)}</span>}
                  </VStack>
                </Table.DataCell>
                <Table.DataCell>{whenText(outcome) ?? '–'}</Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-4" align="start">
                    {outcome.targetGroup && (
                      <Tag variant="outline" size="xsmall">
                        {TARGET_GROUP[outcome.targetGroup]}
                      </Tag>
                    )}
                    {outcome.population && <span>{outcome.population}</span>}
                    {participants(outcome) && <span>{`Antall: ${participants(outcome)}`}</span>}
                  </VStack>
                </Table.DataCell>
                <Table.DataCell>
                  <VStack gap="space-4">
                    {STUDY_DESIGN[outcome.design]}
                    {outcome.note && <span>{outcome.note}</span>}
                  </VStack>
                </Table.DataCell>
                <Table.DataCell>
                  {outcome.sourceUrl ? <Link href={outcome.sourceUrl}>{outcome.source ?? outcome.sourceUrl}</Link> : (outcome.source ?? 'Demodata')}
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Box>
    </VStack>
  );
}
