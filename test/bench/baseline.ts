// The plainest possible code for the same data: one hand-written SQL statement through `pg`
// behind a bare Node HTTP handler. What our layers cost is measured against this.
import { createServer, type Server } from 'node:http';
import pg from 'pg';

const SEARCH_SQL = `
  select p.id, p.slug, p.title, p.rating_average, p.adoption_count
  from practice p join practice_search s on s.practice_id = p.id
  where p.status = 'PUBLISHED' and s.vector @@ to_tsquery('praksis_nb', $1 || ':*')
  order by ts_rank(s.vector, to_tsquery('praksis_nb', $1 || ':*')) desc, p.rating_average desc limit 20`;

const LIST_SQL = `
  select p.id, p.slug, p.title, p.rating_count, p.rating_average, p.rating_distribution, o.name as office, r.name as region,
    coalesce((select json_agg(json_build_object('status', a.status, 'since', a.since, 'office', ao.name, 'region', ar.name))
              from adoption a join office ao on ao.enhetsnummer = a.office_enhetsnummer join region ar on ar.code = ao.region_code
              where a.practice_id = p.id), '[]') as adoptions
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
