// The API explains a refused line in English; these are the same explanations in bokmål.
const COLUMN: Record<string, string> = { office: 'enhetsnummer', indicator: 'indikator', month: 'måned', actual: 'faktisk', expected: 'forventet' };

export const columnLabel = (column: string | undefined) => (column ? (COLUMN[column] ?? column) : '');

const RULES: [RegExp, (...groups: string[]) => string][] = [
  [/^"(.*)" is not an enhetsnummer of four digits$/, (value) => `«${value}» er ikke et enhetsnummer med fire sifre`],
  [/^No office with enhetsnummer (.*)$/, (value) => `Fant ikke noe kontor med enhetsnummer ${value}`],
  [/^No indicator with code "(.*)"$/, (value) => `Fant ingen indikator med koden «${value}»`],
  [/^"(.*)" is not a month written YYYY-MM$/, (value) => `«${value}» er ikke en måned skrevet ÅÅÅÅ-MM`],
  [/^(.*) has not ended yet$/, (value) => `${value} er ikke over ennå`],
  [/^"(.*)" is not a number$/, (value) => `«${value}» er ikke et tall`],
  [/^(.*) is outside (.*)–(.*) for an indicator in .*$/, (value, low, high) => `${value} er utenfor ${low}–${high} for denne indikatoren`],
  [/^The same office, indicator and month as line (\d+)$/, (line) => `Samme kontor, indikator og måned som linje ${line}`],
  [/^Expected (\d+) fields, found (\d+)$/, (expected, found) => `Linjen har ${found} felter, men skal ha ${expected}`],
  [/^Office (.*) is not in your region$/, (value) => `Kontor ${value} er ikke i fylket ditt`],
  [/^The header must name the columns.*missing: (.*)$/, (missing) => `Første linje mangler kolonnene ${missing.split(', ').map(columnLabel).join(', ')}`],
  [/^The file has no rows of values$/, () => 'Filen har ingen rader med verdier'],
];

export function lineMessage(message: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}
