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

/** Who carries the practice: the state side of Nav, the municipality, or both together. */
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
  SICK_LEAVE = 'SICK_LEAVE', // sykefravær: nærvær og tilbake til jobb
  CIVIL_SOCIETY = 'CIVIL_SOCIETY', // frivillige organisasjoner og sosiale entreprenører som partnere
  LEARNING_ARENAS = 'LEARNING_ARENAS', // universiteter, høgskoler og læringsarenaer
  OFFICE_ORGANISATION = 'OFFICE_ORGANISATION', // kontorets organisering: generalist eller spesialist
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
  SICK_LISTED = 'SICK_LISTED', // sykmeldte
}

/**
 * What kind of practice it is. A statutory one is a duty by law or national programme: offices
 * record how they work with it, never whether, so it cannot be stopped.
 */
export enum PracticeKind {
  STATUTORY = 'STATUTORY',
  NATIONAL_METHOD = 'NATIONAL_METHOD',
  LOCAL = 'LOCAL',
}

/** How an outcome was measured, strongest design first. */
export enum StudyDesign {
  RANDOMISED = 'RANDOMISED',
  QUASI_EXPERIMENTAL = 'QUASI_EXPERIMENTAL',
  BEFORE_AFTER = 'BEFORE_AFTER',
  DESCRIPTIVE = 'DESCRIPTIVE',
  /** What users themselves report: its own strand, never part of the research strength. */
  USER_KNOWLEDGE = 'USER_KNOWLEDGE',
}
