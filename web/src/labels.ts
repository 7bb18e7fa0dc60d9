// Norwegian words for the API's English identifiers.
import type {
  AdoptionStatus,
  EvidenceLevel,
  FidelityScale,
  PracticeKind,
  PracticeStatus,
  Responsibility,
  Role,
  SearchSort,
  StudyDesign,
  TargetGroup,
  Theme,
} from './graphql/graphql';
import { formatNumber } from './format';

export const THEME: Record<Theme, string> = {
  WORK_INCLUSION: 'Arbeidsinkludering',
  EMPLOYER_COOPERATION: 'Arbeidsgiversamarbeid',
  MENTAL_HEALTH: 'Psykisk helse og rus',
  HEALTH: 'Helse',
  SOCIAL_ASSISTANCE: 'Økonomisk sosialhjelp',
  ACTIVITY_REQUIREMENTS: 'Aktivitetsplikt og vilkår',
  QUALIFICATION: 'Kvalifisering og tiltak',
  EDUCATION: 'Utdanning',
  FOLLOW_UP: 'Oppfølging og veiledning',
  HOUSING: 'Bolig',
  FINANCIAL_ADVICE: 'Økonomisk rådgivning og gjeld',
  MANAGEMENT: 'Styring og ledelse',
  PARTNERSHIP: 'Partnerskap stat og kommune',
  USER_INVOLVEMENT: 'Brukermedvirkning',
  SICK_LEAVE: 'Sykefravær: nærvær og tilbake til jobb',
  CIVIL_SOCIETY: 'Frivillige og sosiale entreprenører',
  LEARNING_ARENAS: 'Universiteter og læringsarenaer',
  OFFICE_ORGANISATION: 'Kontorets organisering',
};

export const TARGET_GROUP: Record<TargetGroup, string> = {
  YOUTH: 'Unge under 30 år',
  LONG_TERM_SOCIAL_ASSISTANCE: 'Langtidsmottakere av sosialhjelp',
  MENTAL_ILLNESS: 'Psykiske helseproblemer og rusproblemer',
  REDUCED_WORK_CAPACITY: 'Nedsatt arbeidsevne',
  AAP_RECIPIENTS: 'Mottakere av AAP',
  IMMIGRANTS: 'Innvandrere og flyktninger',
  JOBSEEKERS: 'Arbeidssøkere',
  EMPLOYERS: 'Arbeidsgivere',
  FAMILIES: 'Barnefamilier',
  SICK_LISTED: 'Sykmeldte',
};

export const PRACTICE_KIND: Record<PracticeKind, string> = {
  STATUTORY: 'Lovpålagt eller nasjonalt program',
  NATIONAL_METHOD: 'Nasjonal metode',
  LOCAL: 'Lokal praksis',
};

export const PRACTICE_KIND_EXPLANATION: Record<PracticeKind, string> = {
  STATUTORY: 'Alle kontor skal gjøre dette. Her deler kontorene hvordan de gjør det.',
  NATIONAL_METHOD: 'En navngitt metode med faste prinsipper, brukt ved mange kontor.',
  LOCAL: 'Utviklet ved ett kontor og delt med andre.',
};

export const STUDY_DESIGN: Record<StudyDesign, string> = {
  RANDOMISED: 'Randomisert forsøk',
  QUASI_EXPERIMENTAL: 'Kvasieksperiment (sammenlignet med like kontor eller grupper)',
  BEFORE_AFTER: 'Før og etter',
  DESCRIPTIVE: 'Beskrivende tall',
  USER_KNOWLEDGE: 'Brukerkunnskap',
};

export const FIDELITY_SCALE: Record<FidelityScale, string> = {
  IPS_25: 'IPS-skalaen (25 punkter)',
};

/** "Forskning 4 av 5". */
export const strengthText = (score: number) => `${score} av 5`;

export const EVIDENCE_LEVEL: Record<EvidenceLevel, string> = {
  LOCAL_EXPERIENCE: 'Lokal erfaring',
  DOCUMENTED: 'Dokumentert',
  EVALUATED: 'Evaluert',
  RESEARCH_BASED: 'Forskningsbasert',
};

export const EVIDENCE_EXPLANATION: Record<EvidenceLevel, string> = {
  LOCAL_EXPERIENCE: 'Kontoret har gode erfaringer, men resultatene er ikke systematisk dokumentert.',
  DOCUMENTED: 'Arbeidsmåten og resultatene er beskrevet og fulgt opp over tid.',
  EVALUATED: 'Arbeidsmåten er evaluert, for eksempel sammenlignet med kontorer som ikke bruker den.',
  RESEARCH_BASED: 'Effekten er vist i forskning, for eksempel i randomiserte kontrollerte studier.',
};

export const PRACTICE_STATUS: Record<PracticeStatus, string> = {
  DRAFT: 'Utkast',
  PUBLISHED: 'Publisert',
  ARCHIVED: 'Arkivert',
};

export const RESPONSIBILITY: Record<Responsibility, string> = {
  STATE: 'Statlig',
  MUNICIPALITY: 'Kommunal',
  PARTNERSHIP: 'Stat og kommune sammen',
};

export const ADOPTION_STATUS: Record<AdoptionStatus, string> = {
  CONSIDERING: 'Vurderer',
  PILOTING: 'Prøver ut',
  IN_USE: 'I bruk',
  DISCONTINUED: 'Avsluttet',
};

export const ROLE: Record<Role, string> = {
  CASEWORKER: 'Veileder',
  REGIONAL_DIRECTOR: 'Fylkesdirektør',
  RESEARCHER: 'Forsker',
  ADMIN: 'Redaktør',
};

export const SORT: Record<SearchSort, string> = {
  RELEVANCE: 'Relevans',
  RATING: 'Best vurdert',
  ADOPTIONS: 'Mest tatt i bruk',
  NEWEST: 'Nyeste',
};

export const formatScore = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
