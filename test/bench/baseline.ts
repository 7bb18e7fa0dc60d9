// The plainest possible code for the same data: one hand-written SQL statement through `pg`
// behind a bare Node HTTP handler. What our layers cost is measured against this.
import { createServer, type Server } from 'node:http';
import pg from 'pg';

// The same data as the bench's searchPractices: the total, a page of highlighted hits, and the
// theme and region facets (without the filters, typo tolerance or disjunctive counts).
const SEARCH_SQL = `
  with q as (select to_tsquery('praksis_nb', $1 || ':*') as query),
  m as (
    select p.id, p.slug, p.title, p.themes, s.region_codes, p.rating_average, ts_rank(s.vector, q.query) as rank
    from practice p join practice_search s on s.practice_id = p.id cross join q
    where p.status = 'PUBLISHED' and s.vector @@ q.query)
  select
    (select count(*) from m) as total,
    (select json_agg(h) from (select m.id, m.slug, m.title, ts_headline('praksis_nb', m.title, q.query) as highlight
                              from m cross join q order by m.rank desc, m.rating_average desc limit 20) h) as hits,
    (select json_agg(f) from (select unnest(themes) as value, count(*) from m group by 1) f) as themes,
    (select json_agg(f) from (select unnest(region_codes) as value, count(*) from m group by 1) f) as regions`;

// The same data as the bench's practicesList: the total and the first 50 with office, region and adoptions.
const LIST_SQL = `
  select p.id, p.slug, p.title, p.rating_count, p.rating_average, p.rating_distribution, o.name as office, r.name as region,
    coalesce((select json_agg(json_build_object('status', a.status, 'since', a.since, 'office', ao.name, 'region', ar.name))
              from adoption a join office ao on ao.enhetsnummer = a.office_enhetsnummer join region ar on ar.code = ao.region_code
              where a.practice_id = p.id), '[]') as adoptions,
    (select count(*) from practice where status = 'PUBLISHED') as total
  from practice p join office o on o.enhetsnummer = p.origin_office_enhetsnummer join region r on r.code = o.region_code
  where p.status = 'PUBLISHED' order by p.title, p.id limit 50`;

export async function startBaseline(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://x');
      const result =
        url.pathname === '/search'
          ? await pool.query(SEARCH_SQL, [(url.searchParams.get('q') ?? '').replace(/[^\p{L}\p{N}]/gu, '') || 'a'])
          : await pool.query(LIST_SQL);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result.rows));
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
