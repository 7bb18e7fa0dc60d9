import { BodyShort, Box, Detail, HGrid, HStack, Label, Link, Tag, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDate } from '../format';
import { EVIDENCE_EXPLANATION, EVIDENCE_LEVEL, RESPONSIBILITY, TARGET_GROUP, THEME } from '../labels';
import type { Practice } from './practice-types';

/** The practice at a glance: evidence, themes, target groups, who carries it, where it comes from. */
export function PracticeFacts({ practice }: { practice: Practice }) {
  return (
    <Box background="neutral-soft" padding="space-20" borderRadius="12">
      <HGrid as="dl" columns={{ xs: 1, md: 2 }} gap="space-20" marginBlock="space-0">
        <Fact term="Kunnskapsgrunnlag">
          <VStack gap="space-4" align="start">
            <Tag variant="moderate" data-color="info" size="small">
              {EVIDENCE_LEVEL[practice.evidenceLevel]}
            </Tag>
            <Detail as="span">{EVIDENCE_EXPLANATION[practice.evidenceLevel]}</Detail>
          </VStack>
        </Fact>
        <Fact term="Ansvar">{RESPONSIBILITY[practice.responsibility]}</Fact>
        {practice.themes.length > 0 && (
          <Fact term="Temaer">
            <Tags values={practice.themes.map((theme) => THEME[theme])} />
          </Fact>
        )}
        {practice.targetGroups.length > 0 && (
          <Fact term="Målgrupper">
            <Tags values={practice.targetGroups.map((group) => TARGET_GROUP[group])} />
          </Fact>
        )}
        <Fact term="Kommer fra">
          <Link as={RouterLink} to={`/kontor/${practice.originOffice.enhetsnummer}`}>
            {practice.originOffice.name}
          </Link>
        </Fact>
        {practice.reviewDue && <Fact term="Skal gjennomgås">{formatDate(practice.reviewDue)}</Fact>}
        <Fact term="Sist oppdatert">{formatDate(practice.updatedAt)}</Fact>
      </HGrid>
    </Box>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <VStack gap="space-4">
      <Label as="dt">{term}</Label>
      <BodyShort as="dd">{children}</BodyShort>
    </VStack>
  );
}

function Tags({ values }: { values: string[] }) {
  return (
    <HStack as="span" gap="space-8" wrap>
      {values.map((value) => (
        <Tag key={value} variant="outline" size="small">
          {value}
        </Tag>
      ))}
    </HStack>
  );
}
