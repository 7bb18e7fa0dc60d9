import { AdoptionStatus } from '../../server/adoptions/adoption-status.js';
import { FidelityScale } from '../../server/adoptions/fidelity.js';
import { EvidenceLevel, PracticeStatus } from '../../server/practices/vocabulary.js';
import { offices } from './offices.js';
import { practices } from './practices.js';
import type { SeedAdoption, SeedOffice, SeedPractice } from './types.js';

/*
 * Demo adoptions: which offices use which practices. Generated deterministically from the plan
 * below with a small seeded PRNG (same output on every run). Only PUBLISHED practices get adoptions;
 * the origin office always uses its own practice; local practices spread mostly within their own
 * county. Every `since` lies after the practice's createdAt and before SEED_TODAY. All of it is demo
 * data, and the seeder marks it so.
 */

const SEED_TODAY = '2026-11-23';

type Weights = Partial<Record<AdoptionStatus, number>>;

interface AdoptionPlan {
  slug: string;
  /** Number of offices, the origin office included. */
  count: number;
  weights: Weights;
  /** Offices that adopt regardless of the draw (after the origin office). */
  fixed?: { office: string; status: AdoptionStatus }[];
}

const { CONSIDERING, PILOTING, IN_USE, DISCONTINUED } = AdoptionStatus;

const MOSTLY_IN_USE: Weights = { [IN_USE]: 8, [PILOTING]: 1, [CONSIDERING]: 1 };
const SPREADING: Weights = { [IN_USE]: 4, [PILOTING]: 3, [CONSIDERING]: 3, [DISCONTINUED]: 1 };
const LOCAL: Weights = { [PILOTING]: 2, [CONSIDERING]: 3, [IN_USE]: 1 };

