import { IndicatorDirection, IndicatorKind, IndicatorOwner, IndicatorUnit } from '../../server/indicators/indicator-vocabulary.js';
import { TargetGroup, Theme } from '../../server/practices/vocabulary.js';

export interface SeedIndicator {
  code: string;
  name: string;
  description: string;
  owner: IndicatorOwner;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  themes: Theme[];
  targetGroups: TargetGroup[];
  /** Where the indicator is defined, when a public source defines it. */
  source?: string;
  /** Otherwise a plain note that it is an example. */
  note?: string;
}

/**
 * Twenty indicators, fourteen state and six municipal, as the Drammen partnership's monthly
 * scorecard had (Partnerskapet i Drammen, 2015). Only the arbeidsindikator and the KVP measure are
 * defined by a public source; the rest are examples of the kind a partnership steers by, and say so.
 */
const EXAMPLE =
  'Eksempel: en indikator av den typen et Nav-kontor styrer etter på målekortet (Partnerskapet i Drammen hadde 14 statlige og 6 kommunale). Ikke en offisiell definisjon.';

const { STATE, MUNICIPAL } = IndicatorOwner;
const { ACTIVITY, OUTCOME } = IndicatorKind;
const { PERCENT, COUNT, DAYS } = IndicatorUnit;
const { HIGHER_IS_BETTER: HIGHER, LOWER_IS_BETTER: LOWER } = IndicatorDirection;

