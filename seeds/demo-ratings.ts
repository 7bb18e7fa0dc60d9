// Deterministic demo ratings: the same every run, so seeding is idempotent and tests can rely on
// them. They are demo data, made up, and the comments say so.
import type { SeedPractice, SeedUser } from './data/types.js';
import { generator, hash } from './random.js';

export interface SeedRating {
  practice: string;
  username: string;
  score: number;
  usefulness?: number;
  transferability?: number;
  observedEffect?: number;
  comment?: string;
  /** ISO timestamp. */
  ratedAt: string;
}

/** Users who never get demo ratings, so a person trying the app starts with a clean slate. */
export const UNRATED_USERS = new Set(['veileder.drammen', 'veileder.bodo']);

const COMMENTS = [
  'Demodata: Vi har god erfaring med dette på vårt kontor.',
  'Demodata: Krevende å komme i gang, men verdt innsatsen.',
  'Demodata: Fungerer best når ledelsen prioriterer det tydelig.',
  'Demodata: Vi savner mer om hvordan dette kan tilpasses små kontorer.',
  'Demodata: Samarbeidet med kommunen var avgjørende for oss.',
  'Demodata: Brukerne gir gode tilbakemeldinger.',
];

const EXPECTED_SCORE: Record<SeedPractice['evidenceLevel'], number> = {
  LOCAL_EXPERIENCE: 3.4,
  DOCUMENTED: 3.7,
  EVALUATED: 3.9,
  RESEARCH_BASED: 4.3,
} as Record<SeedPractice['evidenceLevel'], number>;

const clampScore = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

export function demoRatings(practices: SeedPractice[], users: SeedUser[]): SeedRating[] {
  const raters = users.filter((user) => user.role === 'CASEWORKER' && !UNRATED_USERS.has(user.username));
  const ratings: SeedRating[] = [];
  for (const practice of practices) {
    if (practice.status !== 'PUBLISHED') continue;
    const random = generator(hash(practice.slug));
    const count = Math.min(raters.length, 3 + Math.floor(random() * 18));
    const offset = Math.floor(random() * raters.length);
    const expected = EXPECTED_SCORE[practice.evidenceLevel];
    const from = Date.parse(practice.createdAt);
    const span = Math.max(Date.parse('2026-11-01') - from, 86_400_000);
    for (let i = 0; i < count; i++) {
      const rater = raters[(offset + i * 7) % raters.length];
      const score = clampScore(expected + (random() - 0.5) * 3);
      const rating: SeedRating = {
        practice: practice.slug,
        username: rater.username,
        score,
        ratedAt: new Date(from + Math.floor(random() * span)).toISOString(),
      };
      if (random() < 0.6) {
        rating.usefulness = clampScore(score + (random() - 0.5) * 2);
        rating.transferability = clampScore(score + (random() - 0.6) * 2);
        rating.observedEffect = clampScore(score + (random() - 0.6) * 2);
      }
      if (random() < 0.4) rating.comment = COMMENTS[Math.floor(random() * COMMENTS.length)];
      ratings.push(rating);
    }
  }
  // The same rater may come up twice for a practice when raters are few; keep the first.
  const seen = new Set<string>();
  return ratings.filter((r) => !seen.has(`${r.practice}|${r.username}`) && seen.add(`${r.practice}|${r.username}`));
}
