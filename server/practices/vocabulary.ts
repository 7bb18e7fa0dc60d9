// The controlled vocabulary of the catalogue. Identifiers are English; the web client owns the
// Norwegian labels.

export enum EvidenceLevel {
  LOCAL_EXPERIENCE = 'LOCAL_EXPERIENCE',
  DOCUMENTED = 'DOCUMENTED',
  EVALUATED = 'EVALUATED',
  RESEARCH_BASED = 'RESEARCH_BASED',
}

export enum PracticeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

/** Who carries the practice: the state side of NAV, the municipality, or both together. */
export enum Responsibility {
  STATE = 'STATE',
  MUNICIPALITY = 'MUNICIPALITY',
  PARTNERSHIP = 'PARTNERSHIP',
}

export enum Theme {
  WORK_INCLUSION = 'WORK_INCLUSION', // arbeidsinkludering, overgang til arbeid
  EMPLOYER_COOPERATION = 'EMPLOYER_COOPERATION', // arbeidsgiversamarbeid
  MENTAL_HEALTH = 'MENTAL_HEALTH', // psykisk helse og rus
  HEALTH = 'HEALTH', // helse og helseavklaring
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE', // økonomisk sosialhjelp
  ACTIVITY_REQUIREMENTS = 'ACTIVITY_REQUIREMENTS', // aktivitetsplikt og vilkår
  QUALIFICATION = 'QUALIFICATION', // kvalifisering og tiltak
  EDUCATION = 'EDUCATION', // utdanning og opplæring
  FOLLOW_UP = 'FOLLOW_UP', // oppfølging og veiledning
  HOUSING = 'HOUSING', // bolig
  FINANCIAL_ADVICE = 'FINANCIAL_ADVICE', // økonomisk rådgivning og gjeld
  MANAGEMENT = 'MANAGEMENT', // styring, målekort og ledelse
  PARTNERSHIP = 'PARTNERSHIP', // partnerskap stat og kommune
  USER_INVOLVEMENT = 'USER_INVOLVEMENT', // brukermedvirkning
}

export enum TargetGroup {
  YOUTH = 'YOUTH', // unge under 30
  LONG_TERM_SOCIAL_ASSISTANCE = 'LONG_TERM_SOCIAL_ASSISTANCE', // langtidsmottakere av sosialhjelp
  MENTAL_ILLNESS = 'MENTAL_ILLNESS', // personer med psykiske lidelser eller rusproblemer
  REDUCED_WORK_CAPACITY = 'REDUCED_WORK_CAPACITY', // nedsatt arbeidsevne
  AAP_RECIPIENTS = 'AAP_RECIPIENTS', // mottakere av arbeidsavklaringspenger
  IMMIGRANTS = 'IMMIGRANTS', // innvandrere og flyktninger
  JOBSEEKERS = 'JOBSEEKERS', // ordinære arbeidssøkere
  EMPLOYERS = 'EMPLOYERS', // arbeidsgivere
  FAMILIES = 'FAMILIES', // barnefamilier
}