export const indicators: SeedIndicator[] = [
  {
    code: 'ARBEIDSINDIKATOR',
    name: 'Andel i jobb tre måneder etter (arbeidsindikatoren)',
    description:
      'Andelen personer i arbeidsrettet oppfølging som er i jobb tre måneder etter målemåneden. Forventet verdi tar hensyn til brukernes kjennetegn og arbeidsmarkedet. Beskriver, forklarer ikke årsaker.',
    owner: STATE, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.WORK_INCLUSION, Theme.FOLLOW_UP, Theme.MANAGEMENT],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.REDUCED_WORK_CAPACITY],
    source: 'Nav med Oslo Economics og Frischsenteret: arbeidsindikatoren, Arbeid og velferd, 12. mai 2025',
  },
  {
    code: 'JOBSEEKERS_IN_WORK_6M',
    name: 'Arbeidssøkere i arbeid etter seks måneder',
    description: 'Andelen av kontorets arbeidssøkere som er i arbeid seks måneder etter at de registrerte seg.',
    owner: STATE, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.WORK_INCLUSION, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.JOBSEEKERS],
    note: EXAMPLE,
  },
  {
    code: 'YOUTH_IN_WORK_OR_EDUCATION',
    name: 'Unge under 30 i arbeid eller utdanning',
    description: 'Andelen unge under 30 år i oppfølging som er i arbeid eller utdanning seks måneder senere.',
    owner: STATE, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.WORK_INCLUSION, Theme.EDUCATION, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.YOUTH],
    note: EXAMPLE,
  },
  {
    code: 'REDUCED_CAPACITY_TO_WORK',
    name: 'Personer med nedsatt arbeidsevne som går til arbeid',
    description: 'Andelen personer med nedsatt arbeidsevne som er i arbeid seks måneder senere.',
    owner: STATE, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.WORK_INCLUSION, Theme.HEALTH, Theme.MENTAL_HEALTH],
    targetGroups: [TargetGroup.REDUCED_WORK_CAPACITY, TargetGroup.MENTAL_ILLNESS],
    note: EXAMPLE,
  },
  {
    code: 'AAP_TO_WORK',
    name: 'AAP-mottakere som går til arbeid',
    description: 'Andelen som går fra arbeidsavklaringspenger til arbeid i løpet av måneden, av alle mottakere.',
    owner: STATE, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.WORK_INCLUSION, Theme.HEALTH, Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.AAP_RECIPIENTS],
    note: EXAMPLE,
  },
  {
    code: 'AAP_DURATION_DAYS',
    name: 'Varighet på arbeidsavklaringspenger',
    description: 'Gjennomsnittlig antall dager på arbeidsavklaringspenger for dem som avsluttet i måneden.',
    owner: STATE, kind: OUTCOME, unit: DAYS, direction: LOWER,
    themes: [Theme.FOLLOW_UP, Theme.HEALTH],
    targetGroups: [TargetGroup.AAP_RECIPIENTS],
    note: EXAMPLE,
  },
  {
    code: 'WAGE_SUBSIDY_TO_WORK',
    name: 'I arbeid etter lønnstilskudd',
    description: 'Andelen som er i arbeid seks måneder etter endt midlertidig lønnstilskudd.',
    owner: STATE, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.EMPLOYER_COOPERATION, Theme.QUALIFICATION, Theme.WORK_INCLUSION],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.REDUCED_WORK_CAPACITY],
    note: EXAMPLE,
  },
  {
    code: 'FIRST_ACTIVITY_PLAN_DAYS',
    name: 'Tid til første aktivitetsplan',
    description: 'Gjennomsnittlig antall dager fra registrering til første aktivitetsplan.',
    owner: STATE, kind: ACTIVITY, unit: DAYS, direction: LOWER,
    themes: [Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.JOBSEEKERS, TargetGroup.YOUTH],
    note: EXAMPLE,
  },
  {
    code: 'AAP_WITH_ACTIVITY',
    name: 'AAP-mottakere med aktivitet',
    description: 'Andelen mottakere av arbeidsavklaringspenger som har en registrert aktivitet i måneden.',
    owner: STATE, kind: ACTIVITY, unit: PERCENT, direction: HIGHER,
    themes: [Theme.FOLLOW_UP, Theme.HEALTH],
    targetGroups: [TargetGroup.AAP_RECIPIENTS],
    note: EXAMPLE,
  },
  {
    code: 'YOUTH_FOLLOW_UP_8_WEEKS',
    name: 'Unge fulgt opp innen åtte uker',
    description: 'Andelen unge under 30 år som får oppfølging innen åtte uker, slik forsterket ungdomsinnsats krever.',
    owner: STATE, kind: ACTIVITY, unit: PERCENT, direction: HIGHER,
    themes: [Theme.FOLLOW_UP],
    targetGroups: [TargetGroup.YOUTH],
    note: EXAMPLE,
  },
  {
    code: 'EMPLOYER_CONTACTS',
    name: 'Kontakter med arbeidsgivere',
    description: 'Antall registrerte kontakter med arbeidsgivere i måneden.',
    owner: STATE, kind: ACTIVITY, unit: COUNT, direction: HIGHER,
    themes: [Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.EMPLOYERS],
    note: EXAMPLE,
  },
  {
    code: 'WORK_CAPACITY_ASSESSMENT_DAYS',
    name: 'Tid til arbeidsevnevurdering',
    description: 'Gjennomsnittlig antall dager fra behovet er meldt til arbeidsevnevurderingen er ferdig.',
    owner: STATE, kind: ACTIVITY, unit: DAYS, direction: LOWER,
    themes: [Theme.FOLLOW_UP, Theme.HEALTH],
    targetGroups: [TargetGroup.REDUCED_WORK_CAPACITY],
    note: EXAMPLE,
  },
  {
    code: 'DIALOGUE_MEETINGS_ON_TIME',
    name: 'Dialogmøter i tide',
    description: 'Andelen dialogmøter med sykmeldte og arbeidsgiver som holdes innen fristen.',
    owner: STATE, kind: ACTIVITY, unit: PERCENT, direction: HIGHER,
    themes: [Theme.HEALTH, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.EMPLOYERS],
    note: EXAMPLE,
  },
  {
    code: 'REDUCED_CAPACITY_IN_MEASURES',
    name: 'Personer med nedsatt arbeidsevne i tiltak',
    description: 'Andelen personer med nedsatt arbeidsevne som deltar i et arbeidsrettet tiltak.',
    owner: STATE, kind: ACTIVITY, unit: PERCENT, direction: HIGHER,
    themes: [Theme.QUALIFICATION],
    targetGroups: [TargetGroup.REDUCED_WORK_CAPACITY],
    note: EXAMPLE,
  },
  {
    code: 'SOCIAL_ASSISTANCE_ACTIVITY_REQUIREMENT',
    name: 'Unge sosialhjelpsmottakere med aktivitetsplikt',
    description: 'Andelen sosialhjelpsmottakere under 30 år med vilkår om aktivitet (plikt fra 1. januar 2017).',
    owner: MUNICIPAL, kind: ACTIVITY, unit: PERCENT, direction: HIGHER,
    themes: [Theme.ACTIVITY_REQUIREMENTS, Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.YOUTH],
    note: EXAMPLE,
  },
  {
    code: 'LONG_TERM_SOCIAL_ASSISTANCE',
    name: 'Langtidsmottakere av sosialhjelp',
    description: 'Andelen sosialhjelpsmottakere som har mottatt stønad i seks måneder eller mer det siste året.',
    owner: MUNICIPAL, kind: OUTCOME, unit: PERCENT, direction: LOWER,
    themes: [Theme.SOCIAL_ASSISTANCE, Theme.WORK_INCLUSION, Theme.HEALTH],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    note: EXAMPLE,
  },
  {
    code: 'SOCIAL_ASSISTANCE_TO_WORK',
    name: 'Sosialhjelpsmottakere til arbeid eller utdanning',
    description: 'Andelen som avslutter sosialhjelp fordi de begynner i arbeid eller utdanning.',
    owner: MUNICIPAL, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.SOCIAL_ASSISTANCE, Theme.WORK_INCLUSION, Theme.EMPLOYER_COOPERATION],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE, TargetGroup.YOUTH],
    note: EXAMPLE,
  },
  {
    code: 'KVP_TO_WORK',
    name: 'I arbeid etter kvalifiseringsprogrammet',
    description: 'Andelen deltakere som er i arbeid etter fullført kvalifiseringsprogram (nevner: de som fullførte).',
    owner: MUNICIPAL, kind: OUTCOME, unit: PERCENT, direction: HIGHER,
    themes: [Theme.QUALIFICATION, Theme.WORK_INCLUSION, Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    source: 'Nav: «Hvem starter i Kvalifiseringsprogrammet og kommer de i arbeid?» (andel i arbeid etter fullført program)',
  },
  {
    code: 'TEMPORARY_HOUSING_HOUSEHOLDS',
    name: 'Husstander i midlertidig botilbud over tre måneder',
    description: 'Antall husstander som har bodd mer enn tre måneder i midlertidig botilbud.',
    owner: MUNICIPAL, kind: OUTCOME, unit: COUNT, direction: LOWER,
    themes: [Theme.HOUSING, Theme.FINANCIAL_ADVICE, Theme.SOCIAL_ASSISTANCE],
    targetGroups: [TargetGroup.FAMILIES, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    note: EXAMPLE,
  },
  {
    code: 'DEBT_ADVICE_WAITING_DAYS',
    name: 'Ventetid på gjeldsrådgivning',
    description: 'Gjennomsnittlig antall dager fra henvendelse til første samtale om økonomi og gjeld.',
    owner: MUNICIPAL, kind: ACTIVITY, unit: DAYS, direction: LOWER,
    themes: [Theme.FINANCIAL_ADVICE],
    targetGroups: [TargetGroup.FAMILIES, TargetGroup.LONG_TERM_SOCIAL_ASSISTANCE],
    note: EXAMPLE,
  },
];
