import { HGrid, VStack } from '@navikt/ds-react';
import { useCallback, useRef } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '../api/useQuery';
import { useMe } from '../auth/auth';
import { graphql } from '../graphql';
import type { PracticePageQuery } from '../graphql/graphql';
import { Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { AdoptionsSection } from './AdoptionsSection';
import { OurOfficeSection } from './OurOfficeSection';
import { OutcomesSection } from './OutcomesSection';
import { PracticeDescription } from './PracticeDescription';
import { PracticeFacts } from './PracticeFacts';
import { PracticeHeader } from './PracticeHeader';
import { PracticeUnavailable, unavailableTitle } from './PracticeUnavailable';
import type { UpdatePractice } from './practice-types';
import { RatingsSection } from './RatingsSection';
import { ReadMoreLinks } from './ReadMoreLinks';

const PracticePageDocument = graphql(`
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
      reviewDue
      updatedAt
      originOffice { enhetsnummer name }
      outcomes { indicator value unit denominator period year source demo }
      links { title url }
      adoptions { ...AdoptionFields }
      ...PracticeRatingFields
      ratings(first: 20) @include(if: $withRatings) { ...RatingPageFields }
      viewerCan { rate adopt }
    }
  }
`);

export default function PracticePage() {
  const { slug = '' } = useParams();
  // A new slug is a new page: nothing of the previous practice (form input, pages of ratings) stays.
  return <PracticeView key={slug} slug={slug} />;
}

function PracticeView({ slug }: { slug: string }) {
  const me = useMe();
  const result = useQuery(PracticePageDocument, { slug, withRatings: me.viewerCan.readRatings });
  const { setData } = result;
  const practice = result.data?.practice;
  usePageTitle(practice?.title ?? (result.status === 'error' ? unavailableTitle(result.error) : undefined));

  // Mutations answer after a while; they change the newest data, not what was shown when they began.
  const latest = useRef<PracticePageQuery | undefined>(undefined);
  latest.current = result.data;
  const update = useCallback<UpdatePractice>(
    (change) => {
      if (!latest.current) return;
      latest.current = { ...latest.current, practice: change(latest.current.practice) };
      setData(latest.current);
    },
    [setData],
  );

  if (!practice) {
    return result.status === 'error' ? <PracticeUnavailable error={result.error} retry={result.reload} /> : <Loading title="Laster praksisen" />;
  }

  const { rate, adopt } = practice.viewerCan;
  // "Vårt kontor" records what the user's own office does: it needs the permission and an office.
  const office = adopt ? me.office : null;
  return (
    <VStack gap="space-40" maxWidth="60rem">
      <PracticeHeader practice={practice} />
      <PracticeFacts practice={practice} />
      <PracticeDescription markdown={practice.description} />
      <OutcomesSection outcomes={practice.outcomes} />
      <ReadMoreLinks links={practice.links} />
      <HGrid columns={{ xs: 1, md: office ? '3fr 2fr' : 1 }} gap="space-40" align="start">
        <AdoptionsSection adoptions={practice.adoptions} />
        {office && (
          <OurOfficeSection
            practiceId={practice.id}
            office={office}
            current={practice.adoptions.find((adoption) => adoption.office.enhetsnummer === office.enhetsnummer)}
            onSaved={(saved) =>
              update((current) => ({
                ...current,
                adoptions: [...current.adoptions.filter((adoption) => adoption.id !== saved.id && adoption.office.enhetsnummer !== saved.office.enhetsnummer), saved],
              }))
            }
          />
        )}
      </HGrid>
      <RatingsSection practice={practice} canRate={rate} update={update} />
    </VStack>
  );
}
