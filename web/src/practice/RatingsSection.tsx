import { Heading, VStack } from '@navikt/ds-react';
import type { Practice, UpdatePractice } from './practice-types';
import { withoutRating, withPage, withSaved } from './rating-merge';
import { RatingComments } from './RatingComments';
import { RatingForm } from './RatingForm';
import { RatingsForResearch } from './RatingsForResearch';
import { RatingSummary } from './RatingSummary';

interface Props {
  practice: Practice;
  /** Whether the viewer may rate it now, as Practice.viewerCan.rate says. */
  canRate: boolean;
  update: UpdatePractice;
}

/** "Vurderinger": the summary, the user's own rating, and what everyone else said. */
export function RatingsSection({ practice, canRate, update }: Props) {
  return (
    <VStack as="section" aria-labelledby="vurderinger" gap="space-24">
      <Heading level="2" size="medium" id="vurderinger">
        Vurderinger
      </Heading>
      <RatingSummary summary={practice.ratingSummary} />
      {canRate && (
        <RatingForm
          practiceId={practice.id}
          myRating={practice.myRating}
          onSaved={({ rating, practice: rated }) =>
            update((current) => ({
              ...current,
              ratingSummary: rated.ratingSummary,
              myRating: rated.myRating,
              ratings: current.ratings && withSaved(current.ratings, rating, !current.myRating),
            }))
          }
          onDeleted={(rated, ratingId) =>
            update((current) => ({
              ...current,
              ratingSummary: rated.ratingSummary,
              myRating: rated.myRating,
              ratings: current.ratings && withoutRating(current.ratings, ratingId),
            }))
          }
        />
      )}
      {practice.ratings ? (
        <RatingComments
          slug={practice.slug}
          ratings={practice.ratings}
          onMore={(page) => update((current) => ({ ...current, ratings: current.ratings && withPage(current.ratings, page) }))}
        />
      ) : (
        <RatingsForResearch />
      )}
    </VStack>
  );
}
