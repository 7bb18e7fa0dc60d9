// Loads the seed catalogue. Idempotent: it inserts what is missing and leaves existing rows (which
// people may have edited since) as they are. All in one transaction: a crash leaves nothing half done.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Adoption, AdoptionEvent } from '../server/adoptions/adoption.entity.js';
import { Office } from '../server/offices/office.entity.js';
import { Region } from '../server/offices/region.entity.js';
import { Practice, PracticeCost, PracticeLink } from '../server/practices/practice.entity.js';
import { outcomeOf } from '../server/practices/outcomes.js';
import { Rating } from '../server/ratings/rating.entity.js';
import { enqueueSearchUpdate } from '../server/search/search-outbox.js';
import { User } from '../server/users/user.entity.js';
import { devSubject } from '../server/users/users.service.js';
import { adoptions } from './data/adoptions.js';
import { indicators } from './data/indicators.js';
import { officeContexts } from './data/office-context.js';
import { offices } from './data/offices.js';
import { practices } from './data/practices.js';
import { regions } from './data/regions.js';
import { users } from './data/users.js';
import { demoRatings } from './demo-ratings.js';
import { seedIndicators, type IndicatorSeedReport } from './indicator-values.js';

export interface SeedReport extends IndicatorSeedReport {
  regions: number;
  offices: number;
  users: number;
  practices: number;
  adoptions: number;
  ratings: number;
}

async function existingKeys<T extends object>(em: EntityManager, entity: new () => T, key: (row: T) => string) {
  return new Set((await em.find(entity, {})).map(key));
}

export async function seedCatalogue(orm: MikroORM, log: (line: string) => void = () => {}): Promise<SeedReport> {
  return orm.em.fork().transactional(async (em) => {
    const report: SeedReport = { regions: 0, offices: 0, users: 0, practices: 0, adoptions: 0, ratings: 0, indicators: 0, officeContexts: 0, indicatorValues: 0 };

    const regionCodes = await existingKeys(em, Region, (r) => r.code);
    for (const region of regions.filter((r) => !regionCodes.has(r.code))) {
      em.create(Region, region);
      report.regions++;
    }
    const officeNumbers = await existingKeys(em, Office, (o) => o.enhetsnummer);
    for (const office of offices.filter((o) => !officeNumbers.has(o.enhetsnummer))) {
      em.create(Office, { ...office, region: office.regionCode });
      report.offices++;
    }
    await em.flush();

    const subjects = await existingKeys(em, User, (u) => u.subject);
    for (const user of users.filter((u) => !subjects.has(devSubject(u.username)))) {
      const office = offices.find((o) => o.enhetsnummer === user.office);
      em.create(User, {
        subject: devSubject(user.username),
        username: user.username,
        name: user.name,
        role: user.role,
        office: user.office,
        region: user.regionCode ?? office?.regionCode,
      });
      report.users++;
    }

    const slugs = await existingKeys(em, Practice, (p) => p.slug);
    // Outcomes name indicators of the seed's catalogue, which is written further down in the same transaction.
    const indicatorNames = new Map(indicators.map((i) => [i.code, i.name]));
    for (const seed of practices.filter((p) => !slugs.has(p.slug))) {
      em.create(Practice, {
        ...seed,
        originOffice: seed.originOffice,
        // The same checks and derived differences as an outcome written through the API.
        outcomes: seed.outcomes.map((o, i) => outcomeOf({ demo: false, ...o, label: o.indicator }, i, indicatorNames)),
        links: seed.links.map((l) => Object.assign(new PracticeLink(), l)),
        cost: seed.cost ? Object.assign(new PracticeCost(), { demo: false, ...seed.cost }) : null,
        createdAt: new Date(seed.createdAt),
        // The seed's archived practices were in use before they were archived.
        publishedAt: seed.status !== 'DRAFT' ? new Date(seed.createdAt) : undefined,
      });
      report.practices++;
    }
    await em.flush();

    const practiceIds = new Map((await em.find(Practice, {})).map((p) => [p.slug, p.id]));
    const userIds = new Map((await em.find(User, { username: { $ne: null } })).map((u) => [u.username!, u]));

    const adopted = await existingKeys(em, Adoption, (a) => `${a.practice.id}|${a.office.enhetsnummer}`);
    for (const seed of adoptions) {
      const practiceId = practiceIds.get(seed.practice)!;
      if (adopted.has(`${practiceId}|${seed.office}`)) continue;
      // Made up, as their history is: each step a demo change by nobody known.
      const adoption = em.create(Adoption, { practice: practiceId, office: seed.office, status: seed.status, since: seed.since, demo: true, fidelityScale: seed.fidelity?.scale, fidelityScore: seed.fidelity?.score });
      for (const step of seed.history ?? [{ from: null, to: seed.status, since: seed.since }]) {
        em.create(AdoptionEvent, {
          adoption,
          fromStatus: step.from,
          toStatus: step.to,
          since: step.since,
          changedAt: new Date(step.since),
          reason: step.reason,
          fidelityScale: step.fidelity?.scale,
          fidelityScore: step.fidelity?.score,
          demo: true,
        });
      }
      report.adoptions++;
    }

    const rated = await existingKeys(em, Rating, (r) => `${r.practice.id}|${r.user.id}`);
    for (const seed of demoRatings(practices, users)) {
      const practiceId = practiceIds.get(seed.practice)!;
      const user = userIds.get(seed.username)!;
      if (rated.has(`${practiceId}|${user.id}`)) continue;
      const ratedAt = new Date(seed.ratedAt);
      em.create(Rating, {
        ...seed,
        demo: true,
        practice: practiceId,
        user: user.id,
        office: user.office?.enhetsnummer,
        createdAt: ratedAt,
        updatedAt: ratedAt,
      });
      report.ratings++;
    }
    await em.flush();
    // Every practice the seed touched gets (re)indexed by the search outbox worker.
    if (report.practices + report.adoptions + report.ratings > 0) {
      for (const practiceId of practiceIds.values()) enqueueSearchUpdate(em, practiceId, 'reindex');
      await em.flush();
    }

    // Result indicators, office context and demo values: bulk SQL in the same transaction.
    Object.assign(report, await seedIndicators(em, indicators, officeContexts));

    log(
      `seeded ${report.regions} regions, ${report.offices} offices, ${report.users} users, ` +
        `${report.practices} practices, ${report.adoptions} adoptions, ${report.ratings} demo ratings, ` +
        `${report.indicators} indicators, ${report.officeContexts} office contexts, ${report.indicatorValues} demo indicator values`,
    );
    return report;
  });
}

/** Seeds a database that has no regions yet; an existing catalogue is left alone. */
export async function seedIfEmpty(orm: MikroORM, log: (line: string) => void): Promise<void> {
  if ((await orm.em.fork().count(Region, {})) > 0) return;
  log('empty database: loading the seed catalogue');
  await seedCatalogue(orm, log);
}
