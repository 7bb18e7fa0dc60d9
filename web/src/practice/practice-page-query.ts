// The practice page's query, on its own so that the app can ask for a practice before the page's
// code is in (App.tsx): the page then finds the answer in the cache, or on its way.
import { clientFor } from '../api/client';
import { prefetch } from '../api/operations';
import type { Me } from '../auth/auth';
import { graphql } from '../graphql';

export const PracticePageDocument = graphql(`
  query PracticePage($slug: String!, $withRatings: Boolean!) {
    practice(slug: $slug) {
      id
      slug
      title
      summary
      description
      status
      evidenceLevel
      themes
      targetGroups
      responsibility
      kind
      cost { perParticipantNok staffYearsPer100 source sourceUrl year demo }
      evidenceStrength { score design studies participants consistent }
      reviewDue
      updatedAt
      originOffice { enhetsnummer name }
      outcomes { ...OutcomeFields }
      links { title url }
      adoptions { ...AdoptionFields }
      ...PracticeRatingFields
      ratings(first: 20) @include(if: $withRatings) { ...RatingPageFields }
      viewerCan { rate adopt }
    }
  }
`);

export const practicePageVariables = (slug: string, me: Me) => ({ slug, withRatings: me.viewerCan.readRatings });

/** Asks for the practice as the page will, in the signed-in user's cache. */
export function prefetchPracticePage(slug: string, me: Me): void {
  prefetch(clientFor(me), PracticePageDocument, practicePageVariables(slug, me));
}
