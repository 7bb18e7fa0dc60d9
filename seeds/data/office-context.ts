// Office context for every seeded office. seed-facts.md gives no population, centrality, staff or
// unemployment figures, so all of this is demo data, flagged as such: populations are rounded
// figures of the right size for each municipality (not SSB's numbers), centrality classes an
// estimate on SSB's 1–6 scale, and staff, unemployment and organisation made up from them.
import { OfficeOrganisation, PartnershipModel } from '../../server/indicators/indicator-vocabulary.js';
import { offices } from './offices.js';

/** enhetsnummer → [people served, centrality class 1–6]. Demo figures. */
const SIZE_AND_CENTRALITY: Record<string, [number, number]> = {
  '0101': [33_000, 4], '0104': [51_000, 3], '0105': [59_000, 3], '0106': [85_000, 3], '0124': [46_000, 4],
  '0211': [19_000, 3], '0213': [62_000, 2], '0214': [22_000, 3], '0219': [130_000, 1], '0220': [97_000, 2],
  '0230': [48_000, 2], '0231': [91_000, 2], '0235': [42_000, 3], '0237': [27_000, 3],
  '0312': [60_000, 1], '0314': [47_000, 1], '0315': [63_000, 1], '0316': [62_000, 1], '0319': [40_000, 1],
  '0326': [50_000, 1], '0327': [34_000, 1], '0331': [54_000, 1],
  '0402': [18_000, 4], '0403': [32_000, 3], '0412': [35_000, 4], '0427': [21_000, 4], '0501': [35_000, 3],
  '0502': [31_000, 3], '0542': [18_000, 5],
  '0602': [103_000, 2], '0604': [28_000, 3], '0605': [31_000, 4], '0617': [20_000, 5], '0624': [20_000, 3], '0626': [27_000, 2],
  '0701': [28_000, 3], '0704': [58_000, 3], '0710': [65_000, 3], '5303': [48_000, 3],
  '0805': [37_000, 3], '0806': [56_000, 3], '0807': [13_000, 4], '0814': [14_000, 4],
  '0904': [24_000, 3], '1001': [116_000, 2], '1002': [23_000, 4], '1004': [9_000, 5],
  '1102': [83_000, 2], '1106': [38_000, 3], '1124': [28_000, 2], '1149': [44_000, 3], '1161': [30_000, 2], '1165': [25_000, 2],
  '1202': [60_000, 2], '1203': [45_000, 2], '1209': [42_000, 2], '1221': [19_000, 4], '1235': [16_000, 4], '1247': [30_000, 3],
  '1401': [17_000, 4], '1420': [12_000, 5],
  '1502': [32_000, 3], '1504': [67_000, 3], '1505': [24_000, 3], '1520': [20_000, 4],
  '1607': [50_000, 2], '5701': [60_000, 2], '5702': [55_000, 2], '1638': [18_000, 4], '1719': [20_000, 4], '1721': [15_000, 4],
  '1702': [24_000, 4],
  '1804': [53_000, 3], '1805': [21_000, 4], '1824': [13_000, 5], '1833': [26_000, 4], '1860': [24_000, 5], '1870': [11_000, 5],
  '1902': [78_000, 3], '1903': [25_000, 4], '1924': [11_000, 5], '1931': [18_000, 5],
  '2003': [6_000, 5], '2004': [12_000, 5], '2012': [23_000, 4], '2021': [2_600, 6], '2030': [10_000, 5],
};

export interface SeedOfficeContext {
  office: string;
  municipalities: { name: string; population: number }[];
  population: number;
  centrality: number;
  employees: number;
  unemploymentRate: number;
  organisation: OfficeOrganisation;
  partnershipModel: PartnershipModel;
  demo: true;
  source: string;
}

const NOTE = 'Demodata: omtrentlige tall i riktig størrelsesorden, ikke hentet fra SSB';

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** The first municipality serves most; the others share the rest evenly. */
function split(names: string[], total: number) {
  if (names.length === 1) return [{ name: names[0], population: total }];
  const first = Math.round(total * 0.7);
  const rest = Math.round((total - first) / (names.length - 1));
  return names.map((name, i) => ({ name, population: i === 0 ? first : rest }));
}

export const officeContexts: SeedOfficeContext[] = offices.map((office) => {
  const [population, centrality] = SIZE_AND_CENTRALITY[office.enhetsnummer] ?? [20_000, 4];
  const h = hash(office.enhetsnummer);
  // Cities and the north have somewhat higher unemployment in this demo data.
  const base = centrality <= 2 ? 2.4 : centrality >= 5 ? 2.2 : 1.9;
  const northern = ['18', '55', '56'].includes(office.regionCode) ? 0.4 : 0;
  return {
    office: office.enhetsnummer,
    municipalities: split(office.municipalities, population),
    population,
    centrality,
    employees: Math.max(8, Math.round(population / 1_100 + (h % 9))),
    unemploymentRate: Math.round((base + northern + ((h >> 4) % 12) / 10) * 10) / 10,
    organisation: population >= 40_000 || (h >> 8) % 4 === 0 ? OfficeOrganisation.SPECIALIST : OfficeOrganisation.GENERALIST,
    partnershipModel: (h >> 12) % 3 === 0 ? PartnershipModel.SPLIT_MANAGEMENT : PartnershipModel.UNIFIED_MANAGEMENT,
    demo: true,
    source: NOTE,
  };
});
