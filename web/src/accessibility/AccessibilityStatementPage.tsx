import { BodyLong, Box, Heading, Link, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { formatDate } from '../format';
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
          arbeidsmåter, fylkeskontorene følger med på hva som tas i bruk, og forskere henter tall gjennom GraphQL-utforskeren.
          Erklæringen gjelder alle sidene i Praksisbanken, også innloggingen og GraphQL-utforskeren.
        </BodyLong>
      </Section>

      <Section id="status" heading="Hvor godt Praksisbanken oppfyller kravene">
        {broken.size > 0 ? (
          <>
            <BodyLong weight="semibold">Praksisbanken er delvis i samsvar med kravene til universell utforming.</BodyLong>
            <BodyLong>
              Vi kjenner til brudd på {broken.size} av de {REQUIREMENTS} kravene i regelverket. De står i listen nedenfor, med hva vi skal
              gjøre med dem. Erklæringen blir oppdatert når et brudd er rettet.
            </BodyLong>
          </>
        ) : (
          <>
            <BodyLong weight="semibold">Praksisbanken er i samsvar med kravene til universell utforming, etter vår egen vurdering.</BodyLong>
            <BodyLong>
              Vi kjenner ikke til brudd på noen av de {REQUIREMENTS} kravene i regelverket nå. Finner du noe som ikke virker, vil vi gjerne
              høre om det, så retter vi det og fører det opp her til det er rettet.
            </BodyLong>
          </>
        )}
      </Section>

      <Section id="kjente-brudd" heading="Kjente brudd på kravene">
        {KNOWN_ISSUES.length > 0 ? (
          <ul className="plain-list">
            {KNOWN_ISSUES.map((issue) => (
              <li key={issue.title}>
                <KnownIssueCard issue={issue} />
              </li>
            ))}
          </ul>
        ) : (
          <BodyLong>Ingen kjente brudd nå.</BodyLong>
        )}
      </Section>

      <Section id="kontroll" heading="Slik har vi kontrollert Praksisbanken">
        <BodyLong>
          Erklæringen bygger på en egenvurdering. Praksisbanken er ikke testet av en uavhengig part. Dette testes automatisk i nettleseren
          Chromium hver gang koden endres:
        </BodyLong>
        <ul>
          <li>
            <BodyLong>Hver side mot reglene for WCAG 2.1 nivå A og AA, med verktøyet axe-core.</BodyLong>
          </li>
          <li>
            <BodyLong>
              Hver side på en skjerm som er 320 og 640 piksler bred (som 400 og 200 prosent forstørrelse), utlogget og innlogget som
              veileder, fylkesdirektør og redaktør: at siden ikke må rulles sidelengs, og at menyen øverst kan åpnes og brukes med
              tastaturet helt ned til «Logg ut».
            </BodyLong>
          </li>
          <li>
            <BodyLong>
              Med tastaturet alene: at fokus flyttes til overskriften over treffene når du blar i søkeresultatene, at feilmeldinger i
              skjemaer sier hvilket felt og hvilken rad de gjelder, at bekreftelser leses opp, og at du kommer ut av redigeringsfeltene i
              GraphQL-utforskeren.
            </BodyLong>
          </li>
        </ul>
        <BodyLong>
          Automatiske tester finner ikke alt. Derfor har vi også gått gjennom sidene for hånd med tastatur, ved 200 og 400 prosent
          forstørrelse og på en skjerm som er 320 piksler bred.
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
