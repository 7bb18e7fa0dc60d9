import { StarFillIcon } from '@navikt/aksel-icons';
import { BodyShort, Heading, HStack, ProgressBar, VStack } from '@navikt/ds-react';
import { graphql } from '../graphql';
import type { PracticeRatingFieldsFragment } from '../graphql/graphql';
import { formatScore } from '../labels';
import { DemoTag } from './DemoTag';
import { demoShareLine, DIMENSIONS, SCORES, summaryLine } from './rating-labels';

/** What the rating parts of the page need, loaded with the page and returned by every rating mutation. */
export const PracticeRatingFields = graphql(`
  fragment PracticeRatingFields on Practice {
    ratingSummary {
      average
      count
      demoCount
      distribution
      dimensions { usefulness transferability observedEffect }
    }
    myRating {
      id
      score
      usefulness
      transferability
      observedEffect
      comment
      updatedAt
    }
  }
`);

type Summary = PracticeRatingFieldsFragment['ratingSummary'];

/** The average, how many of the ratings are demo data, how many gave each score, and the averages of the optional dimensions. */
export function RatingSummary({ summary }: { summary: Summary }) {
  const { count, distribution, dimensions } = summary;
  const demoShare = demoShareLine(count, summary.demoCount);
  return (
    <VStack gap="space-16">
      <VStack gap="space-4">
        <HStack gap="space-8" align="center">
          {count > 0 && <StarFillIcon aria-hidden fontSize="1.5rem" />}
          <BodyShort size="large" weight="semibold">
            {summaryLine(summary.average, count)}
          </BodyShort>
        </HStack>
        {demoShare && (
          <HStack gap="space-8" align="center">
            <DemoTag />
            <BodyShort size="small">{demoShare}</BodyShort>
          </HStack>
        )}
      </VStack>
      {count > 0 && (
        <>
          <VStack gap="space-8">
            <Heading level="3" size="xsmall">
              Fordeling
            </Heading>
            <ul className="plain-list" aria-label="Antall vurderinger per karakter">
              {[...SCORES].reverse().map((score) => {
                const given = distribution[score - 1] ?? 0;
                return (
                  <li key={score} className="distribution-bar">
                    <BodyShort size="small" aria-hidden>
                      {score} av 5
                    </BodyShort>
                    <ProgressBar aria-hidden size="small" value={given} valueMax={count} />
                    <BodyShort size="small" aria-hidden>
                      {given}
                    </BodyShort>
                    <BodyShort visuallyHidden>{`${score} av 5: ${given} ${given === 1 ? 'vurdering' : 'vurderinger'}`}</BodyShort>
                  </li>
                );
              })}
            </ul>
          </VStack>
          <VStack gap="space-8">
            <Heading level="3" size="xsmall">
              Nytte, overførbarhet og effekt
            </Heading>
            <HStack as="dl" gap="space-24" wrap marginBlock="space-0">
              {DIMENSIONS.map(({ key, label }) => (
                <VStack key={key} gap="space-0">
                  <BodyShort as="dt" size="small">
                    {label}
                  </BodyShort>
                  <BodyShort as="dd" weight="semibold">
                    {dimensions[key] == null ? 'Ikke vurdert' : `${formatScore(dimensions[key])} av 5`}
                  </BodyShort>
                </VStack>
              ))}
            </HStack>
          </VStack>
        </>
      )}
    </VStack>
  );
}
