// Lists and pages cost a fixed, small number of SQL statements, whatever their size: reads are
// batched by loaders over rows, and nested pages under lists are one statement for all parents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, statementCounter, type TestApp } from '../support/test-app.js';

const LIST = `query($first: Int!) { practices(first: $first, orderBy: NEWEST) {
  totalCount
  edges { node { title
    originOffice { name region { code name } }
    ratingSummary { average count distribution dimensions { usefulness } }
    myRating { score }
    adoptions { status since office { name region { name } } }
  } }
} }`;

// What the web client's practice page asks for.
const PAGE = `query($slug: String!) { practice(slug: $slug) { id title summary description evidenceLevel themes targetGroups reviewDue
  originOffice { name region { name } } outcomes { label indicator { code name } value unit } links { title url }
  adoptions { status since office { name region { name } } }
  ratingSummary { average count distribution dimensions { usefulness transferability observedEffect } } myRating { score }
  ratings(first: 20) { totalCount edges { node { score comment updatedAt office { name } author { name } } } }
  viewerCan { edit publish archive rate adopt } } }`;

const NESTED = `query($first: Int!) { practices(first: $first) { edges { node { slug
  ratings(first: 3) { totalCount edges { node { score } } }
  adoptions { office { name ratings(first: 2) { totalCount } } } } } } }`;

describe('no N+1', () => {
  let app: TestApp;
  let token: string;
  let statements: ReturnType<typeof statementCounter>;

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('veileder.drammen');
    statements = statementCounter(app);
  });
  afterAll(() => app.close());

  async function countStatements(query: string, variables: Record<string, unknown>): Promise<{ count: number; data: any }> {
    await app.gql('{ me { name } }', {}, token); // warm the user cache so the count is only the query
    statements.reset();
    const result = await app.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    return { count: statements.count, data: result.data };
  }

  it('answers the practices list with at most 4 statements, the same for 5 practices as for 50', async () => {
    const small = await countStatements(LIST, { first: 5 });
    const large = await countStatements(LIST, { first: 50 });
    expect(small.data.practices.edges).toHaveLength(5);
    expect(large.data.practices.edges.length).toBeGreaterThan(30);
    expect(large.count).toBe(small.count);
    // the page with its total, origin offices and regions; adoptions with their offices; my ratings
    expect(small.count).toBeLessThanOrEqual(4);
  });

  it('answers the practice page with at most 4 statements', async () => {
    const { count, data } = await countStatements(PAGE, { slug: 'individuell-jobbstotte' });
    expect(data.practice.ratings.edges.length).toBeGreaterThan(0);
    expect(data.practice.adoptions.length).toBeGreaterThan(0);
    // the practice with its office, region and texts; adoptions; my rating; a page of ratings with its total
    expect(count).toBeLessThanOrEqual(4);
  });

  it("reads the catalogue indicators outcomes name in the practice's own statement, on its page and in lists", async () => {
    const linked = await countStatements(PAGE, { slug: 'kvalifiseringsprogrammet' });
    expect(linked.data.practice.outcomes.some((o: any) => o.indicator?.code === 'KVP_TO_WORK')).toBe(true);
    const { count } = await countStatements(PAGE, { slug: 'individuell-jobbstotte' });
    expect(linked.count).toBe(count);

    const LIST_OUTCOMES = `query($first: Int!) { practices(first: $first) { edges { node { slug outcomes { label indicator { code name } } } } } }`;
    const small = await countStatements(LIST_OUTCOMES, { first: 5 });
    const large = await countStatements(LIST_OUTCOMES, { first: 50 });
    expect(large.data.practices.edges.some((e: any) => e.node.outcomes.some((o: any) => o.indicator))).toBe(true);
    expect(large.count).toBe(small.count);
  });

  it('batches pages of ratings nested under a list, at every level', async () => {
    const small = await countStatements(NESTED, { first: 3 });
    const large = await countStatements(NESTED, { first: 40 });
    expect(large.data.practices.edges.length).toBeGreaterThan(30);
    expect(large.count).toBe(small.count);
  });
});
