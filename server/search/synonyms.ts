// The words caseworkers use for the same thing, kept in one list that both engines use. Each group
// is a set of equivalent terms; a search for any of them finds the others.
export const SYNONYM_GROUPS: string[][] = [
  ['ips', 'individuell jobbstøtte', 'supported employment'],
  ['kvp', 'kvalifiseringsprogrammet', 'kvalifiseringsprogram'],
  ['aap', 'arbeidsavklaringspenger'],
  ['sosialhjelp', 'økonomisk sosialhjelp', 'økonomisk stønad'],
  ['unge', 'ungdom', 'under 30'],
  ['arbeidsgiver', 'arbeidsgivere', 'bedrift', 'bedrifter'],
  ['arbeidsgiversamarbeid', 'samarbeid med arbeidsgivere'],
  ['målekort', 'resultatindikatorer'],
  ['gjeldsrådgivning', 'økonomisk rådgivning'],
  ['bolig', 'husbanken', 'startlån', 'bostøtte'],
];

/** Every equivalent of a term (itself excluded), case-insensitively. */
export function synonymsOf(term: string): string[] {
  const wanted = term.toLowerCase();
  return SYNONYM_GROUPS.filter((group) => group.includes(wanted)).flatMap((group) => group.filter((t) => t !== wanted));
}
