import {
  EvidenceLevel,
  PracticeKind,
  PracticeStatus,
  Responsibility,
  TargetGroup,
  StudyDesign,
  Theme,
} from '../../server/practices/vocabulary.js';
import type { SeedPractice } from './types.js';

/** Markdown written indented in the source: strips the common indentation and outer blank lines. */
function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\s*\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(indent)).join('\n');
}

const SPEECH_2017 = 'Arbeids- og sosialministerens åpningstale, Partnerskapskonferansen 2017';
const DRAMMEN_2015 = 'Partnerskapet i Drammen: presentasjon av samarbeidet mellom stat og kommune, 2015';
const { RANDOMISED, QUASI_EXPERIMENTAL, BEFORE_AFTER, DESCRIPTIVE } = StudyDesign;

const IPS_TRIAL = {
  population: 'Deltakere i det norske IPS-forsøket, personer med moderate til alvorlige psykiske lidelser i seks fylker fra 2013',
  targetGroup: TargetGroup.MENTAL_ILLNESS,
  nResult: 229,
  nComparison: 181,
  design: RANDOMISED,
  significant: true,
  source: 'Reme mfl.: «A randomized controlled multicenter trial of individual placement and support for patients with moderate-to-severe mental illness», Scandinavian Journal of Work, Environment & Health 2019;45(1):33–41',
  sourceUrl: 'https://www.sjweh.fi/show_abstract.php?abstract_id=3753',
  year: 2019,
};
const SE_SMALL_TRIAL = {
  population: 'Deltakere i forsøket ved Nav Hurum, Rygge, Røyken og Moss 2013–2017 (nedsatt arbeidsevne)',
  targetGroup: TargetGroup.REDUCED_WORK_CAPACITY,
  nResult: 167,
  nComparison: 101,
  design: RANDOMISED,
  source: 'Dahl og Lima: «Supported employment ga flere i arbeid raskt, men etter tre år er forskjellen borte», Arbeid og velferd 2/2021',
  sourceUrl: 'https://arbeidogvelferd.nav.no/journal/2021/2/m-2556/Supported_employment_ga_flere_i_arbeid_raskt,_men_etter_tre_%C3%A5r_er_forskjellen_borte',
  year: 2021,
};
/** «No significant difference» as the studies report it: 0 is the finding, not a measured figure. */
const NO_DIFFERENCE = { difference: 0, significant: false } as const;
const DRAMMEN = '0602';

/**
 * The seed catalogue. Figures in outcomes come from the named sources (see /work/shared/seed-facts.md);
 * every figure without a source is marked demo: true and says so in its indicator text.
 */
