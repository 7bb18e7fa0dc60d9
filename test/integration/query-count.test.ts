import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIST = `query($first: Int!) { practices(first: $first, orderBy: NEWEST) {
  totalCount
  edges { node { title
    originOffice { name region { code name } }
    ratingSummary { average count distribution dimensions { usefulness } }
    myRating { score }
    adoptions { status since office { name region { name } } }
  } }
} }`;

describe('no N+1', () => {
  let app: TestApp;
  let token: string;
  let statements = 0;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('veileder.drammen');
    const knex = app.orm.em.getConnection().getKnex();
    knex.on("query", (q: any) => { statements++; if (process.env.SHOW_SQL) console.log(q.sql.slice(0, 150)); });
  });
  afterAll(() => app.close());

  async function countStatements(first: number): Promise<{ count: number; nodes: number }> {
    await app.gql('{ me { name } }', {}, token); // warm the user cache so the count is only the list
    statements = 0;
    const result = await app.gql(LIST, { first }, token);
    expect(result.errors).toBeUndefined();
    return { count: statements, nodes: result.data.practices.edges.length };
  }

  it('runs the same number of SQL statements for 5 practices as for 50', async () => {
    const small = await countStatements(5);
    const large = await countStatements(50);
    expect(small.nodes).toBe(5);
    expect(large.nodes).toBeGreaterThan(30);
    expect(large.count).toBe(small.count);
    // list + count, offices with regions, adoptions, my ratings, the adopting offices with regions
    expect(small.count).toBe(6);
  });
});
