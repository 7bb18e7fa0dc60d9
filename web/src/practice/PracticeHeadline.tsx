import { BodyShort, Box, Detail, HGrid, Label, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { PRACTICE_KIND, PRACTICE_KIND_EXPLANATION, STUDY_DESIGN, strengthText } from '../labels';
import { DemoTag } from './DemoTag';
import { amount, comparisonText, differenceText, headlineOutcome, measureText, whenText } from './outcome-text';
import type { Practice } from './practice-types';
import { summaryLine } from './rating-labels';
import { formatNumber } from '../format';

const nok = (value: number) => `${formatNumber(value)} kr`;

/**
 * The practice at a glance, as an evidence toolkit opens: the effect (with its follow-up and
 * comparison), the three strands side by side – research, office experience, user knowledge –
 * never merged, then the cost and what kind of practice it is.
 */
export function PracticeHeadline({ practice }: { practice: Practice }) {
  const research = practice.outcomes.filter((o) => o.design !== 'USER_KNOWLEDGE');
  const effect = headlineOutcome(research);
  const userKnowledge = headlineOutcome(practice.outcomes.filter((o) => o.design === 'USER_KNOWLEDGE'));
  const strength = practice.evidenceStrength;
  const { cost } = practice;
  return (
    <Box as="section" aria-labelledby="kort-fortalt" background="info-soft" padding="space-20" borderRadius="12">
      <VStack gap="space-12">
        <Label as="h2" id="kort-fortalt">
          Kort fortalt
        </Label>
        <HGrid as="dl" columns={{ xs: 1, sm: 2, md: 3 }} gap="space-20" marginBlock="space-0">
          <Item term="Effekt" demo={effect?.demo}>
            {effect ? (
              <>
                <strong>{[differenceText(effect) ?? (effect.value != null ? amount(effect.value, effect.unit) : null), whenText(effect)].filter(Boolean).join(' ')}</strong>
                {effect.difference != null && comparisonText(effect) && <Detail as="span">{comparisonText(effect)}</Detail>}
                <Detail as="span">{measureText(effect)}</Detail>
              </>
            ) : (
              'Ikke målt'
            )}
          </Item>
          <Item term="Forskning">
            {strength ? (
              <>
                <strong>{`Styrke ${strengthText(strength.score)}`}</strong>
                <Detail as="span">
                  {`${STUDY_DESIGN[strength.design]}, ${strength.studies} ${strength.studies === 1 ? 'studie' : 'studier'}`}
                  {strength.participants ? `, opptil ${formatNumber(strength.participants)} deltakere` : ''}
                  {strength.consistent ? '' : ', sprikende funn'}
                </Detail>
              </>
            ) : (
              'Ingen forskning registrert'
            )}
          </Item>
          <Item term="Kontorenes erfaring">{summaryLine(practice.ratingSummary.average, practice.ratingSummary.count)}</Item>
          <Item term="Brukerkunnskap" demo={userKnowledge?.demo}>
            {userKnowledge ? (
              <>
                <strong>{userKnowledge.value != null ? amount(userKnowledge.value, userKnowledge.unit) : differenceText(userKnowledge)}</strong>
                <Detail as="span">{measureText(userKnowledge)}</Detail>
              </>
            ) : (
              'Ikke registrert'
            )}
          </Item>
          <Item term="Kostnad" demo={cost?.demo}>
            {cost && (cost.perParticipantNok != null || cost.staffYearsPer100 != null) ? (
              <>
                {cost.perParticipantNok != null && <strong>{`${nok(cost.perParticipantNok)} per deltaker`}</strong>}
                {cost.staffYearsPer100 != null && (
                  <span>{`${formatNumber(cost.staffYearsPer100, { maximumFractionDigits: 1 })} årsverk per 100 deltakere`}</span>
                )}
                <Detail as="span">{`Kilde: ${cost.source}`}</Detail>
              </>
            ) : (
              'Ikke oppgitt'
            )}
          </Item>
          <Item term="Type">
            <strong>{PRACTICE_KIND[practice.kind]}</strong>
            <Detail as="span">{PRACTICE_KIND_EXPLANATION[practice.kind]}</Detail>
          </Item>
        </HGrid>
      </VStack>
    </Box>
  );
}

function Item({ term, demo, children }: { term: string; demo?: boolean; children: ReactNode }) {
  return (
    <VStack gap="space-4">
      <Label as="dt" size="small">
        {term}
      </Label>
      <BodyShort as="dd" style={{ margin: 0 }}>
        <VStack as="span" gap="space-4" align="start">
          {children}
          {demo && <DemoTag />}
        </VStack>
      </BodyShort>
    </VStack>
  );
}
