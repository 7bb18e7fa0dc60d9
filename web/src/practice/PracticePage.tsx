import { HGrid, VStack } from '@navikt/ds-react';
import { lazy, Suspense, useDeferredValue } from 'react';
import { loadPracticeDescription } from './load-practice-description';
import { useParams } from 'react-router';
import { useQuery } from '../api/operations';
import { useMe, type Me } from '../auth/auth';
import { PracticePageDocument, practicePageVariables } from './practice-page-query';
import { Loading } from '../layout/PageState';
import { usePageTitle } from '../layout/usePageTitle';
import { AdoptionsSection } from './AdoptionsSection';
import { OurOfficeSection } from './OurOfficeSection';
import { OutcomesSection } from './OutcomesSection';
import { PracticeFacts } from './PracticeFacts';
import { PracticeHeader } from './PracticeHeader';
import { PracticeHeadline } from './PracticeHeadline';
import type { Practice } from './practice-types';
import { PracticeUnavailable, unavailableTitle } from './PracticeUnavailable';
import { ReadMoreLinks } from './ReadMoreLinks';

// Further down the page: their code loads once the page is shown, so what is at the top (the first
// thing a caseworker reads) does not wait for the rating form, the history table and the results.
// The Markdown renderer is a third of the page's code: loaded beside the page's own, it does not hold
// back asking for the practice, and the top of the page does not wait for it. The description comes
// below the summary, headline and facts, out of view on a phone when it comes in.
const PracticeDescription = lazy(loadPracticeDescription);
const AdoptionHistory = lazy(() => import('./AdoptionHistory').then((module) => ({ default: module.AdoptionHistory })));
const PracticeResultsSection = lazy(() => import('./PracticeResultsSection').then((module) => ({ default: module.PracticeResultsSection })));
const RatingsSection = lazy(() => import('./RatingsSection').then((module) => ({ default: module.RatingsSection })));

export default function PracticePage() {
  const { slug = '' } = useParams();
  // A new slug is a new page: nothing of the previous practice (form input, pages of ratings) stays.
  return <PracticeView key={slug} slug={slug} />;
}

function PracticeView({ slug }: { slug: string }) {
  const me = useMe();
  const result = useQuery(PracticePageDocument, practicePageVariables(slug, me));
  const practice = result.data?.practice;
  usePageTitle(practice?.title ?? (result.error ? unavailableTitle(result.error) : undefined));

  if (!practice) {
    return result.error ? <PracticeUnavailable error={result.error} retry={result.reload} /> : <Loading title="Laster praksisen" />;
  }
  return <PracticeContent practice={practice} me={me} />;
}

function PracticeContent({ practice, me }: { practice: NonNullable<Practice>; me: Me }) {
  // The top of the page, what a caseworker reads first, is drawn on its own and the rest right after,
  // in a render of its own: the practice is on screen without waiting for all of the page.
  const wholePage = useDeferredValue(true, false);
  const { rate, adopt } = practice.viewerCan;
  // "Vårt kontor" records what the user's own office does: it needs the permission and an office.
  const office = adopt ? me.office : null;
  return (
    <VStack gap="space-40" maxWidth="60rem">
      <PracticeHeader practice={practice} />
      <PracticeHeadline practice={practice} />
      <PracticeFacts practice={practice} />
      {wholePage && <RestOfPage practice={practice} office={office} rate={rate} />}
    </VStack>
  );
}

/** Below the summary, headline and facts: out of view on a phone when the page opens. */
function RestOfPage({ practice, office, rate }: { practice: NonNullable<Practice>; office: Me['office']; rate: boolean }) {
  return (
    <>
      <Suspense fallback={null}>
        <PracticeDescription markdown={practice.description} />
      </Suspense>
      <OutcomesSection outcomes={practice.outcomes} />
      <ReadMoreLinks links={practice.links} />
      <HGrid columns={{ xs: 1, md: office ? '3fr 2fr' : 1 }} gap="space-40" align="start">
        <AdoptionsSection adoptions={practice.adoptions} />
        {office && (
          <OurOfficeSection
            practiceId={practice.id}
            kind={practice.kind}
            office={office}
            current={practice.adoptions.find((adoption) => adoption.office.enhetsnummer === office.enhetsnummer)}
          />
        )}
      </HGrid>
      <Suspense fallback={null}>
        <AdoptionHistory adoptions={practice.adoptions} />
        {practice.status === 'PUBLISHED' && <PracticeResultsSection slug={practice.slug} />}
        <RatingsSection practice={practice} canRate={rate} />
      </Suspense>
    </>
  );
}