const plans: AdoptionPlan[] = [
  {
    slug: 'individuell-jobbstotte',
    count: 20,
    weights: { [IN_USE]: 6, [PILOTING]: 2, [CONSIDERING]: 2, [DISCONTINUED]: 1 },
    fixed: [
      { office: '0602', status: PILOTING },
      { office: '1902', status: IN_USE },
      { office: '0316', status: IN_USE },
    ],
  },
  {
    slug: 'kvalifiseringsprogrammet',
    count: 30,
    weights: { [IN_USE]: 1 },
    fixed: [
      { office: '0602', status: IN_USE },
      { office: '1804', status: IN_USE },
    ],
  },
  {
    slug: 'forsok-med-kjerneoppgaver',
    count: 4,
    weights: { [CONSIDERING]: 2, [PILOTING]: 1 },
    fixed: [{ office: '1607', status: IN_USE }],
  },
  {
    slug: 'aktivitetsplikt-for-unge-sosialhjelpsmottakere',
    count: 10,
    // A statutory duty: offices record how they work with it, never that they stopped.
    weights: { [IN_USE]: 8, [PILOTING]: 1 },
    fixed: [{ office: '0602', status: IN_USE }],
  },
  { slug: 'ungdomsinnsatsen', count: 10, weights: MOSTLY_IN_USE, fixed: [{ office: '1804', status: IN_USE }] },
  { slug: 'forsterket-ungdomsinnsats', count: 6, weights: MOSTLY_IN_USE },
  {
    slug: 'supported-employment-i-nav',
    count: 4,
    weights: { [IN_USE]: 2, [DISCONTINUED]: 2 },
  },
  { slug: 'midlertidig-lonnstilskudd', count: 8, weights: MOSTLY_IN_USE, fixed: [{ office: '0602', status: IN_USE }] },
  { slug: 'tettere-oppfolging-av-aap-mottakere', count: 4, weights: SPREADING },
  { slug: 'synlig-cv-for-aap-mottakere', count: 2, weights: LOCAL },
  { slug: 'forandringsfabrikkens-rad-om-unge-voksne', count: 3, weights: SPREADING },
  { slug: 'arbeidsindikatoren-i-kontorstyringen', count: 3, weights: { [PILOTING]: 1, [CONSIDERING]: 1 } },
  { slug: 'fra-lokalt-prosjekt-til-delt-arbeidsmate', count: 2, weights: LOCAL },

  // The Drammen partnership practices
  { slug: 'helseavklaring-for-langtidsmottakere-av-sosialhjelp', count: 3, weights: SPREADING },
  { slug: 'tydelige-krav-og-vilkar-i-sosialhjelpen', count: 2, weights: SPREADING },
  { slug: 'arbeidsavklaring-for-unge-og-nye-sosialhjelpsmottakere', count: 3, weights: SPREADING },
  {
    slug: 'rause-arbeidsgivere',
    count: 4,
    weights: SPREADING,
    fixed: [{ office: '1804', status: PILOTING }],
  },
  { slug: 'ordinaere-arbeidsplasser-som-tiltaksarena', count: 2, weights: SPREADING },
  { slug: 'manedlig-gjennomgang-av-malekort', count: 3, weights: SPREADING },
  { slug: 'partnerskapsmoter-og-felles-ledermoter', count: 2, weights: SPREADING },
  { slug: 'midlertidig-disponering-og-gjeldsradgivning', count: 3, weights: SPREADING },
  { slug: 'husbankens-boligvirkemidler', count: 3, weights: SPREADING },

  // Local practices: few offices, mostly nearby
  { slug: 'jobbklubb-for-unge', count: 2, weights: LOCAL },
  { slug: 'tverrfaglig-ungdomsteam', count: 3, weights: LOCAL },
  { slug: 'arbeidsgivertelefon', count: 2, weights: LOCAL },
  { slug: 'okonomikurs', count: 2, weights: LOCAL },
  { slug: 'sprakpraksis-hos-arbeidsgiver', count: 1, weights: LOCAL },
  { slug: 'helhetlig-oppfolging-av-lavinntektsfamilier', count: 2, weights: LOCAL },
  { slug: 'bolig-forst', count: 2, weights: LOCAL },
  { slug: 'rekrutteringstreff', count: 2, weights: LOCAL },
  { slug: 'nav-veileder-i-videregaende-skole', count: 1, weights: LOCAL },
  { slug: 'veiledning-pa-samisk', count: 1, weights: LOCAL },
  { slug: 'bransjekurs-i-sjomatnaeringen', count: 1, weights: LOCAL },
  { slug: 'brukerrad-pa-nav-kontoret', count: 1, weights: LOCAL },
  { slug: 'arbeidstrening-i-kommunal-regi', count: 1, weights: LOCAL },
  { slug: 'sommerjobb-for-ungdom', count: 1, weights: LOCAL },
  { slug: 'felles-kartlegging-med-flyktningtjenesten', count: 1, weights: LOCAL },
];

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, to give each practice its own seed. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function pick(weights: Weights, rand: () => number): AdoptionStatus {
  const entries = Object.entries(weights) as [AdoptionStatus, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rand() * total;
  for (const [status, w] of entries) {
    r -= w;
    if (r < 0) return status;
  }
  return entries[entries.length - 1]![0];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date strictly after `after` and strictly before SEED_TODAY, at most `withinDays` after `after`. */
function dateBetween(after: string, rand: () => number, withinDays = Infinity): string {
  const start = Date.parse(`${after}T00:00:00Z`) + DAY_MS;
  const end = Math.min(Date.parse(`${SEED_TODAY}T00:00:00Z`) - DAY_MS, start + (withinDays - 1) * DAY_MS);
  if (end < start) throw new Error(`No room for an adoption date after ${after}`);
  const days = Math.floor((end - start) / DAY_MS);
  return new Date(start + Math.floor(rand() * (days + 1)) * DAY_MS).toISOString().slice(0, 10);
}

function officeByNumber(enhetsnummer: string): SeedOffice {
  const office = offices.find((o) => o.enhetsnummer === enhetsnummer);
  if (!office) throw new Error(`Adoption plan names unknown office ${enhetsnummer}`);
  return office;
}

function adoptionsFor(plan: AdoptionPlan, practice: SeedPractice): SeedAdoption[] {
  const rand = prng(hash(plan.slug));
  const origin = officeByNumber(practice.originOffice);
  const chosen: { office: string; status: AdoptionStatus }[] = [{ office: origin.enhetsnummer, status: IN_USE }];
  for (const f of plan.fixed ?? []) {
    officeByNumber(f.office);
    if (!chosen.some((c) => c.office === f.office)) chosen.push(f);
  }

  let candidates = shuffled(
    offices.filter((o) => !chosen.some((c) => c.office === o.enhetsnummer)),
    rand,
  );
  if (practice.evidenceLevel === EvidenceLevel.LOCAL_EXPERIENCE) {
    // Local practices spread first to neighbouring offices in the same county.
    candidates = [
      ...candidates.filter((o) => o.regionCode === origin.regionCode),
      ...candidates.filter((o) => o.regionCode !== origin.regionCode),
    ];
  }
  for (const office of candidates) {
    if (chosen.length >= plan.count) break;
    chosen.push({ office: office.enhetsnummer, status: pick(plan.weights, rand) });
  }

  // The origin office uses its practice from (about) the day it entered the catalogue; the others later.
  return chosen.map((c) => ({
    office: c.office,
    practice: practice.slug,
    status: c.status,
    since: dateBetween(practice.createdAt, rand, c.office === origin.enhetsnummer ? 30 : Infinity),
  }));
}

const STOP_REASONS = [
  'Demodata: jobbspesialisten sluttet, og vi fikk ikke ny finansiering.',
  'Demodata: for få deltakere til å holde tilbudet i gang.',
  'Demodata: vi valgte å prioritere et annet tiltak for samme målgruppe.',
];

const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The made-up way each adoption got where it is: piloting some months before it was taken into use
 * or stopped, where the practice was in the catalogue that early; a reason for every stop; and for
 * IPS, a fidelity score on the IPS-25 scale.
 */
function withHistory(adoption: SeedAdoption, practice: SeedPractice): SeedAdoption {
  const rand = prng(hash(`${adoption.practice}|${adoption.office}`));
  const piloted = daysBefore(adoption.since, 90 + Math.floor(rand() * 120));
  const reason = STOP_REASONS[Math.floor(rand() * STOP_REASONS.length)];
  const fidelity = adoption.practice === 'individuell-jobbstotte' && adoption.status === IN_USE ? { scale: FidelityScale.IPS_25, score: 70 + Math.floor(rand() * 46) } : undefined;
  const first = { from: null, to: PILOTING, since: piloted };
  const last = { from: PILOTING, to: adoption.status, since: adoption.since, reason: adoption.status === DISCONTINUED ? reason : undefined, fidelity };
  const steps = (adoption.status === IN_USE || adoption.status === DISCONTINUED) && piloted > practice.createdAt ? [first, last] : [{ from: null, to: adoption.status, since: adoption.since, fidelity }];
  return { ...adoption, fidelity, history: steps };
}

function buildAdoptions(): SeedAdoption[] {
  const result: SeedAdoption[] = [];
  for (const plan of plans) {
    const practice = practices.find((p) => p.slug === plan.slug);
    if (!practice) throw new Error(`Adoption plan names unknown practice ${plan.slug}`);
    if (practice.status !== PracticeStatus.PUBLISHED) continue;
    result.push(...adoptionsFor(plan, practice).map((adoption) => withHistory(adoption, practice)));
  }
  return result;
}

export const adoptions: SeedAdoption[] = buildAdoptions();
