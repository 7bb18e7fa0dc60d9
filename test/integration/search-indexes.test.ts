// Every statement the PostgreSQL search engine runs can use an index, shown by EXPLAIN over a few
// thousand generated practices with sequential scans made prohibitively expensive.
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSearchDocuments } from '../../server/search/search-documents.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const GENERATED = 3000;

describe('the PostgreSQL search engine at a few thousand practices', () => {
  let app: TestApp;
  let token: string;
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('veileder.drammen');
    const words = ['oppfølging', 'arbeidsgiver', 'ungdom', 'kvalifisering', 'bolig', 'økonomi', 'helse', 'samarbeid', 'veiledning', 'tiltak'];
    await app.sql(
      `insert into practice (id, slug, title, summary, description, themes, target_groups, evidence_level, status,
         responsibility, origin_office_enhetsnummer, outcomes, links, rating_distribution, created_at, updated_at)
       select gen_random_uuid(), 'generert-' || n,
         'Generert praksis ' || n || ' om ' || (?::text[])[1 + n % 10],
         'Sammendrag om ' || (?::text[])[1 + (n / 10) % 10] || ' og ' || (?::text[])[1 + (n / 100) % 10],
         'Beskrivelse nummer ' || n || ' med ' || (?::text[])[1 + (n * 7) % 10],
         array[(array['WORK_INCLUSION','HOUSING','FOLLOW_UP','HEALTH'])[1 + n % 4]],
         array[(array['YOUTH','IMMIGRANTS','JOBSEEKERS'])[1 + n % 3]],
         (array['LOCAL_EXPERIENCE','DOCUMENTED','EVALUATED','RESEARCH_BASED'])[1 + n % 4],
         case when n % 10 = 0 then 'DRAFT' else 'PUBLISHED' end, 'STATE', '0602', '[]', '[]', '{0,0,0,0,0}',
         now() - n * interval '1 hour', now()
       from generate_series(1, ${GENERATED}) as n`,
      Array(4).fill(`{${words.join(',')}}`),
    );
    await app.searchIndex.rebuild(allSearchDocuments(app.database.db), () => {});
    await app.sql('analyze');
    app.database.onQuery((query) => statements.push(query));
  });
  afterAll(() => app.close());

  it('uses an index for every statement of prefix, typo, filtered, faceted and sorted searches', async () => {
    const searches: [string, Record<string, unknown>][] = [
      ['arbeidsgi', {}],
      ['arbeidsgivre', {}],
      ['ungdom oppfølging', { filter: { themes: ['HOUSING'] }, sort: 'RATING' }],
      ['', { filter: { targetGroups: ['YOUTH'], evidenceLevels: ['EVALUATED'] }, sort: 'NEWEST' }],
      ['', { filter: { regionCodes: ['33'] }, sort: 'ADOPTIONS', page: 3 }],
      ['samarbeid', { filter: { statuses: ['PUBLISHED', 'DRAFT'] } }],
    ];
    for (const [query, variables] of searches) {
      const result = await app.gql(
        `query($query: String!, $filter: PracticeSearchFilter, $sort: SearchSort, $page: Int) {
          searchPractices(query: $query, filter: $filter, sort: $sort, page: $page) { totalHits hits { practice { slug } } } }`,
        { query, ...variables },
        token,
      );
      expect(result.errors, query).toBeUndefined();
    }
    const selects = statements.filter((s) => /^\s*(with|select)\b/i.test(s.sql));
    expect(selects.length).toBeGreaterThanOrEqual(searches.length * 2);
    for (const statement of selects) {
      const plan = await app.database.db.transaction().execute(async (trx) => {
        await sql`set local enable_seqscan = off`.execute(trx);
        const { rows } = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${statement.sql}`, [...statement.parameters]));
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan, `${statement.sql}\n${plan}`).not.toMatch(/Seq Scan/);
    }
  });

  it('finds generated practices through the index', async () => {
    const result = await app.gql('{ searchPractices(query: "generert arbeidsgiver", pageSize: 5) { totalHits } }', {}, token);
    const [{ n }] = await app.sql(
      `select count(*)::int as n from practice where slug like 'generert-%' and status = 'PUBLISHED'
         and (title || ' ' || summary || ' ' || description) like '%arbeidsgiver%'`,
    );
    expect(n).toBeGreaterThan(500);
    expect(result.data.searchPractices.totalHits).toBe(n);
  });
});
