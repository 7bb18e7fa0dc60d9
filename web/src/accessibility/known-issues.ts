// What is known not to meet WCAG 2.1 AA yet, for the accessibility statement. Remove an entry when
// its fix ships, and move LAST_CHECKED to the day the statement was checked against the app again.

/** The day the statement was last checked against the app (ISO date). */
export const LAST_CHECKED = '2026-12-01';

export interface KnownIssue {
  /** A short name for it: the heading it is listed under. */
  title: string;
  /** What does not work, in the user's words. */
  problem: string;
  /** The WCAG 2.1 success criteria it breaks, in the Norwegian wording of the regulation. */
  criteria: string[];
  /** Who is hit hardest. */
  affects: string;
  /** What we will do about it. */
  plan: string;
}

const ZOOM_OR_PHONE = 'Deg som forstørrer skjermbildet, eller bruker Praksisbanken på mobil.';

export const KNOWN_ISSUES: KnownIssue[] = [
  {
    title: 'Hovedmenyen på smale skjermer',
    problem: 'Hovedmenyen øverst på siden brytes ikke over flere linjer på smale skjermer og ved stor forstørrelse. Lenker i menyen havner utenfor skjermen.',
    criteria: ['1.4.10 Dynamisk tilpasning (Reflow), nivå AA'],
    affects: ZOOM_OR_PHONE,
    plan: 'Menyen skal brytes over flere linjer eller samles bak en menyknapp når det ikke er plass.',
  },
  {
    title: 'Søkefeltet på smale skjermer',
    problem: 'Søkefeltet er bredere enn skjermen når den er 320 piksler bred, så høyre del av feltet havner utenfor.',
    criteria: ['1.4.10 Dynamisk tilpasning (Reflow), nivå AA'],
    affects: ZOOM_OR_PHONE,
    plan: 'Søkefeltet skal bli smalere med skjermen i stedet for å ha fast bredde.',
  },
  {
    title: 'Regionsiden på smale skjermer',
    problem: 'Regionsiden må rulles sidelengs på smale skjermer, fordi deler av innholdet er bredere enn skjermen.',
    criteria: ['1.4.10 Dynamisk tilpasning (Reflow), nivå AA'],
    affects: ZOOM_OR_PHONE,
    plan: 'Brede tabeller skal kunne rulles hver for seg, slik oversikten over kontorer og praksiser allerede kan, så resten av siden holder seg innenfor skjermen.',
  },
  {
    title: 'Fokus når du blar i søketreffene',
    problem: 'Når du blar til en ny side med søketreff, forsvinner tastaturfokus fra sidevelgeren, og du må begynne fra toppen av siden igjen.',
    criteria: ['2.4.3 Fokusrekkefølge, nivå A'],
    affects: 'Deg som bruker tastatur eller skjermleser.',
    plan: 'Fokus skal flyttes til starten av den nye siden med treff.',
  },
  {
    title: 'Tastatur og språk i GraphQL-utforskeren',
    problem: 'I GraphQL-utforskeren for forskere fanger redigeringsfeltet tabulatortasten, så du kommer ikke videre med tastaturet. Utforskeren er dessuten på engelsk, mens siden er merket som norsk.',
    criteria: ['2.1.2 Ingen tastaturfelle, nivå A', '3.1.1 Språk på siden, nivå A'],
    affects: 'Deg som bruker tastatur eller skjermleser. Skjermleseren leser engelsk tekst med norsk uttale.',
    plan: 'Redigeringsfeltet skal slippe tastaturfokus på en måte som står forklart på siden, og den engelske teksten skal merkes som engelsk. Inntil da kan du sende de samme spørringene til GraphQL-adressen (/graphql) med andre verktøy.',
  },
  {
    title: 'Feiloppsummeringen i skjemaet for praksiser',
    problem: 'I skjemaet for å foreslå eller endre en praksis kan feiloppsummeringen gjenta samme melding, for eksempel «Skriv tallet», én gang for hvert resultat, uten å si hvilket resultat den gjelder.',
    criteria: ['3.3.1 Identifikasjon av feil, nivå A'],
    affects: 'Deg som bruker skjermleser, eller som ikke ser hele skjemaet samtidig.',
    plan: 'Hver melding i oppsummeringen skal si hvilket resultat eller hvilken lenke den gjelder, for eksempel «Resultat 2: Skriv tallet».',
  },
  {
    title: 'Uthevede søkeord',
    problem: 'Ordene som passer til søket ditt, er uthevet i treffene bare med bakgrunnsfarge.',
    criteria: ['1.4.1 Bruk av farge, nivå A'],
    affects: 'Deg som ikke skiller farger godt, eller som bruker egne farger eller høy kontrast.',
    plan: 'Uthevingen skal også vises med fet skrift, som ikke er avhengig av farge.',
  },
];