export const practices: SeedPractice[] = [
  // ---------------------------------------------------------------------------------------------
  // Nationally known methods and programmes
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'individuell-jobbstotte',
    title: 'Individuell jobbstøtte (IPS)',
    summary:
      'Jobbspesialister fra Nav er en del av behandlingsteamene i psykisk helse og rus og hjelper alle som ønsker det, raskt ut i ordinært lønnet arbeid med støtte så lenge det trengs. Metoden har dokumentert effekt i norske og internasjonale randomiserte forsøk.',
    description: md`
      Individuell jobbstøtte (Individual Placement and Support, IPS) er en utgave av Supported Employment
      for personer med moderate til alvorlige psykiske lidelser og/eller rusproblemer. Jobbspesialisten
      jobber i behandlingsteamet, og det eneste kravet for å være med er at personen selv ønsker seg en jobb.

      ## Slik gjør vi det i Bodø
      - Jobbspesialistene har fast plass i teamene ved DPS og i kommunens rus- og psykiatritjeneste, og deltar på teammøtene hver uke.
      - Jobbsøket starter med en gang. Vi bruker ikke lange forberedende kurs eller arbeidstrening i skjermede tiltak.
      - Brukerens egne ønsker styrer: yrke, arbeidstid og hvor mye hen vil fortelle arbeidsgiveren om helsen sin.
      - Jobbspesialisten oppsøker arbeidsgivere, og følger opp både den ansatte og arbeidsgiveren etter at jobben er på plass – uten en fast sluttdato.
      - Veilederen på Nav-kontoret tar seg av ytelsene og gir råd om hvordan lønn og stønad virker sammen, slik at ingen taper på å begynne å jobbe.

      ## De åtte prinsippene
      Ordinært arbeid er målet · alle som vil, kan delta · arbeid og behandling er integrert · brukerens preferanser styrer ·
      individuell veiledning om økonomi og ytelser · raskt jobbsøk · systematisk jobbutvikling mot arbeidsgivere · oppfølging uten tidsbegrensning.

      ## Erfaringer og kunnskapsgrunnlag
      I det norske effektforsøket (410 deltakere i seks fylker fra 2013) var 37,4 % i IPS-gruppen i ordinært lønnet
      arbeid etter 18 måneder, mot 27,1 % i kontrollgruppen. Effekten var størst for dem under 30 år og for dem som ikke
      hadde fullført videregående skole. Også blant unge voksne som verken var i arbeid eller utdanning (SEED-forsøket)
      fikk langt flere en ordinær jobb med IPS enn med tradisjonell attføring. Se tallene under, med grupper og år.

      ## Forutsetninger
      - En skriftlig samarbeidsavtale mellom Nav-kontoret, spesialisthelsetjenesten og/eller kommunen.
      - Jobbspesialister med lav saksmengde som bruker mesteparten av tiden ute hos arbeidsgivere.
      - Jevnlig måling av metodetrofasthet med IPS-skalaen (25 punkter som skåres 1–5, til sammen maks 125 poeng).
      - Ledere i Nav og helse som prioriterer arbeid som en del av behandlingen.
    `,
    themes: [Theme.WORK_INCLUSION, Theme.MENTAL_HEALTH, Theme.HEALTH, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.MENTAL_ILLNESS, TargetGroup.YOUTH, TargetGroup.REDUCED_WORK_CAPACITY],
    evidenceLevel: EvidenceLevel.RESEARCH_BASED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.NATIONAL_METHOD,
    originOffice: '1804',
    outcomes: [
      { ...IPS_TRIAL, indicator: 'Andel i ordinært lønnet arbeid', followUpMonths: 12, value: 36.6, comparisonValue: 27.1, unit: '%' },
      {
        ...IPS_TRIAL,
        indicator: 'Andel i ordinært lønnet arbeid',
        followUpMonths: 18,
        value: 37.4,
        comparisonValue: 27.1,
        unit: '%',
        note: 'Det samme tallet står i sluttrapporten fra Uni Research / NORCE (2017).',
      },
      {
        indicator: 'Andel som fikk en ordinær jobb i løpet av oppfølgingen',
        targetGroup: TargetGroup.YOUTH,
        population: 'Unge voksne 18–29 år utenfor arbeid og utdanning, med midlertidig ytelse (SEED-forsøket, Hordaland)',
        followUpMonths: 12,
        value: 48,
        comparisonValue: 8,
        unit: '%',
        nResult: 50,
        nComparison: 46,
        significant: true,
        design: RANDOMISED,
        note: 'Sammenlignet med tradisjonell attføring i skjermet virksomhet.',
        year: 2020,
        source: 'Sveinsdottir mfl.: «Individual placement and support for young adults at risk of early work disability (the SEED trial)», Scandinavian Journal of Work, Environment & Health 2020;46(1):50–59',
        sourceUrl: 'https://www.sjweh.fi/show_abstract.php?abstract_id=3837',
      },
    ],
    links: [
      {
        title: 'Uni Research / NORCE: Effektevaluering av Individuell jobbstøtte (IPS): sluttrapport (2017)',
        url: 'https://kudos.dfo.no/dokument/11805/effektevaluering-av-individuell-jobbstotte-ips-sluttrapport',
      },
      { title: 'Reme mfl. 2019: IPS-forsøket, 12 og 18 måneder', url: 'https://www.sjweh.fi/show_abstract.php?abstract_id=3753' },
      { title: 'Sveinsdottir mfl. 2020: SEED-forsøket med unge voksne', url: 'https://www.sjweh.fi/show_abstract.php?abstract_id=3837' },
    ],
    reviewDue: '2027-03-01',
    createdAt: '2019-04-02',
  },
  {
    slug: 'kvalifiseringsprogrammet',
    title: 'Kvalifiseringsprogrammet (KVP)',
    summary:
      'Et forpliktende, individuelt tilrettelagt program med kvalifiseringsstønad for personer som står langt fra arbeidslivet, ofte langtidsmottakere av sosialhjelp. Alle Nav-kontor skal tilby programmet.',
    description: md`
      Kvalifiseringsprogrammet ble innført i 2007 og har vært landsdekkende siden 2011. Deltakeren får
      tett og forpliktende oppfølging og en fast kvalifiseringsstønad i stedet for økonomisk sosialhjelp.
      Programmet er en kommunal tjeneste som alle Nav-kontor skal tilby. Det har lenge vært underbrukt, og Nav-kontorene
      er bedt om å informere om programmet, slik at alle som kan ha rett til det, får vite om det.

      ## Slik gjør vi det på Alna
      - Hver deltaker har én fast programrådgiver som følger opp tett, med faste møter og kort vei til å ta kontakt.
      - Programmet er på heltid og settes sammen av arbeidstrening på ordinære arbeidsplasser, norskopplæring, helsetiltak og jobbsøking.
      - Vi kartlegger arbeidsevnen grundig før oppstart og bruker statlige tiltak der de passer.
      - Fravær følges opp samme dag. Trekk i stønaden brukes lite og aldri uten en samtale først.
      - Vi planlegger overgangen til arbeid fra første dag og følger opp også den første tiden i jobb.

      ## Erfaringer
      Resultatene fra KVP avhenger mye av hvem man regner andelen av. Nav-kontorenes egen rapportering tilsier at
      om lag 4 av 10 går til arbeid etter programmet. Registertall for dem som fullførte viser en økning fra 19 %
      (startet i 2010) til 28 % (startet i 2015); årstallet er kullets startår. SSB viser store forskjeller mellom fylkene. Se tallene under, og
      sammenlign bare tall med samme nevner og år.

      ## Forutsetninger
      - Nok programrådgivere til at oppfølgingen faktisk blir tett.
      - Tilgang til arbeidsgivere som tar imot deltakere på ordinære arbeidsplasser.
      - God samordning mellom kommunal og statlig side av kontoret, særlig om tiltak og helseavklaring.
    `,
    themes: [Theme.QUALIFICATION, Theme.SOCIAL_ASSISTANCE, Theme.WORK_INCLUSION, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.STATUTORY,
    originOffice: '0326',
    outcomes: [
      {
        indicator: 'Andel som går til arbeid etter programmet (om lag 4 av 10)',
        targetGroup: TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE,
        population: 'Deltakere etter avsluttet program, etter Nav-kontorenes egen rapportering',
        value: 40,
        unit: '%',
        design: DESCRIPTIVE,
        year: 2017,
        source: SPEECH_2017,
      },
      {
        indicator: 'Andel yrkesaktive etter fullført program',
        // The same measure and source as the catalogue's indicator: in work after a completed programme.
        indicatorCode: 'KVP_TO_WORK',
        targetGroup: TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE,
        population: 'Deltakere som startet i 2010 og fullførte programmet (registerdata)',
        value: 19,
        unit: '%',
        design: DESCRIPTIVE,
        note: '2010-kullet: året er kullets startår.',
        year: 2010,
        source: 'Nav, Arbeid og velferd: «Hvem starter i Kvalifiseringsprogrammet og kommer de i arbeid?»',
        sourceUrl:
          'https://www.nav.no/no/nav-og-samfunn/kunnskap/analyser-fra-nav/arbeid-og-velferd/arbeid-og-velferd/hvem-starter-i-kvalifiseringsprogrammet-og-kommer-de-i-arbeid',
      },
      {
        indicator: 'Andel yrkesaktive etter fullført program',
        // The same measure and source as the catalogue's indicator: in work after a completed programme.
        indicatorCode: 'KVP_TO_WORK',
        targetGroup: TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE,
        population: 'Deltakere som startet i 2015 og fullførte programmet (registerdata)',
        value: 28,
        unit: '%',
        design: DESCRIPTIVE,
        note: '2015-kullet: året er kullets startår.',
        year: 2015,
        source: 'Nav, Arbeid og velferd: «Hvem starter i Kvalifiseringsprogrammet og kommer de i arbeid?»',
        sourceUrl:
          'https://www.nav.no/no/nav-og-samfunn/kunnskap/analyser-fra-nav/arbeid-og-velferd/arbeid-og-velferd/hvem-starter-i-kvalifiseringsprogrammet-og-kommer-de-i-arbeid',
      },
      {
        indicator: 'Andel som fullførte eller avsluttet programmet i løpet av året',
        population: 'Alle deltakere i kvalifiseringsprogrammet i 2022',
        value: 23,
        unit: '%',
        design: DESCRIPTIVE,
        year: 2022,
        source: 'SSB, statistikk om kvalifiseringsprogrammet 2022',
      },
      {
        indicator: 'Andel til ordinært arbeid etter programmet, lavest blant fylkene',
        population: 'Deltakere som fullførte eller avsluttet programmet i 2022, i fylket med lavest andel (SSBs fylkesinndeling det året)',
        value: 39,
        unit: '%',
        design: DESCRIPTIVE,
        year: 2022,
        source: 'SSB, statistikk om kvalifiseringsprogrammet 2022',
      },
      {
        indicator: 'Andel til ordinært arbeid etter programmet, høyest blant fylkene (om lag)',
        population: 'Deltakere i Agder som fullførte eller avsluttet programmet i 2022',
        value: 67,
        unit: '%',
        design: DESCRIPTIVE,
        year: 2022,
        source: 'SSB, statistikk om kvalifiseringsprogrammet 2022',
      },
    ],
    links: [
      { title: 'Nav: Kvalifiseringsprogrammet', url: 'https://www.nav.no/kvalifiseringsprogrammet' },
      {
        title: 'Arbeid og velferd: Hvem starter i Kvalifiseringsprogrammet og kommer de i arbeid?',
        url: 'https://www.nav.no/no/nav-og-samfunn/kunnskap/analyser-fra-nav/arbeid-og-velferd/arbeid-og-velferd/hvem-starter-i-kvalifiseringsprogrammet-og-kommer-de-i-arbeid',
      },
    ],
    reviewDue: '2026-06-30',
    createdAt: '2019-02-11',
  },
  {
    slug: 'forsok-med-kjerneoppgaver',
    title: 'Forsøk med kjerneoppgaver i Nav-kontor',
    summary:
      'Nav-kontoret gjør selv avklaring og oppfølging som ellers kjøpes fra tiltaksarrangører. Fem forsøkskontor fikk minst like mange i arbeid som kontrollkontorene, og to fikk flere.',
    description: md`
      I perioden 2012–2016 prøvde fem Nav-kontor, blant dem Nav Bamble og Nav Heimdal, å ta avklaring og
      oppfølging inn i egen organisasjon i stedet for å kjøpe tjenestene fra tiltaksarrangører. Kontorene
      ble sammenlignet med fem like kontor som fortsatte som før. Arbeidsevnevurderingen gjorde Nav hele tiden selv;
      det forsøket flyttet inn på kontoret, var avklarings- og oppfølgingsoppgavene.

      ## Slik gjør vi det i Bamble
      - Veiledere med særlig kompetanse på avklaring og arbeidsrettet oppfølging har færre brukere hver og mer tid ute hos arbeidsgivere.
      - Brukeren beholder samme veileder gjennom avklaring, tiltak og overgang til jobb – ingen overlevering til en ekstern leverandør.
      - Vi bruker ordinære arbeidsplasser i nærmiljøet til avklaring og utprøving.
      - Deltidsarbeid kombinert med arbeidsavklaringspenger brukes aktivt som et steg mot mer arbeid.

      ## Erfaringer
      Evalueringen fra AFI (AFI-rapport 2016:05, «Inkluderingskompetanse i NAV») fant at tre av forsøkskontorene fikk like mange over i arbeid som kontrollkontorene, mens to fikk flere.
      Registeranalysen viste en samlet positiv effekt på overgang til arbeid på 39 prosent, og mesteparten av effekten kom
      fra deltidsarbeid kombinert med AAP. Vi har fortsatt med arbeidsformen etter at forsøket ble avsluttet.

      ## Forutsetninger
      - Ledelse som tør å omdisponere ressurser fra kjøp av tiltak til egne veiledere.
      - Kompetanseheving i arbeidsrettet oppfølging og tett kontakt med lokale arbeidsgivere.
      - Tålmodighet: effekten kom gradvis og var ulik fra kontor til kontor.
    `,
    themes: [Theme.FOLLOW_UP, Theme.WORK_INCLUSION, Theme.QUALIFICATION],
    targetGroups: [TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.AAP_RECIPIENTS],
    evidenceLevel: EvidenceLevel.EVALUATED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0814',
    outcomes: [
      {
        indicator: 'Overgang til arbeid, relativ forskjell mot kontrollkontorene',
        targetGroup: TargetGroup.REDUCED_WORK_CAPACITY,
        population: 'Brukere ved de fem forsøkskontorene sammenlignet med brukere ved fem like kontrollkontor (registeranalyse)',
        difference: 39,
        unit: 'prosent (relativ endring)',
        design: QUASI_EXPERIMENTAL,
        significant: true,
        note: 'Samlet effekt i forsøksperioden 2012–2016, mest fra deltidsarbeid kombinert med AAP. Tre forsøkskontor fikk like mange i arbeid som kontrollkontorene, to fikk flere.',
        year: 2016,
        source: 'Spjelkavik, Mamelund og Schafft: «Inkluderingskompetanse i NAV. Evaluering av forsøket Kjerneoppgaver i NAV», AFI-rapport 2016:05',
      },
    ],
    links: [],
    reviewDue: '2025-12-01',
    createdAt: '2019-06-17',
  },
  {
    slug: 'aktivitetsplikt-for-unge-sosialhjelpsmottakere',
    title: 'Aktivitetsplikt for unge sosialhjelpsmottakere',
    summary:
      'Unge under 30 år som mottar økonomisk sosialhjelp, får vilkår om aktivitet tilpasset sin situasjon. Kontorene melder om raskere avklaring, men effekten på overgang til arbeid er usikker.',
    description: md`
      Fra 1. januar 2017 skal kommunene stille vilkår om aktivitet for mottakere av økonomisk sosialhjelp under 30 år,
      med mindre tungtveiende grunner taler mot det. Hensikten er at ingen unge skal bli gående passive på stønad.

      ## Slik gjør vi det i Sandnes
      - Alle nye søkere under 30 år får en samtale om aktivitet allerede ved første møte med kontoret.
      - Aktiviteten skal være meningsfull for den enkelte: jobbsøking med oppfølging, arbeidstrening, skole eller helsetiltak.
      - Vilkåret står i vedtaket og i aktivitetsplanen, slik at det er tydelig hva som forventes.
      - Fravær følges opp raskt med en samtale før vi vurderer reduksjon i stønaden.

      ## Erfaringer
      En kartlegging blant Nav-kontorene i 2018 viste at de fleste mente brukerne kom raskere ut av passivitet og ble
      raskere avklart. Andelen som gikk over til arbeid, holdt seg likevel rundt 2 %. Antallet sosialhjelpsmottakere under
      30 år falt med 21,4 % i 2017, men nedgangen kan også ha andre forklaringer. Effektkunnskapen er derfor blandet.

      ## Forutsetninger
      - Et variert tilbud av aktiviteter, også for unge med helseutfordringer.
      - Felles praksis på kontoret for når vilkår skal stilles og når det skal gjøres unntak.
    `,
    themes: [Theme.ACTIVITY_REQUIREMENTS, Theme.SOCIAL_ASSISTANCE, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.EVALUATED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.STATUTORY,
    originOffice: '1102',
    outcomes: [
      {
        indicator: 'Andel som gikk over til arbeid (om lag)',
        targetGroup: TargetGroup.YOUTH,
        population: 'Sosialhjelpsmottakere under 30 år med aktivitetsplikt, etter Nav-kontorenes svar i kartleggingen',
        value: 2,
        unit: '%',
        design: DESCRIPTIVE,
        year: 2018,
        source: 'Arbeid og velferd 4/2018',
      },
      {
        indicator: 'Nedgang i antall sosialhjelpsmottakere under 30 år fra 2016 til 2017',
        targetGroup: TargetGroup.YOUTH,
        population: 'Sosialhjelpsmottakere under 30 år',
        value: 21.4,
        unit: '%',
        design: BEFORE_AFTER,
        note: 'Før og etter at plikten kom; nedgangen kan ha andre forklaringer.',
        year: 2017,
        source: 'Arbeid og velferd 4/2018; omtalt i pressen',
      },
    ],
    links: [{ title: 'Nav: Økonomisk sosialhjelp', url: 'https://www.nav.no/okonomisk-sosialhjelp' }],
    reviewDue: '2027-01-15',
    createdAt: '2019-09-03',
  },
  {
    slug: 'ungdomsinnsatsen',
    title: 'Ungdomsinnsatsen',
    summary:
      'Arbeidsledige under 30 år får rask og individuelt tilpasset oppfølging mot arbeid, utdanning eller annen aktivitet. Målet er at ingen unge skal bli gående uten et tilbud.',
    description: md`
      Ungdomsinnsatsen ble innført i 2017. Unge under 30 år som er arbeidsledige, skal raskt få en avklaring og
      et tilbud som passer, enten det er jobb, skole, tiltak eller annen aktivitet. Bakgrunnen var at over 70 000
      unge verken var i arbeid eller utdanning i 2016.

      ## Slik gjør vi det i Lillestrøm
      - Egne ungdomsveiledere tar imot alle unge arbeidssøkere og har første samtale kort tid etter registrering.
      - Aktivitetsplanen lages sammen med den unge, med konkrete mål og datoer.
      - Vi samarbeider tett med oppfølgingstjenesten i fylkeskommunen og med videregående skoler om unge som vil tilbake til skolen.
      - Veilederne bruker mye tid ute hos arbeidsgivere og matcher unge direkte til ledige stillinger.

      ## Erfaringer
      Det viktigste for oss har vært tempo og kontinuitet: samme veileder hele veien og lite venting mellom samtalene.
      Unge som trenger helsehjelp, henvises tidlig, slik at de ikke blir stående i et jobbsøk som ikke fører fram.

      ## Forutsetninger
      - Veiledere med kapasitet til hyppige samtaler.
      - Avtaler med skole og helsetjeneste om rask kontakt.
    `,
    themes: [Theme.FOLLOW_UP, Theme.WORK_INCLUSION, Theme.EDUCATION],
    targetGroups: [TargetGroup.YOUTH, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.STATUTORY,
    originOffice: '0231',
    outcomes: [],
    links: [{ title: 'Nav: For deg som er ung', url: 'https://www.nav.no/ung' }],
    reviewDue: '2027-02-01',
    createdAt: '2019-10-21',
  },
  {
    slug: 'forsterket-ungdomsinnsats',
    title: 'Forsterket ungdomsinnsats',
    summary:
      'Unge arbeidssøkere skal få tett oppfølging innen åtte uker. Evalueringen fant ingen målbar effekt på overgang til arbeid, men en liten positiv effekt på utdanning.',
    description: md`
      Forsterket ungdomsinnsats skjerper kravene i ungdomsinnsatsen: unge arbeidssøkere skal ha fått tett,
      arbeidsrettet oppfølging innen åtte uker (fristen er ordningens innretning, ikke et resultat). Tanken er at tidlig innsats hindrer at unge blir gående lenge uten aktivitet.

      ## Slik gjør vi det i Bergen nord
      - Vi følger en ukentlig liste over unge som nærmer seg åttende uke uten avtalt aktivitet.
      - Ungdomsteamet har egne dager for oppstartssamtaler og gruppeinformasjon.
      - Unge som vil ta utdanning, får hjelp til å søke skoleplass eller opplæring i stedet for kun jobbsøk.

      ## Erfaringer
      Fafo-evalueringen «Tid for aktivering» (2020) fant ingen målbar effekt på overgangen til arbeid, men en liten positiv
      effekt på utdanning. Vi bruker derfor fristen som et verktøy for å unngå at noen blir glemt, ikke som et mål i seg selv.

      ## Forutsetninger
      - Oversikt over ventetid per bruker, helst i et daglig eller ukentlig uttrekk.
      - Et samarbeid med skolene som gjør utdanning til et reelt alternativ.
    `,
    themes: [Theme.FOLLOW_UP, Theme.WORK_INCLUSION, Theme.EDUCATION],
    targetGroups: [TargetGroup.YOUTH, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.EVALUATED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.STATUTORY,
    originOffice: '1203',
    outcomes: [
      {
        indicator: 'Overgang til arbeid',
        targetGroup: TargetGroup.YOUTH,
        population: 'Unge ledige under 30 år, før og etter innføringen (regresjonsanalyse av registerdata)',
        ...NO_DIFFERENCE,
        unit: '%',
        design: QUASI_EXPERIMENTAL,
        note: 'Ingen målbar effekt på overgang til arbeid; en liten positiv effekt på overgang til utdanning (ikke tallfestet her).',
        year: 2020,
        source: 'Strand, Grønningsæter, Nielsen og Holte: «Tid for aktivering. Evaluering av forsterket ungdomsinnsats i NAV», Fafo-rapport 2020:19',
        sourceUrl: 'https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/item/tid-for-aktivering',
      },
    ],
    links: [{ title: 'Fafo-rapport 2020:19: Tid for aktivering', url: 'https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/item/tid-for-aktivering' }],
    reviewDue: '2027-04-15',
    createdAt: '2020-11-10',
  },
  {
    slug: 'supported-employment-i-nav',
    title: 'Supported Employment i Nav',
    summary:
      'Jobbkonsulenter hjelper personer med nedsatt arbeidsevne ut i ordinært arbeid med opplæring og støtte på arbeidsplassen. Forsøkene viste gevinster det første og andre året, men forskjellen forsvant over tid.',
    description: md`
      Supported Employment (SE) betyr «først plassere, så trene»: deltakeren får hjelp til å finne en ordinær jobb,
      og opplæring og støtte skjer på arbeidsplassen. Metoden ble prøvd ut i Nav i 2014–2017 og sammenlignet med
      tiltakene «Arbeid med bistand» og «Oppfølging».

      ## Slik gjør vi det i Moss
      - Jobbkonsulenten kartlegger ønsker og ressurser sammen med deltakeren, ikke bare begrensninger.
      - Vi finner arbeidsgivere gjennom jobbutvikling ut fra deltakerens ønsker, ikke bare utlyste stillinger.
      - Opplæring skjer på jobben, med tett oppfølging de første ukene som trappes ned etter behov.
      - Arbeidsgiveren har en fast kontaktperson hos oss.

      ## Erfaringer
      Moss var ett av fire kontor (med Hurum, Rygge og Røyken) i et mindre forsøk med 268 deltakere i 2013–2017
      (167 fikk SE, 101 ordinær oppfølging).
      Der var andelen i arbeid 12 prosentpoeng høyere etter 24 måneder, men etter tre år var forskjellen ikke lenger
      signifikant. Det store forsøket med 3 737 deltakere i sju fylker viste gevinster etter 6–18 måneder, men ingen varig
      forskjell over opptil seks år. Resultater gjelder altså for en periode, og vi følger med på hvordan det går over tid.

      ## Forutsetninger
      - Jobbkonsulenter med tid til å være ute hos arbeidsgivere.
      - En plan for oppfølging etter at den tette fasen er over, slik at gevinsten ikke forsvinner.
    `,
    themes: [Theme.WORK_INCLUSION, Theme.EMPLOYER_COOPERATION, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.EVALUATED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.NATIONAL_METHOD,
    originOffice: '0104',
    outcomes: [
      { ...SE_SMALL_TRIAL, indicator: 'Andel i arbeid, SE mot ordinær oppfølging', followUpMonths: 24, difference: 12, unit: '%' },
      {
        ...SE_SMALL_TRIAL,
        indicator: 'Andel i arbeid, SE mot ordinær oppfølging',
        followUpMonths: 36,
        ...NO_DIFFERENCE,
        unit: '%',
        note: 'Etter tre år var forskjellen ikke lenger signifikant.',
      },
      {
        indicator: 'Andel i arbeid, SE mot «Arbeid med bistand»/«Oppfølging»',
        targetGroup: TargetGroup.REDUCED_WORK_CAPACITY,
        population: 'Deltakere i det landsomfattende forsøket 2014–2017 i sju fylker, trukket til SE (litt over en tredel) eller til de vanlige tiltakene',
        followUpMonths: 72,
        ...NO_DIFFERENCE,
        unit: '%',
        design: RANDOMISED,
        note: 'Gevinst i inntekt og sysselsetting de første 6–18 månedene, ingen varige forskjeller etter opptil seks år. 3 737 deltakere i alt.',
        year: 2021,
        source: 'Berg, Hauge, Markussen og Zhang: «Supported Employment eller «vanlig» oppfølging? Resultater fra et stort randomisert forsøk i NAV», Frischsenteret rapport 2/2021',
        sourceUrl: 'https://www.frisch.uio.no/publikasjoner/?pubid=1521',
      },
    ],
    links: [
      { title: 'Frischsenteret rapport 2/2021: Supported Employment eller «vanlig» oppfølging?', url: 'https://www.frisch.uio.no/publikasjoner/?pubid=1521' },
      {
        title: 'Arbeid og velferd 2/2021: Supported employment ga flere i arbeid raskt, men etter tre år er forskjellen borte',
        url: 'https://arbeidogvelferd.nav.no/journal/2021/2/m-2556/Supported_employment_ga_flere_i_arbeid_raskt,_men_etter_tre_%C3%A5r_er_forskjellen_borte',
      },
    ],
    reviewDue: '2027-05-31',
    createdAt: '2021-05-18',
  },
  {
    slug: 'midlertidig-lonnstilskudd',
    title: 'Midlertidig lønnstilskudd',
    summary:
      'Arbeidsgiveren får dekket en del av lønnen for en periode når hen ansetter en som ellers ville hatt vanskelig for å få jobb. Om lag 4 av 10 er i stabilt arbeid innen tre år.',
    description: md`
      Midlertidig lønnstilskudd er et av tiltakene som ligger nærmest en ordinær jobb: personen er ansatt på vanlige
      vilkår, og Nav kompenserer arbeidsgiveren for lavere produktivitet i starten.

      ## Slik gjør vi det i Kristiansand
      - Markedsteamet avklarer tidlig med arbeidsgiveren om det finnes en reell mulighet for fast ansettelse etter tilskuddsperioden.
      - Avtalen beskriver opplæring, veiledning og hvem på arbeidsplassen som har ansvaret.
      - Veilederen følger opp med faste samtaler med både arbeidstaker og arbeidsgiver og trapper ned tilskuddet etter planen.

      ## Erfaringer
      En analyse i Arbeid og velferd (2024) viser at om lag 4 av 10 var i stabilt arbeid innen tre år. For ordinære
      arbeidssøkere var andelen 54 %, for personer med nedsatt arbeidsevne 23 %. Oppsummeringen «Hva virker for hvem?»
      peker på at tiltak som ligger nær en ordinær jobb, virker best.

      ## Forutsetninger
      - Arbeidsgivere som ser tilskuddet som en start på et ansettelsesforhold, ikke gratis arbeidskraft.
      - Tett oppfølging når tilskuddet trappes ned.
    `,
    themes: [Theme.EMPLOYER_COOPERATION, Theme.WORK_INCLUSION, Theme.QUALIFICATION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.EMPLOYERS],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.STATUTORY,
    originOffice: '1001',
    outcomes: [
      {
        indicator: 'Andel i stabilt arbeid (om lag 4 av 10)',
        population: 'Alle deltakere med midlertidig lønnstilskudd i analysen',
        value: 40,
        followUpMonths: 36,
        unit: '%',
        design: DESCRIPTIVE,
        note: 'I stabilt arbeid innen tre år etter tiltaket.',
        year: 2024,
        source: 'Arbeid og velferd 3/2024',
      },
      {
        indicator: 'Andel i stabilt arbeid',
        targetGroup: TargetGroup.JOBSEEKERS,
        population: 'Ordinære arbeidssøkere med midlertidig lønnstilskudd',
        value: 54,
        followUpMonths: 36,
        unit: '%',
        design: DESCRIPTIVE,
        note: 'I stabilt arbeid innen tre år etter tiltaket.',
        year: 2024,
        source: 'Arbeid og velferd 3/2024',
      },
      {
        indicator: 'Andel i stabilt arbeid',
        targetGroup: TargetGroup.REDUCED_WORK_CAPACITY,
        population: 'Personer med nedsatt arbeidsevne med midlertidig lønnstilskudd',
        value: 23,
        followUpMonths: 36,
        unit: '%',
        design: DESCRIPTIVE,
        note: 'I stabilt arbeid innen tre år etter tiltaket.',
        year: 2024,
        source: 'Arbeid og velferd 3/2024',
      },
    ],
    links: [{ title: 'Nav: Lønnstilskudd', url: 'https://www.nav.no/lonnstilskudd' }],
    reviewDue: '2027-10-01',
    createdAt: '2024-10-07',
  },
  {
    slug: 'tettere-oppfolging-av-aap-mottakere',
    title: 'Tettere oppfølging av mottakere av arbeidsavklaringspenger',
    summary:
      'Faste oppfølgingspunkter og tidlig kontakt med behandlere skal gi kortere stønadsløp på AAP og en raskere vei til arbeid. Arbeidssøkerperioden brukes aktivt.',
    description: md`
      Mange blir gående lenge på arbeidsavklaringspenger (AAP) uten en tydelig plan. I 2017 ble det lagt vekt på
      tettere oppfølging og kortere stønadsløp, og det ble foreslått å utvide arbeidssøkerperioden på AAP fra tre til seks måneder.

      ## Slik gjør vi det på Hamar
      - Alle nye AAP-mottakere får en oppstartssamtale med en konkret plan og en forventet varighet.
      - Vi har faste kontrollpunkter der veileder og bruker går gjennom framdriften og justerer planen.
      - Veilederen tar tidlig kontakt med fastlege eller annen behandler for å samkjøre behandling og arbeidsrettet aktivitet.
      - I arbeidssøkerperioden får brukeren hjelp til jobbsøk og kontakt med arbeidsgivere fra første uke.

      ## Erfaringer
      Faste kontrollpunkter gjør det lettere å oppdage saker som står stille. Veilederne opplever at dialogen med
      behandlerne blir bedre når den starter tidlig og har et konkret spørsmål.

      ## Forutsetninger
      - Saksmengde som gir rom for planlagte samtaler.
      - Rutiner for kontakt med helsetjenesten.
    `,
    themes: [Theme.FOLLOW_UP, Theme.HEALTH, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.AAP_RECIPIENTS, TargetGroup.REDUCED_WORK_CAPACITY],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0403',
    outcomes: [],
    links: [{ title: 'Nav: Arbeidsavklaringspenger (AAP)', url: 'https://www.nav.no/aap' }],
    reviewDue: '2027-03-31',
    createdAt: '2020-02-24',
  },
  {
    slug: 'synlig-cv-for-aap-mottakere',
    title: 'Synlig CV for AAP-mottakere som er klare for jobb',
    summary:
      'Mottakere av arbeidsavklaringspenger som er klare for arbeid, får hjelp til å lage en god CV som arbeidsgivere kan søke opp. Veilederen bruker CV-en aktivt i kontakten med arbeidsgivere.',
    description: md`
      Arbeidsgivere finner sjelden kandidater som mottar AAP, fordi de ikke er synlige i de vanlige kanalene. Når brukeren
      er klar, og selv ønsker det, gjør vi CV-en søkbar for arbeidsgivere.

      ## Slik gjør vi det i Tønsberg
      - Vi spør om samtykke og går gjennom hva det betyr at CV-en er synlig.
      - Brukeren og veilederen skriver CV-en sammen i et eget verksted, med vekt på kompetanse og ikke på helsen.
      - Markedskontaktene bruker CV-ene når arbeidsgivere melder behov, og foreslår kandidater direkte.

      ## Erfaringer
      Brukerne sier at det er motiverende å bli «sett» av arbeidsgivere. Veilederne må være nøye med å vurdere når en
      person er klar, slik at ingen blir kontaktet for tidlig.

      ## Forutsetninger
      - Rutine for samtykke og for å skjule CV-en igjen hvis situasjonen endrer seg.
      - Aktivt markedsarbeid, ellers blir CV-en liggende ubrukt.
    `,
    themes: [Theme.EMPLOYER_COOPERATION, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.AAP_RECIPIENTS, TargetGroup.EMPLOYERS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0704',
    outcomes: [],
    links: [{ title: 'Arbeidsplassen.no', url: 'https://arbeidsplassen.nav.no/' }],
    reviewDue: '2027-06-30',
    createdAt: '2021-09-06',
  },
  {
    slug: 'forandringsfabrikkens-rad-om-unge-voksne',
    title: 'Forandringsfabrikkens råd om hvordan Nav kan jobbe med unge voksne',
    summary:
      'Vi har lagt om møtene med unge etter rådene fra unge selv, samlet av Forandringsfabrikken: mer tid, ærlighet og en fast veileder som bryr seg.',
    description: md`
      Forandringsfabrikken har samlet erfaringer fra unge voksne som har hatt kontakt med Nav, og gitt råd til hvordan
      Nav-kontorene kan jobbe bedre med dem. Vi har brukt rådene som en sjekkliste i vårt eget ungdomsarbeid.

      ## Slik gjør vi det på Falkenborg
      - Den unge har én fast veileder og får vite hvordan hen kan nå veilederen direkte.
      - Første samtale handler om den unges liv og ønsker før vi snakker om krav og ytelser.
      - Vi forklarer vedtak og vilkår muntlig og med enkle ord, og spør om de er forstått.
      - Unge er med og evaluerer tilbudet vårt hvert halvår.

      ## Erfaringer
      Veilederne merker at samtalene blir mer ærlige når den unge opplever å bli tatt på alvor. Det krever at vi tåler
      tilbakemeldinger som ikke alltid er hyggelige å høre.

      ## Forutsetninger
      - Ledelse som setter av tid til lengre samtaler.
      - Faste veiledere, også når det er sykdom og utskifting i teamet.
    `,
    themes: [Theme.USER_INVOLVEMENT, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '5701',
    outcomes: [],
    links: [{ title: 'Forandringsfabrikken', url: 'https://www.forandringsfabrikken.no/' }],
    reviewDue: '2027-09-30',
    createdAt: '2020-10-05',
  },
  {
    slug: 'arbeidsindikatoren-i-kontorstyringen',
    title: 'Arbeidsindikatoren i kontorstyringen',
    summary:
      'Ledergruppen ser hver måned på arbeidsindikatoren – andelen i jobb tre måneder etter målemåneden, mot det modellen forventer – og bruker den til å stille spørsmål, ikke til å trekke slutninger om årsak.',
    description: md`
      Siden mai 2025 har Nav målt resultater med arbeidsindikatoren: andelen personer i arbeidsrettet oppfølging som er i jobb
      tre måneder etter målemåneden, sammenlignet med det en modell forventer ut fra brukergruppen. Tallene finnes per fylke og kontor.

      ## Slik gjør vi det i Elverum
      - Ledergruppen går gjennom indikatoren en gang i måneden sammen med teamlederne.
      - Når kontoret ligger under forventet nivå, ser vi på hvilke brukergrupper og team avviket kommer fra.
      - Vi kombinerer tallene med veiledernes egne vurderinger av enkeltsaker før vi endrer arbeidsmåter.

      ## Erfaringer
      Indikatoren er beskrivende og sier ikke hvorfor resultatene er som de er. Den er nyttig for å finne spørsmål å stille,
      men vi har erfart at små kontor får store svingninger fra måned til måned.

      ## Forutsetninger
      - Forståelse i ledergruppen av hva modellen korrigerer for og hva den ikke fanger opp.
    `,
    themes: [Theme.MANAGEMENT, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.REDUCED_WORK_CAPACITY],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0427',
    outcomes: [],
    links: [],
    reviewDue: '2027-09-01',
    createdAt: '2025-09-15',
  },
  {
    slug: 'fra-lokalt-prosjekt-til-delt-arbeidsmate',
    title: 'Fra lokalt prosjekt til delt arbeidsmåte',
    summary:
      'Prosjekter som får tilskudd til utvikling av sosiale tjenester, dokumenteres etter en fast mal fra start, slik at det som virker, kan deles med andre kontor.',
    description: md`
      Mange Nav-kontor får tilskudd til å utvikle de sosiale tjenestene, men lite av det som prøves ut, blir dokumentert
      godt nok til at andre kan ta det i bruk. Av 203 lokale tiltak finansiert gjennom tilskuddsordningen i 2021 ble sju
      vurdert som lovende arbeidsmåter (Samforsk, rapport 01/23).

      ## Slik gjør vi det i Levanger
      - Alle prosjekter beskriver målgruppe, hva som gjøres og hva som skal måles, før oppstart.
      - Vi registrerer enkle, sammenlignbare tall underveis – med tydelig nevner og periode.
      - Ved prosjektslutt skriver prosjektleder en kort beskrivelse som kan legges inn i Praksisbanken.
      - Vi ber et annet kontor om å lese og kommentere beskrivelsen før den publiseres.

      ## Forutsetninger
      - Tid til dokumentasjon i prosjektbudsjettet.
      - Støtte fra fylket eller et kompetansemiljø til å vurdere resultatene.
    `,
    themes: [Theme.MANAGEMENT, Theme.SOCIAL_ASSISTANCE, Theme.PARTNERSHIP],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.FAMILIES],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1719',
    outcomes: [],
    links: [],
    reviewDue: '2027-04-30',
    createdAt: '2023-04-24',
  },

  // ---------------------------------------------------------------------------------------------
  // From the Drammen partnership (Partnerskapet i Drammen, 2015)
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'helseavklaring-for-langtidsmottakere-av-sosialhjelp',
    title: 'Helseavklaring for langtidsmottakere av sosialhjelp',
    summary:
      'Langtidsmottakere av sosialhjelp får en systematisk avklaring av helsen, slik at de som har rett på en statlig ytelse eller trenger behandling, blir fanget opp.',
    description: md`
      Blant dem som har mottatt sosialhjelp lenge, har mange helseplager som aldri er blitt skikkelig avklart. Da blir
      de stående på feil ytelse og uten riktig oppfølging. I partnerskapet i Drammen ble helseavklaring en fast del av arbeidet.

      ## Slik gjør vi det i Drammen
      - Vi går jevnlig gjennom alle som har mottatt sosialhjelp lenge, og ser etter tegn på uavklart helse.
      - Brukeren får tilbud om en samtale der veileder, og ved behov fastlegen, går gjennom helsesituasjonen.
      - Kommunal og statlig side sammen vurderer om det er grunnlag for arbeidsavklaringspenger eller andre ytelser.
      - De som kan jobbe, får arbeidsrettet oppfølging; de som trenger behandling, får hjelp til å komme i gang.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Gjennomgangen har ført til at flere har fått riktig ytelse og riktig hjelp. Samtidig har vi fått et bedre bilde av
      hvem som faktisk kan nyttiggjøre seg arbeidsrettede tiltak.

      ## Forutsetninger
      - Felles ledelse eller tett samarbeid mellom kommunal og statlig del av kontoret.
      - Avtale med legetjenesten om rask vurdering.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.HEALTH, Theme.SOCIAL_ASSISTANCE, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.REDUCED_WORK_CAPACITY],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [],
    reviewDue: '2027-01-31',
    createdAt: '2019-05-06',
  },
  {
    slug: 'tydelige-krav-og-vilkar-i-sosialhjelpen',
    title: 'Tydelige krav og vilkår i sosialhjelpen',
    summary:
      'Kontoret har en felles og tydelig praksis for aktivitetskrav og vilkår ved tildeling av økonomisk sosialhjelp, slik at brukerne vet hva som forventes og blir behandlet likt.',
    description: md`
      En streng, men forutsigbar vilkårspraksis var en av bærebjelkene i partnerskapet i Drammen. Poenget er ikke å
      straffe, men å sørge for at stønaden kombineres med aktivitet som fører nærmere arbeid.

      ## Slik gjør vi det i Drammen
      - Kontoret har skriftlige retningslinjer for hvilke vilkår som brukes, og når det gjøres unntak.
      - Vilkårene står i vedtaket og gjennomgås muntlig med brukeren.
      - Brudd på vilkår følges opp med samtale før reduksjon av stønaden vurderes.
      - Ledergruppen ser jevnlig på praksisen for å sikre likebehandling.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Veilederne opplever det som lettere å stille krav når hele kontoret praktiserer likt. Brukerne sier at tydelighet
      er bedre enn uklarhet, så lenge de blir hørt når noe er vanskelig.

      ## Forutsetninger
      - Et tilbud av meningsfulle aktiviteter å stille vilkår om.
      - Opplæring i forvaltningsregler og individuell vurdering.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.ACTIVITY_REQUIREMENTS, Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [],
    reviewDue: '2027-02-28',
    createdAt: '2019-05-20',
  },
  {
    slug: 'arbeidsavklaring-for-unge-og-nye-sosialhjelpsmottakere',
    title: 'Arbeidsavklaring for unge og nye sosialhjelpsmottakere',
    summary:
      'Unge og nye søkere av sosialhjelp går rett inn i en kort, arbeidsrettet avklaring, slik at de som kan jobbe, raskt kommer i gang med jobbsøk eller tiltak.',
    description: md`
      Jo lenger man går på sosialhjelp, jo vanskeligere blir veien tilbake. Partnerskapet i Drammen utviklet derfor nye
      modeller for arbeidsavklaring av unge og nye sosialhjelpsmottakere.

      ## Slik gjør vi det i Drammen
      - Nye søkere og alle under 30 år får time i et eget avklaringsteam kort tid etter søknaden.
      - Avklaringen kombinerer samtaler, gruppeaktiviteter og utprøving på en ordinær arbeidsplass.
      - Etter avklaringen går brukeren videre til jobbsøk, tiltak, skole eller helseavklaring – ikke tilbake til venting.
      - Statlige og kommunale veiledere sitter i samme team.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Modellen gjør at vi raskere ser hvem som kan jobbe nå, og hvem som trenger noe annet først. Samtidig oppdager vi
      tidligere dem som har helseplager som må avklares.

      ## Forutsetninger
      - Tilgang til arbeidsgivere som tar imot korte utprøvinger.
      - Felles team på tvers av stat og kommune.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.WORK_INCLUSION, Theme.SOCIAL_ASSISTANCE, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.YOUTH, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [],
    reviewDue: '2027-03-15',
    createdAt: '2019-08-26',
  },
  {
    slug: 'rause-arbeidsgivere',
    title: 'Samarbeid med rause arbeidsgivere',
    summary:
      'Kontoret bygger varige relasjoner til arbeidsgivere som åpner dørene for folk som står utenfor arbeidslivet, og gir dem én fast kontakt og rask hjelp.',
    description: md`
      Noen arbeidsgivere er villige til å gi folk en sjanse gang på gang. I Drammen kalte vi dem «rause arbeidsgivere»
      og gjorde samarbeidet med dem til en prioritert oppgave for hele kontoret.

      ## Slik gjør vi det i Drammen
      - Hver samarbeidsbedrift har en fast kontaktperson hos oss som kjenner bedriften og behovene der.
      - Vi foreslår kandidater vi kjenner godt, og forbereder både kandidat og arbeidsplass.
      - Når noe skjer, rykker vi ut raskt – arbeidsgiveren skal aldri bli sittende alene med et problem.
      - Vi takker og synliggjør arbeidsgiverne, blant annet på felles frokostmøter.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Arbeidsgiverne sier at det viktigste er forutsigbarhet: én person å ringe og at Nav holder det vi lover. Et lite antall
      trofaste bedrifter står for en stor del av plasseringene våre.

      ## Forutsetninger
      - Markedskontakter med tid til å pleie relasjoner, ikke bare til å formidle.
      - Felles oversikt over hvilke bedrifter som samarbeider med hvilke veiledere.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.EMPLOYER_COOPERATION, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.EMPLOYERS, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.REDUCED_WORK_CAPACITY],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [{ title: 'Nav: For arbeidsgivere', url: 'https://www.nav.no/arbeidsgiver' }],
    reviewDue: '2027-05-15',
    createdAt: '2019-11-04',
  },
  {
    slug: 'ordinaere-arbeidsplasser-som-tiltaksarena',
    title: 'Ordinære arbeidsplasser som arena for tiltak',
    summary:
      'Arbeidstrening og utprøving skjer så langt det går på vanlige arbeidsplasser i stedet for i skjermede tiltak, fordi tiltak nær en ordinær jobb virker best.',
    description: md`
      Forskningsoppsummeringen «Hva virker for hvem?» (Arbeid og velferd 1/2023) viser at tiltak som ligger nærmest en
      ordinær jobb, gir best resultater, og at effektene er større når arbeidsledigheten er lav. At ordinære arbeidsplasser
      skulle være arena for tiltak, var i 2015 en forventning fra direktoratet som partnerskapet i Drammen tok inn i sine
      planer – ikke en arbeidsmåte som er vist å virke i Drammen. Beskrivelsen under er slik vi prøver den ut.

      ## Slik gjør vi det i Drammen
      - Før vi velger et skjermet tiltak, spør vi: kan dette gjøres på en vanlig arbeidsplass?
      - Arbeidstrening avtales med konkrete arbeidsoppgaver og en kontaktperson på arbeidsplassen.
      - Veilederen er ute på arbeidsplassen jevnlig, ikke bare ved oppstart og avslutning.
      - Når det går bra, snakker vi tidlig med arbeidsgiveren om lønnstilskudd eller ansettelse.

      ## Forutsetninger
      - Et nettverk av arbeidsgivere (se «Samarbeid med rause arbeidsgivere»).
      - Tydelige avtaler, slik at arbeidstrening ikke blir gratis arbeidskraft.
    `,
    themes: [Theme.EMPLOYER_COOPERATION, Theme.QUALIFICATION, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [
      {
        title: 'Arbeid og velferd 1/2023: Hva virker for hvem?',
        url: 'https://www.nav.no/no/nav-og-samfunn/kunnskap/analyser-fra-nav/arbeid-og-velferd/arbeid-og-velferd/arbeid-og-velferd-nr.1-2023/hva-virker-for-hvem-oppsummering-av-forskning-om-effekter-av-arbeidsmarkedstiltak-pa-sysselsetting',
      },
    ],
    reviewDue: '2027-08-31',
    createdAt: '2023-03-20',
  },
  {
    slug: 'manedlig-gjennomgang-av-malekort',
    title: 'Månedlig gjennomgang av målekortet',
    summary:
      'Ledergruppen går hver måned gjennom kontorets målekort med statlige og kommunale resultatindikatorer, og følger opp avvik med konkrete tiltak.',
    description: md`
      I partnerskapet i Drammen ble målekortet et felles styringsverktøy for stat og kommune. Kortet hadde 14 statlige
      og 6 kommunale resultatindikatorer og ble gjennomgått hver måned.

      ## Slik gjør vi det i Drammen
      - Målekortet oppdateres før det månedlige ledermøtet, og alle teamledere har sett tallene på forhånd.
      - For hver indikator med avvik spør vi: hva ligger bak, og hva gjør vi annerledes neste måned?
      - Tiltak får en ansvarlig og en frist, og følges opp på neste møte.
      - Utvalgte indikatorer presenteres for alle ansatte på allmøter.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Det felles målekortet har gjort det lettere å snakke om resultater på tvers av stat og kommune. Vi har lært at for
      mange indikatorer gjør det vanskelig å prioritere, og at tallene må suppleres med veiledernes kjennskap til sakene.

      ## Forutsetninger
      - Tilgang til data fra både statlige og kommunale fagsystemer.
      - En felles ledergruppe eller faste felles ledermøter.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.MANAGEMENT, Theme.PARTNERSHIP],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [],
    reviewDue: '2026-09-01',
    createdAt: '2020-01-13',
  },
  {
    slug: 'partnerskapsmoter-og-felles-ledermoter',
    title: 'Partnerskapsmøter og felles ledermøter for stat og kommune',
    summary:
      'Faste partnerskapsmøter mellom kommunens ledelse og Nav i fylket, og felles ledermøter på kontoret, gjør at stat og kommune styrer kontoret sammen.',
    description: md`
      Nav-kontoret er et partnerskap mellom stat og kommune, men partnerskapet må fylles med innhold. I Drammen ble det
      avholdt faste partnerskapsmøter og felles ledermøter for statlig og kommunal side.

      ## Slik gjør vi det i Drammen
      - Partnerskapsmøtet samler rådmann/kommunedirektør, Nav i fylket og kontorleder flere ganger i året.
      - Møtet behandler mål, budsjett, felles satsinger og resultater fra målekortet.
      - På kontoret har statlige og kommunale ledere ett felles ledermøte hver uke.
      - Beslutninger følges opp i en felles tiltaksliste.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Når begge parter sitter ved samme bord, blir det lettere å samordne tiltak og bruke ressursene der de gir mest.
      Det er også lettere å løse uenigheter før de vokser.

      ## Forutsetninger
      - En skriftlig partnerskapsavtale som beskriver ansvar og møtestruktur.
      - Ledere på begge sider med mandat til å beslutte.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.PARTNERSHIP, Theme.MANAGEMENT],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [],
    reviewDue: '2027-06-15',
    createdAt: '2020-01-27',
  },
  {
    slug: 'midlertidig-disponering-og-gjeldsradgivning',
    title: 'Midlertidig disponering og gjeldsrådgivning',
    summary:
      'Personer med alvorlige økonomiske problemer får gjeldsrådgivning og, når det trengs, hjelp til å disponere inntekten sin i en periode, slik at husleie og strøm blir betalt.',
    description: md`
      Økonomisk rådgivning er en lovpålagt tjeneste ved alle Nav-kontor. I Drammen kombinerte vi gjeldsrådgivning med
      midlertidig disponering av inntekt for dem som trenger det for å komme ut av en krise.

      ## Slik gjør vi det i Drammen
      - Alle som søker nødhjelp flere ganger, får tilbud om en samtale med økonomisk rådgiver.
      - Rådgiveren lager et budsjett og en oversikt over gjelden sammen med brukeren, og kontakter kreditorer ved behov.
      - Ved behov, og med brukerens samtykke, tar kontoret over betalingen av faste utgifter i en avgrenset periode.
      - Målet er at brukeren skal ta over selv; disponeringen avsluttes etter en plan.

      ## Erfaringer (demodata)
      Erfaringene under er ikke dokumentert i en kilde og vises som demodata.
      Demodata: færre mister boligen på grunn av husleierestanser, og brukerne får ro til å jobbe med andre mål. Uten en plan for
      avslutning kan disponering bli varig, så vi evaluerer hver sak jevnlig.

      ## Forutsetninger
      - Økonomiske rådgivere med kompetanse på gjeld og forhandling med kreditorer.
      - Klare rutiner for samtykke og avslutning.

      ## Kilde
      Arbeidsmåten er beskrevet i presentasjonen av partnerskapet i Drammen (2015).
    `,
    themes: [Theme.FINANCIAL_ADVICE, Theme.SOCIAL_ASSISTANCE, Theme.HOUSING],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.FAMILIES],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [
      { title: 'Nav: Økonomisk rådgivning', url: 'https://www.nav.no/okonomisk-radgivning' },
      { title: 'Nav: Økonomi- og gjeldsrådgivning på telefon', url: 'https://www.nav.no/okonomi-og-gjeld' },
    ],
    reviewDue: '2027-02-15',
    createdAt: '2020-03-09',
  },
  {
    slug: 'husbankens-boligvirkemidler',
    title: 'Husbankens boligvirkemidler: startlån og bostøtte',
    summary:
      'Veilederne bruker startlån, bostøtte og andre virkemidler fra Husbanken aktivt, slik at vanskeligstilte kan eie eller leie en trygg bolig i stedet for å bo midlertidig.',
    description: md`
      En stabil bolig er ofte en forutsetning for å komme i jobb. Husbanken har virkemidler som startlån og bostøtte, men
      de blir lite brukt hvis veilederne ikke kjenner dem. I Drammen ble boligvirkemidlene en fast del av oppfølgingen.

      ## Slik gjør vi det i Drammen
      - Veilederne spør om bosituasjonen i alle oppfølgingssamtaler med familier og langtidsmottakere.
      - Vi vurderer startlån for leietakere med stabil inntekt som betaler mer i husleie enn et lån ville kostet.
      - Alle med lav inntekt og høye boutgifter får hjelp til å søke bostøtte.
      - Kommunens boligkontor og Nav har faste møter om enkeltsaker.

      ## Erfaringer
      Flere familier har gått fra midlertidig bolig eller dyr leie til å eie selv. Utgiftene til sosialhjelp for boutgifter
      går ned når bostøtten er søkt og innvilget.

      ## Forutsetninger
      - Opplæring av veiledere i Husbankens ordninger.
      - Godt samarbeid med kommunens boligtjeneste.
    `,
    themes: [Theme.HOUSING, Theme.FINANCIAL_ADVICE, Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.FAMILIES, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: DRAMMEN,
    outcomes: [],
    links: [
      { title: 'Husbanken: Startlån', url: 'https://www.husbanken.no/startlan/' },
      { title: 'Husbanken: Bostøtte', url: 'https://www.husbanken.no/bostotte/' },
    ],
    reviewDue: '2027-07-01',
    createdAt: '2020-08-17',
  },

  // ---------------------------------------------------------------------------------------------
  // Local practices shared by offices
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'jobbklubb-for-unge',
    title: 'Jobbklubb for unge',
    summary:
      'Unge arbeidssøkere møtes to ganger i uken i en fast gruppe for å søke jobb sammen, øve på intervju og møte arbeidsgivere. Gruppen gir struktur og motivasjon.',
    description: md`
      Mange unge synes det er tungt å søke jobb alene. I jobbklubben søker de sammen, med en veileder til stede, og får
      besøk av arbeidsgivere som forteller hva de ser etter.

      ## Slik gjør vi det i Sarpsborg
      - Jobbklubben møtes tirsdag og torsdag formiddag i kontorets kurslokale, med løpende opptak.
      - Hver økt starter med en kort runde om mål for dagen og slutter med hva som ble sendt av søknader.
      - Annenhver uke kommer en lokal arbeidsgiver på besøk, ofte med ledige stillinger.
      - Deltakerne øver på intervju i par og får tilbakemelding fra veileder.

      ## Erfaringer
      Oppmøtet er best når klubben er en del av aktivitetsplanen og veilederen følger opp fravær samme dag. Deltakerne
      trekker fram fellesskapet som det viktigste.

      ## Forutsetninger
      - Et lokale med PC-er og en veileder som kan være fast leder av gruppen.
    `,
    themes: [Theme.WORK_INCLUSION, Theme.FOLLOW_UP, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.YOUTH, TargetGroup.JOBSEEKERS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0105',
    cost: { perParticipantNok: 9000, staffYearsPer100: 1.5, source: 'Demodata: kontorets eget anslag', year: 2024, demo: true },
    outcomes: [
      {
        indicator: 'Demodata: andel deltakere i arbeid eller utdanning',
        targetGroup: TargetGroup.YOUTH,
        population: 'Demodata: deltakere i jobbklubben',
        followUpMonths: 6,
        value: 45,
        unit: '%',
        design: BEFORE_AFTER,
        year: 2024,
        demo: true,
      },
      {
        indicator: 'Demodata: deltakernes egen vurdering av jobbklubben som nyttig',
        targetGroup: TargetGroup.YOUTH,
        population: 'Demodata: deltakere som svarte på en kort spørreundersøkelse',
        value: 82,
        unit: '%',
        design: StudyDesign.USER_KNOWLEDGE,
        year: 2024,
        demo: true,
      },
    ],
    links: [],
    reviewDue: '2026-02-15',
    createdAt: '2021-01-18',
  },
  {
    slug: 'tverrfaglig-ungdomsteam',
    title: 'Tverrfaglig ungdomsteam',
    summary:
      'Veiledere fra Nav, oppfølgingstjenesten, helsetjenesten og barnevernet jobber i ett team rundt unge mellom 16 og 30 år, slik at den unge slipper å forholde seg til mange instanser.',
    description: md`
      Unge med sammensatte behov blir ofte sendt mellom Nav, skole, helsetjeneste og barnevern. I ungdomsteamet sitter
      disse tjenestene sammen og lager én felles plan.

      ## Slik gjør vi det i Ålesund
      - Teamet har fast møte hver uke der nye saker fordeles og vanskelige saker drøftes med samtykke fra den unge.
      - Den unge får én hovedkontakt i teamet, uansett hvilken tjeneste hen kom inn gjennom.
      - Planen samler mål for skole, arbeid, helse og bolig på ett sted.
      - Teamet kan møte den unge hjemme, på skolen eller på kafé.

      ## Erfaringer
      Den unge slipper å fortelle historien sin mange ganger, og tjenestene oppdager raskere når noe går galt. Det har
      tatt tid å bli enige om taushetsplikt og samtykke, men rutinene er nå på plass.

      ## Forutsetninger
      - Avtale mellom kommunens tjenester og Nav om ressurser og ledelse av teamet.
      - Felles rutiner for samtykke og deling av opplysninger.
    `,
    themes: [Theme.FOLLOW_UP, Theme.EDUCATION, Theme.MENTAL_HEALTH, Theme.PARTNERSHIP],
    targetGroups: [TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1504',
    outcomes: [],
    links: [],
    reviewDue: '2027-03-31',
    createdAt: '2021-03-15',
  },
  {
    slug: 'arbeidsgivertelefon',
    title: 'Arbeidsgivertelefon',
    summary:
      'Lokale arbeidsgivere har ett direkte telefonnummer til kontorets markedsteam, som svarer i arbeidstiden og følger opp henvendelser samme dag.',
    description: md`
      Arbeidsgivere har sagt at det er vanskelig å komme i kontakt med riktig person hos Nav. Vi opprettet derfor et eget
      telefonnummer som går direkte til markedsteamet.

      ## Slik gjør vi det i Sandefjord
      - Markedsteamet har en vaktordning slik at telefonen alltid blir besvart i kontortiden.
      - Henvendelser om rekruttering, sykefravær, permittering og tiltak registreres og fordeles samme dag.
      - Arbeidsgiveren får beskjed om hvem som følger opp saken videre.
      - Nummeret står på alle visittkort, nettsider og i annonser vi lager for arbeidsgivere.

      ## Erfaringer
      Arbeidsgiverne setter pris på å nå et menneske som kjenner lokalmiljøet. Ordningen har gitt oss flere oppdrag om
      rekruttering enn vi hadde før.

      ## Forutsetninger
      - Nok folk i markedsteamet til at vaktordningen ikke går ut over annet arbeid.
    `,
    themes: [Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.EMPLOYERS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0710',
    outcomes: [
      {
        indicator: 'Demodata: henvendelser fra arbeidsgivere per måned',
        targetGroup: TargetGroup.EMPLOYERS,
        population: 'Demodata: alle samtaler til arbeidsgivertelefonen, gjennomsnitt 2025',
        value: 60,
        unit: 'henvendelser',
        design: DESCRIPTIVE,
        year: 2025,
        demo: true,
      },
    ],
    links: [{ title: 'Nav: Kontakt Nav som arbeidsgiver', url: 'https://www.nav.no/arbeidsgiver' }],
    reviewDue: '2027-01-31',
    createdAt: '2022-02-07',
  },
  {
    slug: 'digital-oppfolging',
    title: 'Digital oppfølging med videosamtaler',
    summary:
      'Brukere som bor langt fra kontoret eller har vanskelig for å møte opp, får tilbud om oppfølgingssamtaler på video, kombinert med fysiske møter ved behov.',
    description: md`
      I et stort område med lange avstander er det ikke alltid realistisk å møte på kontoret. Vi prøver ut videosamtaler
      som et fast tilbud i oppfølgingen.

      ## Slik gjør vi det i Tromsø
      - Brukeren velger selv om samtalen skal være på video, telefon eller fysisk.
      - Første samtale og viktige avklaringer tas fysisk når det er mulig.
      - Vi bruker aktivitetsplanen og dialogen på nav.no mellom samtalene.

      ## Erfaringer så langt
      Utprøvingen er i gang. Foreløpig ser vi færre avlyste samtaler, men noen brukere savner å møte veilederen ansikt til ansikt.

      ## Forutsetninger
      - Godkjent og sikker løsning for videosamtaler.
      - Brukere med tilgang til utstyr og nett – og et alternativ for dem som ikke har det.
    `,
    themes: [Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.AAP_RECIPIENTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.DRAFT,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '1902',
    outcomes: [],
    links: [],
    reviewDue: '2027-10-31',
    createdAt: '2026-10-12',
  },
  {
    slug: 'okonomikurs',
    title: 'Økonomikurs for unge og barnefamilier',
    summary:
      'Et kort kurs i privatøkonomi – budsjett, regninger, forbrukslån og inkasso – holdt av kontorets økonomiske rådgivere i små grupper.',
    description: md`
      Mange som søker økonomisk sosialhjelp, har aldri lært å sette opp et budsjett. Kurset gir grunnleggende kunnskap og
      senker terskelen for å be om økonomisk rådgivning senere.

      ## Slik gjør vi det i Gamle Oslo
      - Kurset går over tre ettermiddager i små grupper, med egne kurs for unge og for foreldre.
      - Temaene er budsjett, faste utgifter, forbrukslån og kreditt, inkasso og hvor man får hjelp.
      - Deltakerne lager sitt eget budsjett med hjelp fra rådgiveren.
      - Alle får tilbud om en individuell oppfølgingssamtale etter kurset.

      ## Erfaringer
      Deltakerne sier at de tør å åpne regningene igjen. Kurset fungerer best når det tilbys på flere språk eller med tolk.

      ## Forutsetninger
      - Økonomiske rådgivere med tid til undervisning.
      - Kursmateriell tilpasset deltakere med ulik språkbakgrunn.
    `,
    themes: [Theme.FINANCIAL_ADVICE, Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.YOUTH, TargetGroup.FAMILIES, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: '0316',
    outcomes: [
      {
        indicator: 'Demodata: andel deltakere som fullførte alle kurskveldene',
        population: 'Demodata: påmeldte til økonomikurset',
        value: 80,
        unit: '%',
        design: StudyDesign.DESCRIPTIVE,
        year: 2025,
        demo: true,
      },
    ],
    links: [{ title: 'Nav: Økonomisk rådgivning', url: 'https://www.nav.no/okonomisk-radgivning' }],
    reviewDue: '2027-05-31',
    createdAt: '2022-05-09',
  },
  {
    slug: 'sprakpraksis-hos-arbeidsgiver',
    title: 'Språkpraksis hos arbeidsgiver',
    summary:
      'Innvandrere som lærer norsk, får praksis på en arbeidsplass med en fast språkmentor, slik at språk og arbeidserfaring bygges samtidig.',
    description: md`
      Norsk lærer man best når man bruker det. Sammen med voksenopplæringen tilbyr vi språkpraksis på ordinære arbeidsplasser.

      ## Slik gjør vi det i Eiganes og Tasta
      - Deltakeren har praksis noen dager i uken og norskopplæring resten av uken.
      - Arbeidsplassen utpeker en språkmentor som får et kort kurs i å snakke enkelt og tydelig.
      - Lærer, veileder og språkmentor møtes jevnlig for å se om språkmålene nås.
      - Ordforråd fra arbeidsplassen brukes i undervisningen.

      ## Erfaringer
      Deltakerne får raskere et arbeidsrettet språk og en referanse å vise til. Arbeidsgiverne blir tryggere på å ansette
      folk som ennå ikke snakker perfekt norsk.

      ## Forutsetninger
      - Samarbeidsavtale med voksenopplæringen.
      - Arbeidsgivere med tid til å følge opp.
    `,
    themes: [Theme.QUALIFICATION, Theme.EMPLOYER_COOPERATION, Theme.EDUCATION],
    targetGroups: [TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1161',
    outcomes: [],
    links: [],
    reviewDue: '2027-02-28',
    createdAt: '2022-09-19',
  },
  {
    slug: 'helhetlig-oppfolging-av-lavinntektsfamilier',
    title: 'Helhetlig oppfølging av lavinntektsfamilier',
    summary:
      'Familier med lav inntekt får en familiekoordinator som følger opp hele familien – arbeid, bolig, økonomi og barnas fritid – i en felles plan.',
    description: md`
      Barn i familier med vedvarende lav inntekt har større risiko for selv å havne utenfor. Vi følger derfor opp hele
      familien, ikke bare den voksne som søker stønad.

      ## Slik gjør vi det på Søndre Nordstrand
      - En familiekoordinator har ansvar for et begrenset antall familier og møter dem jevnlig, gjerne hjemme.
      - Planen omfatter foreldrenes vei til arbeid, boligsituasjonen, økonomien og barnas deltakelse i fritidsaktiviteter.
      - Koordinatoren samarbeider med skole, helsestasjon og bydelens fritidstilbud.

      ## Erfaringer
      Foreldrene sier at det er lettere å fokusere på jobb når de vet at barna har det bra. Arbeidet tar tid, og mange
      familier trenger oppfølging over lang tid.

      ## Forutsetninger
      - Koordinatorer med kjennskap til både Nav og bydelens tjenester.
      - Tilgang til midler til barns fritidsaktiviteter.
    `,
    themes: [Theme.FOLLOW_UP, Theme.SOCIAL_ASSISTANCE, Theme.HOUSING, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.FAMILIES, TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '0319',
    outcomes: [],
    links: [],
    reviewDue: '2027-06-30',
    createdAt: '2021-11-22',
  },
  {
    slug: 'bolig-forst',
    title: 'Bolig først',
    summary:
      'Bostedsløse med rusproblemer eller psykiske lidelser får en egen bolig med en gang, uten krav om å være rusfri først, og oppfølging fra et ambulant team.',
    description: md`
      Bolig først (Housing First) snur trappetrinnsmodellen: boligen kommer først, og behandling og oppfølging bygges rundt
      den. Vi har tilpasset modellen til en mellomstor kommune.

      ## Slik gjør vi det på Gjøvik
      - Kommunen skaffer ordinære leiligheter spredt i vanlige bomiljøer.
      - Et ambulant team fra Nav, rus- og psykiatritjenesten og boligkontoret følger opp deltakerne hjemme.
      - Deltakeren har en vanlig leiekontrakt og får hjelp til å søke bostøtte.
      - Arbeid og aktivitet tas opp når boligen er på plass.

      ## Erfaringer
      De fleste har klart å bo stabilt, og flere har kommet i behandling. Naboer og utleiere trenger en kontaktperson
      de kan ringe hvis noe skjer.

      ## Forutsetninger
      - Tilgang til boliger, kommunale eller private.
      - Et tverrfaglig team som kan rykke ut.
    `,
    themes: [Theme.HOUSING, Theme.MENTAL_HEALTH, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.MENTAL_ILLNESS, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: '0502',
    outcomes: [],
    links: [{ title: 'Husbanken: Bostøtte', url: 'https://www.husbanken.no/bostotte/' }],
    reviewDue: '2027-08-15',
    createdAt: '2022-11-14',
  },
  {
    slug: 'rekrutteringstreff',
    title: 'Rekrutteringstreff med lokale arbeidsgivere',
    summary:
      'Kontoret arrangerer treff der arbeidsgivere med ledige stillinger møter forhåndsutvalgte kandidater til korte samtaler samme dag.',
    description: md`
      Mange arbeidsgivere i Ullensaker-regionen har stort behov for folk, særlig innen logistikk, renhold og service.
      Rekrutteringstreff gjør det enkelt for dem å møte kandidater vi allerede kjenner.

      ## Slik gjør vi det i Ullensaker
      - Vi avtaler med én eller flere arbeidsgivere hvilke stillinger og krav det gjelder.
      - Veilederne plukker ut og forbereder kandidater, blant annet med intervjutrening.
      - Treffet holdes på kontoret eller hos arbeidsgiveren, med korte samtaler og omvisning.
      - Vi følger opp både kandidater og arbeidsgivere dagen etter.

      ## Erfaringer
      Arbeidsgiverne sparer tid, og kandidatene får møte arbeidsgiveren uten at CV-en er eneste inngang. God forberedelse
      av kandidatene er avgjørende.

      ## Forutsetninger
      - Aktivt markedsarbeid og oversikt over kandidater som er klare.
    `,
    themes: [Theme.EMPLOYER_COOPERATION, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.EMPLOYERS, TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0235',
    outcomes: [],
    links: [],
    reviewDue: '2027-01-15',
    createdAt: '2023-01-23',
  },
  {
    slug: 'nav-veileder-i-videregaende-skole',
    title: 'Nav-veileder i videregående skole',
    summary:
      'En veileder fra Nav har fast kontortid på den videregående skolen og hjelper elever som står i fare for å slutte, sammen med skolens rådgivere og helsesykepleier.',
    description: md`
      Frafall fra videregående skole øker risikoen for å havne utenfor arbeidslivet. Ved å være til stede på skolen kommer
      Nav i kontakt med elevene før de slutter.

      ## Slik gjør vi det i Orkland
      - Nav-veilederen er på skolen faste dager i uken og er en del av elevtjenesten.
      - Skolen melder fra om elever med høyt fravær, og veilederen tar kontakt etter samtykke.
      - Veilederen hjelper med økonomi, bolig og kontakt med helsetjenesten når det er det som står i veien for skolen.
      - For elever som likevel slutter, sørger veilederen for en rask overgang til oppfølging i Nav.

      ## Erfaringer
      Elevene opplever Nav som mindre skummelt når de kjenner veilederen fra skolen. Skolen får en kontakt som kan løse
      praktiske problemer raskt.

      ## Forutsetninger
      - Avtale med fylkeskommunen og skolen.
      - Tydelig rolle mellom veilederen og skolens rådgivere.
    `,
    themes: [Theme.EDUCATION, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1638',
    outcomes: [],
    links: [],
    reviewDue: '2027-08-31',
    createdAt: '2023-08-28',
  },
  {
    slug: 'veiledning-pa-samisk',
    title: 'Veiledning på samisk',
    summary:
      'Brukere som ønsker det, får veiledning og informasjon på nordsamisk, og kontoret samarbeider med samiske næringer og institusjoner om arbeid og tiltak.',
    description: md`
      Samisktalende brukere har rett til å bruke samisk i kontakt med det offentlige i forvaltningsområdet for samisk språk.
      For oss handler det også om tillit og om å forstå næringer som reindrift, duodji og lokalt reiseliv.

      ## Slik gjør vi det i Karasjok
      - Veiledere som snakker nordsamisk, tar imot brukere som ønsker det, også på telefon og video.
      - Vedtak og viktig informasjon forklares muntlig på samisk.
      - Vi samarbeider med samiske virksomheter om praksisplasser og rekruttering.
      - Vi deler samiske fagbegreper og maler med andre kontor i forvaltningsområdet.

      ## Erfaringer
      Brukerne forteller at de lettere kan forklare situasjonen sin på eget språk. Andre kontor tar kontakt med oss for
      tolking og råd.

      ## Forutsetninger
      - Samisktalende ansatte, eller samarbeid med kontor som har det.
    `,
    themes: [Theme.USER_INVOLVEMENT, Theme.FOLLOW_UP, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.AAP_RECIPIENTS, TargetGroup.FAMILIES],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '2021',
    outcomes: [],
    links: [],
    reviewDue: '2027-10-15',
    createdAt: '2023-10-30',
  },
  {
    slug: 'bransjekurs-i-sjomatnaeringen',
    title: 'Bransjekurs i sjømatnæringen',
    summary:
      'Arbeidssøkere får et kort, praktisk kurs rettet mot jobber i fiskeindustrien og oppdrett, utviklet sammen med lokale bedrifter som trenger folk.',
    description: md`
      Sjømatnæringen i Lofoten trenger folk, særlig i sesongene. Sammen med bedriftene har vi laget et kurs som gjør
      arbeidssøkere klare for jobb der.

      ## Slik gjør vi det i Lofoten
      - Bedriftene er med på å bestemme innholdet: hygiene, HMS, produksjonslinjer og arbeidsspråk.
      - Kurset avsluttes med praksis i en bedrift og et intervju.
      - Vi tilbyr norskopplæring med fagspråk for deltakere med innvandrerbakgrunn.
      - Kurset planlegges før sesongstart, slik at deltakerne er klare når behovet er størst.

      ## Erfaringer
      Bedriftene får folk som vet hva jobben innebærer. Sesongarbeid kan være en vei inn til fast jobb, men ikke for alle.

      ## Forutsetninger
      - Forpliktende samarbeid med bedrifter som trenger arbeidskraft.
    `,
    themes: [Theme.QUALIFICATION, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '1860',
    outcomes: [],
    links: [],
    reviewDue: '2027-02-01',
    createdAt: '2024-02-12',
  },
  {
    slug: 'brukerrad-pa-nav-kontoret',
    title: 'Brukerråd på Nav-kontoret',
    summary:
      'Et brukerråd med representanter for brukerorganisasjoner og brukere selv gir kontoret råd om tjenestene, ventearealet, brev og nye arbeidsmåter.',
    description: md`
      Brukerne vet best hvordan tjenestene våre oppleves. Brukerrådet gir oss jevnlige tilbakemeldinger og er med når vi
      endrer arbeidsmåter.

      ## Slik gjør vi det i Senja-Sørreisa
      - Rådet møtes noen ganger i året og består av representanter fra brukerorganisasjoner og tidligere brukere.
      - Saker til møtene kommer både fra kontoret og fra rådet.
      - Kontorleder svarer skriftlig på rådets innspill og forteller hva som ble gjort.
      - Medlemmene får dekket reise og tapt arbeidsinntekt.

      ## Erfaringer
      Rådet har blant annet bidratt til enklere informasjon om sosialhjelp og bedre tilrettelagt venteareal.

      ## Forutsetninger
      - En fast kontaktperson på kontoret som forbereder møtene.
    `,
    themes: [Theme.USER_INVOLVEMENT],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.AAP_RECIPIENTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1931',
    outcomes: [],
    links: [],
    reviewDue: '2027-04-15',
    createdAt: '2024-04-15',
  },
  {
    slug: 'drop-in-mottak-for-sosialhjelp',
    title: 'Drop-in-mottak for søknader om sosialhjelp',
    summary:
      'Søkere kunne møte uten time på faste dager for å levere søknad om økonomisk sosialhjelp og få en kort samtale. Arbeidsmåten er avviklet etter overgangen til digital søknad og timebestilling.',
    description: md`
      Kontoret hadde i flere år drop-in-mottak tre formiddager i uken, der alle kunne levere søknad på papir og få en kort
      samtale med en veileder.

      ## Slik gjorde vi det i Skien
      - Mottaket var bemannet av to veiledere fra sosialtjenesten.
      - Søknaden ble sjekket for mangler mens søkeren var til stede.
      - Hastesaker ble tatt videre samme dag.

      ## Hvorfor vi avsluttet
      Da digital søknad om sosialhjelp ble tatt i bruk, falt antallet som møtte opp. Vi har erstattet drop-in med
      timebestilling og en egen nødhjelpsrutine, men beholder praksisen her som dokumentasjon.

      ## Forutsetninger (historisk)
      - Nok bemanning til å ta imot uten at andre samtaler ble avlyst.
    `,
    themes: [Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.FAMILIES],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.ARCHIVED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: '0806',
    outcomes: [],
    links: [],
    reviewDue: '2021-12-01',
    createdAt: '2019-12-02',
  },
  {
    slug: 'forste-samtale-innen-en-uke',
    title: 'Første samtale innen en uke for nye sosialhjelpssøkere',
    summary:
      'Alle nye søkere av økonomisk sosialhjelp får en samtale med veileder innen en uke etter søknaden, der arbeid og aktivitet står på agendaen fra start.',
    description: md`
      Vi vil at den første kontakten med kontoret skal handle om mer enn stønad. Derfor prøver vi ut en fast frist for
      første samtale.

      ## Slik gjør vi det i Kristiansund
      - Søknaden utløser automatisk en innkalling til samtale innen en uke.
      - Samtalen dekker økonomi, bolig, helse og mulighetene for arbeid eller utdanning.
      - Veilederen avtaler neste steg før søkeren går.

      ## Status
      Arbeidsmåten er under utprøving, og beskrivelsen er et utkast. Vi vil legge til erfaringer når vi har hatt ordningen en stund.

      ## Forutsetninger
      - Ledig kapasitet i timeboka, særlig i perioder med mange søknader.
    `,
    themes: [Theme.SOCIAL_ASSISTANCE, Theme.FOLLOW_UP, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.DRAFT,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: '1505',
    outcomes: [],
    links: [],
    reviewDue: '2027-09-15',
    createdAt: '2026-09-21',
  },
  {
    slug: 'arbeidstrening-i-kommunal-regi',
    title: 'Arbeidstrening i kommunal regi',
    summary:
      'Sosialhjelpsmottakere med aktivitetsvilkår får arbeidstrening i kommunens egne virksomheter – park, drift, kantine og omsorg – med en fast arbeidsleder.',
    description: md`
      I små kommuner er det ikke alltid mange arbeidsgivere å spille på. Kommunen selv er en stor arbeidsgiver, og vi
      bruker den som arena for arbeidstrening.

      ## Slik gjør vi det i Vefsna
      - Kommunens enheter melder inn hvilke oppgaver og plasser de kan tilby.
      - Hver deltaker får en arbeidsleder og en plan med mål for perioden.
      - Arbeidstreningen kombineres med jobbsøk og samtaler med veileder.
      - Når det går bra, hjelper vi deltakeren å søke ledige stillinger i kommunen.

      ## Erfaringer
      Aktivitetsvilkårene får et innhold som oppleves som meningsfullt. Enkelte enheter har ansatt deltakere etter perioden.

      ## Forutsetninger
      - Avtale med kommunedirektøren om at enhetene skal ta imot deltakere.
    `,
    themes: [Theme.QUALIFICATION, Theme.ACTIVITY_REQUIREMENTS, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.YOUTH],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.MUNICIPALITY,
    kind: PracticeKind.LOCAL,
    originOffice: '1824',
    outcomes: [],
    links: [],
    reviewDue: '2027-06-01',
    createdAt: '2024-06-03',
  },
  {
    slug: 'sommerjobb-for-ungdom',
    title: 'Sommerjobb for ungdom',
    summary:
      'Ungdom fra familier med lav inntekt får en betalt sommerjobb i kommunen eller hos lokale bedrifter, med en voksen kontaktperson på arbeidsplassen.',
    description: md`
      En første jobb gir erfaring, en referanse og egne penger. Sammen med kommunen og næringslivet i Sør-Varanger skaffer
      vi sommerjobber til ungdom som ellers ville hatt vanskelig for å få det.

      ## Slik gjør vi det i Sør-Varanger
      - Skoler, barnevern og Nav foreslår ungdommer; familier kan også melde interesse selv.
      - Bedriftene og kommunale enheter tilbyr jobber på noen uker, med vanlig lønn.
      - Ungdommene får et kort forberedelseskurs om arbeidslivet før sommeren.
      - Hver ungdom har en voksen kontaktperson på arbeidsplassen.

      ## Erfaringer
      Mange ungdommer får sin første referanse, og noen får tilbud om jobb igjen. Foreldrene blir også kjent med Nav på en ny måte.

      ## Forutsetninger
      - Tidlig planlegging, helst fra vinteren.
      - Midler til lønn for jobbene i kommunal regi.
    `,
    themes: [Theme.WORK_INCLUSION, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.YOUTH, TargetGroup.FAMILIES],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '2030',
    outcomes: [],
    links: [],
    reviewDue: '2027-03-01',
    createdAt: '2025-03-10',
  },
  {
    slug: 'felles-kartlegging-med-flyktningtjenesten',
    title: 'Felles kartlegging med flyktningtjenesten',
    summary:
      'Nav og kommunens flyktningtjeneste kartlegger utdanning og arbeidserfaring sammen allerede i introduksjonsprogrammet, slik at overgangen til arbeid eller Nav-oppfølging blir sømløs.',
    description: md`
      Mange flyktninger opplever et brudd når introduksjonsprogrammet slutter og de går over til oppfølging fra Nav. Vi
      starter derfor samarbeidet mens de ennå er i programmet.

      ## Slik gjør vi det i Sogndal
      - En Nav-veileder deltar i kartleggingssamtalen tidlig i introduksjonsprogrammet.
      - Vi lager én felles plan for språk, utdanning og arbeid.
      - Før programmet avsluttes, har deltakeren et møte med sin nye veileder i Nav.
      - Vi bruker lokale arbeidsgivere til praksis også i programtiden.

      ## Erfaringer
      Overgangen blir tryggere når deltakeren allerede kjenner veilederen i Nav. Færre blir stående uten aktivitet etter programmet.

      ## Forutsetninger
      - Samarbeidsavtale mellom Nav og flyktningtjenesten.
    `,
    themes: [Theme.QUALIFICATION, Theme.FOLLOW_UP, Theme.PARTNERSHIP],
    targetGroups: [TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1420',
    outcomes: [],
    links: [],
    reviewDue: '2027-05-15',
    createdAt: '2025-05-26',
  },
  // ---------------------------------------------------------------------------------------------
  // Ideas the catalogue had no place for: sick leave, voluntary organisations and social
  // entrepreneurs, universities and learning arenas, generalist or specialist offices
  // ---------------------------------------------------------------------------------------------
  {
    slug: 'tidlig-dialog-med-sykmeldte-og-arbeidsgiver',
    title: 'Tidlig dialog med sykmeldte og arbeidsgiveren',
    summary:
      'Veilederen tar kontakt med den sykmeldte og arbeidsgiveren tidlig i sykefraværet for å finne ut hva som skal til for å komme tilbake i jobb, helt eller delvis.',
    description: md`
      Jo lenger et sykefravær varer, jo vanskeligere er det å komme tilbake. Vi ønsker å være tidligere på banen enn de
      faste dialogmøtene krever, særlig der sykmeldingen gjelder psykiske plager eller muskel- og skjelettplager.

      ## Slik gjør vi det i Kongsvinger
      - Sykmeldte som har vært borte i fire uker, får en telefon fra en veileder med tilbud om en samtale.
      - Vi spør arbeidsgiveren hva som kan tilrettelegges: andre oppgaver, redusert tid, hjemmekontor eller gradert sykmelding.
      - Behandleren trekkes inn når det trengs, med samtykke fra den sykmeldte.
      - Vi avtaler hvem som gjør hva innen neste kontakt, og skriver det ned.

      ## Erfaringer
      Arbeidsmåten er ny hos oss og er ikke evaluert. Vi deler den for å finne kontorer som vil prøve den ut sammen med oss.

      ## Forutsetninger
      - Veiledere med tid til tidlig kontakt, ikke bare til de lovpålagte møtene.
      - Et godt samarbeid med de største arbeidsgiverne i området.
    `,
    themes: [Theme.SICK_LEAVE, Theme.EMPLOYER_COOPERATION, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.SICK_LISTED, TargetGroup.EMPLOYERS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.STATE,
    kind: PracticeKind.LOCAL,
    originOffice: '0402',
    outcomes: [],
    links: [],
    reviewDue: '2027-09-30',
    createdAt: '2026-09-14',
  },
  {
    slug: 'frivillige-og-sosiale-entreprenorer-som-partnere',
    title: 'Frivillige organisasjoner og sosiale entreprenører som partnere',
    summary:
      'Kontoret samarbeider med frivillige organisasjoner og sosiale entreprenører om arbeidstrening, nettverk og aktivitet for dem som står lengst fra arbeidslivet.',
    description: md`
      Frivillige organisasjoner og sosiale entreprenører når ofte folk som Nav ikke når, og kan tilby en arena der det er
      lov å prøve og feile. Vi har gjort samarbeidet til en fast del av tilbudet, med avtaler som sier hva hver part gjør.

      ## Slik gjør vi det på Heimdal
      - En skriftlig samarbeidsavtale med hver partner: målgruppe, aktivitet, kontaktpersoner og hvordan vi følger opp sammen.
      - Veilederen deltar på oppstart og på faste oppfølgingsmøter hos partneren.
      - Sosiale entreprenører brukes som arena for arbeidstrening med mål om overgang til ordinært arbeid.
      - Frivillige organisasjoner tilbyr nettverk og aktivitet for dem som ikke er klare for arbeidstrening ennå.

      ## Erfaringer
      Samarbeidet er ikke evaluert. Vi ser at avtalene må være tydelige på ansvar, ellers faller brukere mellom to stoler.

      ## Forutsetninger
      - En kontaktperson på kontoret som kjenner de lokale organisasjonene.
      - Avklarte rammer for taushetsplikt og samtykke.
    `,
    themes: [Theme.CIVIL_SOCIETY, Theme.WORK_INCLUSION, Theme.PARTNERSHIP],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.IMMIGRANTS],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '1607',
    outcomes: [],
    links: [],
    reviewDue: '2027-10-31',
    createdAt: '2026-10-05',
  },
  {
    slug: 'laeringsarena-med-universitet-og-hogskole',
    title: 'Læringsarena med universitet og høgskole',
    summary:
      'Kontoret og et universitet eller en høgskole møtes jevnlig for å prøve ut, måle og lære av nye arbeidsmåter sammen, og tar imot studenter i praksis.',
    description: md`
      Mye lokalt utviklingsarbeid blir aldri dokumentert godt nok til at andre kan lære av det. Sammen med forskere og
      lærere fra et universitet eller en høgskole kan kontoret beskrive, måle og dele det som prøves ut.

      ## Slik gjør vi det på Lerkendal
      - Faste læringssamlinger hvert halvår der veiledere og forskere går gjennom erfaringer og tall fra egne prosjekter.
      - Studenter i sosialt arbeid har praksis hos oss og skriver oppgaver om spørsmål kontoret selv har stilt.
      - Nye arbeidsmåter planlegges med en enkel måleplan før oppstart, slik at vi senere kan si noe om hva de gir.

      ## Erfaringer
      Arbeidsmåten er ny og ikke evaluert. Vi deler den for å finne flere kontor og læresteder som vil være med.

      ## Forutsetninger
      - En samarbeidsavtale med lærestedet.
      - Tid satt av til læringssamlinger og veiledning av studenter.
    `,
    themes: [Theme.LEARNING_ARENAS, Theme.MANAGEMENT],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.REDUCED_WORK_CAPACITY],
    evidenceLevel: EvidenceLevel.LOCAL_EXPERIENCE,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '5702',
    outcomes: [],
    links: [],
    reviewDue: '2027-11-30',
    createdAt: '2026-10-19',
  },
  {
    slug: 'generalist-eller-spesialist-pa-nav-kontoret',
    title: 'Generalist eller spesialist: hvordan kontoret organiserer veilederne',
    summary:
      'Skal hver veileder følge opp alle slags brukere, eller skal kontoret ha egne team for unge, arbeidsgivere og sosialhjelp? Kontoret valgte en modell bevisst og følger med på resultatene.',
    description: md`
      Nav-kontor organiserer seg ulikt: noen har generalister som følger opp alle brukere, andre har spesialiserte team.
      En analyse av 437 Nav-kontor i 2012–2015 fant at større kontor gjorde det bedre, alt annet likt, at ryddig
      saksbehandling og mer oppfølging hang sammen med flere i arbeid, og at høyt sykefravær blant de ansatte ga færre
      overganger til arbeid for brukerne (Roaldsnes, NAV-rapport 2/2018). Hvilken modell som er best, er ikke vist.

      ## Slik gjør vi det på Ringerike
      - Egne team for unge, for arbeidsgivere og for økonomisk sosialhjelp; generalister for øvrige brukere.
      - Brukeren beholder samme veileder når saken går mellom team, så lenge det er mulig.
      - Vi følger med på resultatindikatorene for hvert team og justerer modellen hvert år.

      ## Forutsetninger
      - Et kontor stort nok til at teamene ikke blir sårbare ved fravær.
      - Tydelige rutiner for overganger mellom team.
    `,
    themes: [Theme.OFFICE_ORGANISATION, Theme.MANAGEMENT],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.YOUTH, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    evidenceLevel: EvidenceLevel.DOCUMENTED,
    status: PracticeStatus.PUBLISHED,
    responsibility: Responsibility.PARTNERSHIP,
    kind: PracticeKind.LOCAL,
    originOffice: '0605',
    outcomes: [],
    links: [],
    reviewDue: '2027-12-31',
    createdAt: '2026-10-26',
  },
];
