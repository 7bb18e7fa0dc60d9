import { Heading, VStack } from '@navikt/ds-react';
import type { Practice } from './practice-types';
import { RatingComments } from './RatingComments';
import { RatingForm } from './RatingForm';
import { RatingsForResearch } from './RatingsForResearch';
import { RatingSummary } from './RatingSummary';

interface Props {
  practice: Practice;
  /** Whether the viewer may rate it now, as Practice.viewerCan.rate says. */
  canRate: boolean;
}

/** "Vurderinger": the summary, the user's own rating, and what everyone else said. */
export function RatingsSection({ practice, canRate }: Props) {
  return (
    <VStack as="section" aria-labelledby="vurderinger" gap="space-24">
      <Heading level="2" size="medium" id="vurderinger">
        Vurderinger
      </Heading>
      <RatingSummary summary={practice.ratingSummary} />
      {canRate && <RatingForm practiceId={practice.id} myRating={practice.myRating} />}
      {practice.ratings ? (
        <RatingComments slug={practice.slug} ratings={practice.ratings} />
      ) : (
        <RatingsForResearch />
      )}
    </VStack>
  );
}
