// A deterministic national-scale dataset, generated inside PostgreSQL with generate_series (no
// row-by-row inserts): 10,000 practices, every region, 250 offices, 5,000 users, 1,000,000
// ratings, 50,000 adoptions, 120,000 indicator values (250 offices × 20 indicators × 24 months).
import type { Database } from '../../server/db/database.js';
import { PostgresSearchIndex } from '../../server/search/postgres/postgres-search-index.js';
import { allSearchDocuments } from '../../server/search/search-documents.js';
import { ALL_BENCHMARKS_SQL } from '../../server/indicators/indicator-benchmarks.js';
import { seedCatalogue } from '../../seeds/seeder.js';

export const SIZE = { practices: 10_000, offices: 250, users: 5_000, ratingsPerUser: 200, adoptionsPerOffice: 200 };

const WORDS = ['oppfølging', 'arbeidsgiver', 'ungdom', 'kvalifisering', 'bolig', 'økonomi', 'helse', 'samarbeid', 'veiledning',
  'tiltak', 'jobbstøtte', 'aktivitet', 'sosialhjelp', 'inkludering', 'mestring', 'utdanning', 'språk', 'familie', 'rus', 'kartlegging'];

export async function generateDataset(database: Database, progress: (line: string) => void): Promise<void> {
  const { orm } = database;
  const run = (sql: string, params: unknown[] = []) => orm.em.getConnection().execute(sql, params, 'run');
  progress('seed catalogue (regions, real offices, named users)');
  await seedCatalogue(orm);
  await run(`select setseed(0.42)`);
  const words = `('{${WORDS.join(',')}}'::text[])`;

  progress(`offices: up to ${SIZE.offices}`);
  await run(`insert into office (enhetsnummer, name, municipalities, region_code)
    select lpad((7000 + n)::text, 4, '0'), 'Nav Bench ' || n, array['Benchkommune ' || n],
      regions.list[1 + n % array_length(regions.list, 1)]
    from generate_series(1, ${SIZE.offices} - (select count(*) from office)) as n,
      (select array_agg(code order by code) as list from region) as regions`);

  progress(`users: ${SIZE.users}`);
  await run(`insert into app_user (id, subject, username, name, role, office_enhetsnummer, region_code, created_at, updated_at)
    select gen_random_uuid(), 'dev:bench.' || n, 'bench.' || n, 'Bench ' || n, 'CASEWORKER', o.enhetsnummer, o.region_code, now(), now()
    from generate_series(1, ${SIZE.users}) as n
    join (select row_number() over (order by enhetsnummer) - 1 as i, enhetsnummer, region_code from office) o on o.i = n % ${SIZE.offices}`);

  progress(`practices: ${SIZE.practices}`);
  await run(`insert into practice (id, slug, title, summary, description, themes, target_groups, evidence_level, status,
      responsibility, origin_office_enhetsnummer, outcomes, links, rating_distribution, created_at, updated_at, published_at)
    select gen_random_uuid(), 'bench-' || n,
      initcap(${words}[1 + n % 20]) || ' og ' || ${words}[1 + (n / 20) % 20] || ' ' || n,
      'Slik jobber vi med ' || ${words}[1 + (n / 7) % 20] || ' for ' || ${words}[1 + (n / 3) % 20] || '.',
      'Beskrivelse av ' || ${words}[1 + (n * 7) % 20] || ', ' || ${words}[1 + (n * 11) % 20] || ' og ' || ${words}[1 + (n * 13) % 20] || '.',
      array[(array['WORK_INCLUSION','HOUSING','FOLLOW_UP','HEALTH','EMPLOYER_COOPERATION','SOCIAL_ASSISTANCE'])[1 + n % 6]],
      array[(array['YOUTH','IMMIGRANTS','JOBSEEKERS','FAMILIES'])[1 + n % 4]],
      (array['LOCAL_EXPERIENCE','DOCUMENTED','EVALUATED','RESEARCH_BASED'])[1 + n % 4], 'PUBLISHED', 'STATE',
      offices.list[1 + n % array_length(offices.list, 1)],
      '[]', '[]', '{0,0,0,0,0}', now() - n * interval '37 minutes', now(), now()
    from generate_series(1, ${SIZE.practices}) as n,
      (select array_agg(enhetsnummer order by enhetsnummer) as list from office) as offices`);

  progress(`ratings: ${SIZE.users * SIZE.ratingsPerUser}`);
  await run(`create temporary table bench_practice as select row_number() over (order by id) - 1 as i, id from practice where slug like 'bench-%'`);
  await run(`create temporary table bench_user as select row_number() over (order by id) - 1 as i, id, office_enhetsnummer from app_user where subject like 'dev:bench.%'`);
  await run(`insert into rating (id, practice_id, user_id, office_enhetsnummer, score, usefulness, comment, created_at, updated_at)
    select gen_random_uuid(), p.id, u.id, u.office_enhetsnummer, 1 + (u.i * 7 + k * 3) % 5, case when k % 3 = 0 then 1 + (u.i + k) % 5 end, null,
      now() - ((u.i * 13 + k * 17) % 700) * interval '1 day', now()
    from bench_user u cross join generate_series(0, ${SIZE.ratingsPerUser} - 1) as k
    join bench_practice p on p.i = (u.i * 37 + k * 101) % ${SIZE.practices}`);

  progress(`adoptions: ${SIZE.offices * SIZE.adoptionsPerOffice}`);
  await run(`insert into adoption (id, practice_id, office_enhetsnummer, status, since, updated_at)
    select gen_random_uuid(), p.id, o.enhetsnummer, (array['CONSIDERING','PILOTING','IN_USE','DISCONTINUED'])[1 + (o.i + k) % 4],
      current_date - ((o.i * 5 + k) % 900)::int, now()
    from (select row_number() over (order by enhetsnummer) - 1 as i, enhetsnummer from office) o
    cross join generate_series(0, ${SIZE.adoptionsPerOffice} - 1) as k
    join bench_practice p on p.i = (o.i * 53 + k * 29) % ${SIZE.practices}
    on conflict do nothing`);

  // Result indicators at national scale: every office gets context and 24 months of all 20
  // indicators (the seed gave its own offices theirs), then the medians.
  progress(`indicator values: ${SIZE.offices} offices × 20 indicators × 24 months`);
  await run(`insert into office_context (office_enhetsnummer, municipalities, population, centrality, employees, unemployment_rate, organisation, partnership_model, demo)
    select o.enhetsnummer, jsonb_build_array(jsonb_build_object('name', o.municipalities[1], 'population', 5000 + (o.i * 7919) % 120000)),
      5000 + (o.i * 7919) % 120000, 1 + o.i % 6, 10 + o.i % 90, 1.5 + (o.i % 25) / 10.0,
      (array['GENERALIST','SPECIALIST'])[1 + o.i % 2], (array['UNIFIED_MANAGEMENT','SPLIT_MANAGEMENT'])[1 + o.i % 3 / 2], true
    from (select (row_number() over (order by enhetsnummer))::int as i, enhetsnummer, municipalities from office) o
    on conflict do nothing`);
  await run(`insert into office_indicator_value (indicator_code, month, office_enhetsnummer, actual, expected, demo)
    select i.code, m.month, o.enhetsnummer, greatest(0, e.expected + (random() - 0.5) * 6), e.expected, true
    from indicator i cross join office o
    cross join (select (date '2024-11-01' + k * interval '1 month')::date as month from generate_series(0, 23) as k) m
    cross join lateral (select 20 + random() * 50 as expected) e
    on conflict do nothing`);
  await run('delete from indicator_benchmark');
  await run(ALL_BENCHMARKS_SQL);

  progress('search index');
  await new PostgresSearchIndex(database).rebuild(allSearchDocuments(database.db, 1000), (n) => n % 5000 === 0 && progress(`  indexed ${n}`));
  await run('delete from search_outbox');
  await run('analyze');
}
