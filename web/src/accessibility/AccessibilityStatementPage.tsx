import { BodyLong, Box, Heading, Link, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { formatDate } from '../labels';
import { usePageTitle } from '../layout/usePageTitle';
import { KNOWN_ISSUES, LAST_CHECKED, type KnownIssue } from './known-issues';

/** How many success criteria the Norwegian regulation requires of public web services (WCAG 2.1 A and AA). */
const REQUIREMENTS = 47;

/** Tilgjengelighetserklæring, after the model at uustatus.no: open to everyone, signed in or not. */
export default function AccessibilityStatementPage() {
  usePageTitle('Tilgjengelighetserklæring');
  const broken = new Set(KNOWN_ISSUES.flatMap((issue) => issue.criteria));
  return (
    <VStack gap="space-40" className="narrow">
      <VStack gap="space-12">
        <Heading level="1" size="xlarge">
          Tilgjengelighetserklæring for Praksisbanken
        </Heading>
        <BodyLong>
          Arbeids- og velferdsetaten (Nav) er ansvarlig for Praksisbanken. Offentlige nettløsninger skal være universelt utformet etter
          kravene i WCAG 2.1 nivå AA. Her står det hvor godt Praksisbanken oppfyller kravene, hva vi vet at ikke virker ennå, og hvordan du
          sier fra om noe.
        </BodyLong>
        <BodyLong>Erklæringen ble sist kontrollert {formatDate(LAST_CHECKED)}.</BodyLong>
      </VStack>

      <Section id="hvem" heading="Hvem Praksisbanken er for">
        <BodyLong>
          Praksisbanken er et arbeidsverktøy for ansatte i Nav og for forskere. Veiledere på Nav-kontorene søker etter, vurderer og foreslår
          arbeidsmåter, ansatte i regionene følger med på hva som tas i bruk, og forskere henter tall gjennom GraphQL-utforskeren.
          Erklæringen gjelder alle sidene i Praksisbanken, også innloggingen og GraphQL-utforskeren.
        </BodyLong>
      </Section>

      <Section id="status" heading="Hvor godt Praksisbanken oppfyller kravene">
        <BodyLong weight="semibold">Praksisbanken er delvis i samsvar med kravene til universell utforming.</BodyLong>
        <BodyLong>
          Vi kjenner til brudd på {broken.size} av de {REQUIREMENTS} kravene i regelverket. De står i listen nedenfor, med hva vi skal gjøre med
          dem. Erklæringen blir oppdatert når et brudd er rettet.
        </BodyLong>
      </Section>

      <Section id="kjente-brudd" heading="Kjente brudd på kravene">
        <ul className="plain-list">
          {KNOWN_ISSUES.map((issue) => (
            <li key={issue.title}>
              <KnownIssueCard issue={issue} />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="kontroll" heading="Slik har vi kontrollert Praksisbanken">
        <BodyLong>
          Erklæringen bygger på en egenvurdering. Hver side i Praksisbanken testes automatisk mot reglene for WCAG 2.1 nivå A og AA (med
          verktøyet axe-core) hver gang koden endres. Automatiske tester finner ikke alt: bruddene over er funnet ved gjennomgang med tastatur
          og på en skjerm som er 320 piksler bred. Praksisbanken er ikke testet av en uavhengig part.
        </BodyLong>
      </Section>

      <Section id="si-fra" heading="Si fra om noe ikke virker">
        <BodyLong>
          Er det noe i Praksisbanken du ikke får brukt, eller noe som mangler i listen over? Kontakt Nav Kontaktsenter og si at det gjelder
          universell utforming av Praksisbanken: hvilken side du var på, hva du prøvde å gjøre, og hva som skjedde.
        </BodyLong>
        <Link href="https://www.nav.no/kontaktoss">Kontakt Nav Kontaktsenter på nav.no</Link>
      </Section>

      <Section id="klage" heading="Klage og tilsyn">
        <BodyLong>
          Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage. Tilsynet for universell utforming av ikt i
          Digitaliseringsdirektoratet (Digdir) følger med på at regelverket blir fulgt, og Diskrimineringsnemnda behandler klager på brudd på
          kravene.
        </BodyLong>
        <ul className="plain-list">
          <li>
            <Link href="https://www.uustatus.no/">Tilsynet for universell utforming av ikt på uustatus.no</Link>
          </li>
          <li>
            <Link href="https://www.diskrimineringsnemnda.no/">Klag til Diskrimineringsnemnda</Link>
          </li>
        </ul>
      </Section>
    </VStack>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <VStack as="section" aria-labelledby={id} gap="space-12">
      <Heading level="2" size="large" id={id}>
        {heading}
      </Heading>
      {children}
    </VStack>
  );
}

function KnownIssueCard({ issue }: { issue: KnownIssue }) {
  return (
    <Box padding="space-20" borderWidth="1" borderRadius="12" borderColor="neutral-subtle">
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {issue.title}
        </Heading>
        <BodyLong>{issue.problem}</BodyLong>
        <BodyLong size="small">
          <strong>Krav:</strong> {issue.criteria.join('; ')}
        </BodyLong>
        <BodyLong size="small">
          <strong>Rammer særlig:</strong> {issue.affects}
        </BodyLong>
        <BodyLong size="small">
          <strong>Plan:</strong> {issue.plan}
        </BodyLong>
      </VStack>
    </Box>
  );
}
