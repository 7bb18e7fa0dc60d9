// npm run bench: generates a national-scale dataset into its own database, starts the real app
// against it, and measures it over HTTP with autocannon. Writes test/bench/results/latest.json
// and latest.md. Numbers from a shared machine vary; compare runs on the same machine.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { createServer } from 'node:http';
import { createDevIssuer, DEV_AUDIENCE, DEV_ISSUER, type DevIssuer } from '../../server/auth/dev-issuer.js';
import { Role } from '../../server/auth/role.js';
import { openDatabase } from '../../server/db/database.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { freePort } from '../support/ports.js';
import { startBaseline } from './baseline.js';
import { generateDataset, SIZE } from './dataset.js';
import { lighthouseScores, type PageScores } from './lighthouse.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
/** A request without an answer within this many seconds counts as an error (a timeout). */
const TIMEOUT_S = 5;
const CONCURRENCY = [1, 10, 50];
const began = performance.now();
const log = (line: string) => console.error(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)}s] ${line}`);

interface Measurement {
  workload: string;
  concurrency: number;
  requestsPerSecond: number;
  /** Requests answered within the run. */
  answered: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statementsPerRequest?: number;
  appCpuMsPerRequest?: number;
}

async function main() {
  const dataDir = path.resolve('.data/bench');
  refuseIfInUse(dataDir);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const pgPort = await freePort();
  log(`embedded PostgreSQL for the bench in ${dataDir}`);
  const server = await startEmbeddedPostgres({ dataDir, port: pgPort, postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements'] });
  await server.createDatabaseIfMissing('bench');
  const databaseUrl = server.urlFor('bench');
  const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let app: ReturnType<typeof spawn> | undefined;
  try {
    const database = await openDatabase({ databaseUrl, dataDir, embeddedPostgresPort: pgPort });
    await sql.query('create extension if not exists pg_stat_statements');
    await generateDataset(database, log);
    await database.close();
    const counts = (await sql.query(`select (select count(*) from practice)::int as practices, (select count(*) from office)::int as offices,
      (select count(*) from app_user)::int as users, (select count(*) from rating)::int as ratings, (select count(*) from adoption)::int as adoptions,
      (select count(*) from region)::int as regions`)).rows[0];
    log(`dataset: ${JSON.stringify(counts)}`);

    // The app runs as in production: compiled, NODE_ENV=production, a worker per core, tokens checked
    // against an identity provider's key set, here the development issuer's key served by the bench.
    const issuer = await createDevIssuer(dataDir);
    identityProvider = await serveKeySet(issuer);
    // Cold start: from spawning the app to its first answer.
    const spawned = performance.now();
    const started = await startApp(databaseUrl, dataDir);
    app = started.process;
    const url = started.url;
    const coldStartMs = Math.round(performance.now() - spawned);
    log(`cold start to first answer: ${coldStartMs} ms`);
    const rssAtRest = rssOf(app.pid!);

    const users = (await sql.query(`select username, office_enhetsnummer as office, region_code as region from app_user where username like 'bench.%' order by username limit 200`)).rows;
    const caseworkers = await Promise.all(
      users.map((u) => issuer.sign({ subject: `dev:${u.username}`, name: u.username, username: u.username, role: Role.CASEWORKER, officeEnhetsnummer: u.office, regionCode: u.region })),
    );
    const researcher = await issuer.sign({ subject: 'dev:forsker', name: 'Forsker', username: 'forsker', role: Role.RESEARCHER });
    const practices = (await sql.query(`select id, slug from practice where slug like 'bench-%' order by slug limit 500`)).rows;

    const gql = (token: string, query: string, variables?: object) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const searches = ['jobb', 'jobbstøtte', 'jobstøtte', 'ungdom', 'arbeidsgivr', 'bolig', 'samarbeid', 'økonomi', 'kvalifisering', 'oppfølging'];
    const workloads: Record<string, ReturnType<typeof gql>[]> = {
      // The framework floor: HTTP, Apollo and the token check, no database.
      floor: [gql(caseworkers[0], '{ __typename }')],
      searchPractices: searches.flatMap((q, i) => [
        gql(caseworkers[i], 'query($q: String!, $f: PracticeSearchFilter, $s: SearchSort) { searchPractices(query: $q, filter: $f, sort: $s) { totalHits hits { practice { slug title } highlight { title } } facets { themes { value count } regions { value count } } } }',
          { q, f: i % 3 === 0 ? { themes: ['HOUSING'] } : i % 3 === 1 ? { targetGroups: ['YOUTH'] } : {}, s: (['RELEVANCE', 'RATING', 'ADOPTIONS', 'NEWEST'] as const)[i % 4] }),
      ]),
      practicePage: practices.slice(0, 50).map((p, i) =>
        gql(caseworkers[i], `query($slug: String!) { practice(slug: $slug) { id title summary description evidenceLevel themes targetGroups reviewDue
          originOffice { name region { name } } outcomes { label indicator { code name } value unit } links { title url }
          adoptions { status since office { name region { name } } }
          ratingSummary { average count distribution dimensions { usefulness transferability observedEffect } } myRating { score }
          ratings(first: 20) { totalCount edges { node { score comment updatedAt office { name } author { name } } } }
          viewerCan { edit publish archive rate adopt } } }`, { slug: p.slug }),
      ),
      practicesList: [gql(caseworkers[0], `{ practices(first: 50) { totalCount edges { node { slug title ratingSummary { average count distribution }
          originOffice { name region { name } } adoptions { status since office { name region { name } } } } } } }`)],
      ratePractice: caseworkers.flatMap((token, i) =>
        [0, 1].map((k) => gql(token, 'mutation($input: RatePracticeInput!) { ratePractice(input: $input) { rating { score } practice { ratingSummary { count } } } }',
          { input: { practiceId: practices[(i * 7 + k * 13) % practices.length].id, score: 1 + ((i + k) % 5) } })),
      ),
      // A national scorecard (20 indicators × 24 months with the region's and country's medians), and rankings.
      officeScorecard: users.slice(0, 50).map((u, i) =>
        gql(caseworkers[i], `query($e: ID!) { officeScorecard(enhetsnummer: $e) { from to indicators { indicator { code name unit direction kind }
          months { month actual expected difference regionMedian countryMedian demo } } } }`, { e: u.office }),
      ),
      indicatorLeaders: ['ARBEIDSINDIKATOR', 'KVP_TO_WORK', 'YOUTH_IN_WORK_OR_EDUCATION', 'AAP_DURATION_DAYS', 'LONG_TERM_SOCIAL_ASSISTANCE'].flatMap((code, i) =>
        [null, users[i].region].map((region) => gql(caseworkers[i], `query($code: ID!, $region: ID) { indicatorLeaders(indicatorCode: $code, regionCode: $region, first: 10) {
          rankedOffices leaders { rank advantage months office { name } practices { othersInRegionUsing practice { slug title } } } } }`, { code, region })),
      ),
      ratingStats: [gql(researcher, '{ ratingStats(groupBy: [REGION, MONTH]) { regionCode month suppressed raters count average } }')],
    };

    const results: Measurement[] = [];
    let rssPeak = rssAtRest;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(app!.pid!))), 200);
    for (const [workload, requests] of Object.entries(workloads)) {
      const statementsPerRequest = await statementsPer(sql, url, requests.slice(0, 10));
      for (const concurrency of CONCURRENCY) {
        const result = await cannon(url, requests, concurrency, app.pid);
        results.push({ workload, concurrency, ...result, statementsPerRequest });
        log(`${workload} c=${concurrency}: ${result.requestsPerSecond} req/s, p95 ${result.p95} ms, errors ${result.errors}`);
        await settle(sql, app.pid!);
      }
    }
    clearInterval(sampler);

    // Cached search while ratings are written at the same time: a rating must not cost the cache.
    {
      const workload = 'searchPractices (while ratings are written)';
      const [searching, rating] = await Promise.all([
        cannon(url, workloads.searchPractices, 10, app.pid),
        cannon(url, workloads.ratePractice, 10),
      ]);
      results.push({ workload, concurrency: 10, ...searching });
      results.push({ workload: 'ratePractice (while searches run)', concurrency: 10, ...rating, appCpuMsPerRequest: undefined });
      log(`${workload} c=10: ${searching.requestsPerSecond} req/s, p95 ${searching.p95} ms, errors ${searching.errors}; ratings meanwhile ${rating.requestsPerSecond}/s`);
      await settle(sql, app.pid!);
    }

    // The search engine's own cost: the same searches with the answer cache off, as every search
    // is while the catalogue keeps changing.
    const uncached = await startApp(databaseUrl, dataDir, { SEARCH_CACHE_ENTRIES: '0' });
    try {
      const workload = 'searchPractices (cache off)';
      const statementsPerRequest = await statementsPer(sql, uncached.url, workloads.searchPractices.slice(0, 10));
      for (const concurrency of CONCURRENCY) {
        const result = await cannon(uncached.url, workloads.searchPractices, concurrency, uncached.process.pid);
        results.push({ workload, concurrency, ...result, statementsPerRequest });
        log(`${workload} c=${concurrency}: ${result.requestsPerSecond} req/s, p95 ${result.p95} ms, errors ${result.errors}`);
        await settle(sql, uncached.process.pid!);
      }
    } finally {
      uncached.process.kill('SIGTERM');
    }

    // The same data through the plainest possible code, in the same run.
    const baseline = await startBaseline(databaseUrl);
    for (const [workload, paths] of [['searchPractices (plain pg)', searches.map((q) => `/search?q=${encodeURIComponent(q)}`)], ['practicesList (plain pg)', ['/list']]] as const) {
      for (const concurrency of CONCURRENCY) {
        const result = await cannon(baseline.url, paths.map((p) => ({ method: 'GET' as const, path: p })), concurrency);
        results.push({ workload, concurrency, ...result, statementsPerRequest: 1 });
        log(`${workload} c=${concurrency}: ${result.requestsPerSecond} req/s, p95 ${result.p95} ms`);
        await settle(sql, process.pid);
      }
    }
    await baseline.close();

    // Exact aggregates after the write load: every practice's count and sum against a recount.
    const drift = (await sql.query(`select count(*)::int as n from practice p
      left join (select practice_id, count(*)::int as n, sum(score)::int as total from rating group by practice_id) r on r.practice_id = p.id
      where (p.rating_count, p.rating_sum) is distinct from (coalesce(r.n, 0), coalesce(r.total, 0))`)).rows[0].n;

    // Last, with the machine quiet: Lighthouse times the pages in a browser on the same cores.
    await settle(sql, app.pid!);
    log('Lighthouse: login page, search page and a practice page (mobile)');
    const lighthouse = await lighthouseScores(url, { token: caseworkers[0], practiceSlug: practices[0].slug }).catch((error: Error) => ({ error: error.message }));
    log(`Lighthouse: ${JSON.stringify(lighthouse)}`);

    const report = {
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      when: new Date().toISOString(),
      dataset: counts,
      coldStartMs,
      memoryMiB: { atRest: mib(rssAtRest), peakUnderLoad: mib(rssPeak) },
      aggregatesExactAfterLoad: drift === 0,
      durationSecondsPerRun: DURATION_S,
      results,
      ratios: ratios(results),
      webClient: bundleSizes(),
      webClientFirstLoad: firstLoadSizes(),
      lighthouse,
      totalSeconds: Math.round((performance.now() - began) / 1000),
    };
    await mkdir('test/bench/results', { recursive: true });
    await writeFile('test/bench/results/latest.json', JSON.stringify(report, null, 2) + '\n');
    await writeFile('test/bench/results/latest.md', markdown(report));
    log(`wrote test/bench/results/latest.json and latest.md in ${report.totalSeconds} s`);
  } finally {
    identityProvider?.close();
    app?.kill('SIGTERM');
    await sql.end();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await server.stop();
  }
}

/** Starts the app as `npm start` would (built client, no rate limit) and waits for its first answer. */
async function startApp(databaseUrl: string, dataDir: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      OIDC_ISSUER: DEV_ISSUER,
      OIDC_AUDIENCE: DEV_AUDIENCE,
      OIDC_JWKS_URL: identityProvider!.jwksUrl,
      RESEARCH_PSEUDONYM_SECRET: 'bench-pseudonym-secret-0123456789abcdef',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok).catch(() => false);
    if (ok) return { url, process: child };
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} before answering`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let identityProvider: { jwksUrl: string; close(): void } | undefined;

/** The issuer's public keys over HTTP, as an identity provider publishes them. */
async function serveKeySet(issuer: DevIssuer): Promise<{ jwksUrl: string; close(): void }> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(issuer.jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { jwksUrl: `http://127.0.0.1:${port}/jwks`, close: () => server.close() };
}

/**
 * The requests shared out across connections: autocannon would have every connection walk the same
 * list in step, so at any moment they would all send the same request (and all rate the same
 * practice as the same user).
 */
function spread(requests: autocannon.Request[]): autocannon.Request[] {
  let next = 0;
  return [{ headers: {}, ...requests[0], setupRequest: () => ({ headers: {}, ...requests[next++ % requests.length] }) }];
}

/** Runs one load, and with the app's pid also the app's CPU time (all its threads) per answer. */
async function cannon(url: string, requests: autocannon.Request[], connections: number, pid?: number) {
  const cpuBefore = pid ? cpuMsOf(pid) : 0;
  const result = await autocannon({ url, connections, duration: DURATION_S, requests: spread(requests), pipelining: 1, timeout: TIMEOUT_S });
  const appCpuMsPerRequest = pid && result.requests.total ? Math.round(((cpuMsOf(pid) - cpuBefore) / result.requests.total) * 10) / 10 : undefined;
  return {
    appCpuMsPerRequest,
    // From the total, not autocannon's per-second samples: a run whose answers all take longer
    // than a second would otherwise show 0.
    requestsPerSecond: Math.round((result.requests.total / DURATION_S) * 10) / 10,
    answered: result.requests.total,
    p50: result.latency.p50,
    p95: (result.latency as unknown as Record<string, number>).p97_5 ?? result.latency.p99,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx, // autocannon's errors include its timeouts
  };
}

/** SQL statements per request, from pg_stat_statements around a few sequential requests. */
async function statementsPer(sql: pg.Pool, url: string, requests: autocannon.Request[]): Promise<number> {
  const calls = async () => Number((await sql.query(`select coalesce(sum(calls), 0) as n from pg_stat_statements where query not ilike '%pg_stat_statements%'`)).rows[0].n);
  const first = requests[0];
  await fetch(url + first.path, { method: first.method, headers: first.headers as Record<string, string>, body: first.body as string });
  const before = await calls();
  for (const request of requests) await fetch(url + request.path, { method: request.method, headers: request.headers as Record<string, string>, body: request.body as string });
  return Math.round(((await calls()) - before) / requests.length * 10) / 10;
}

/**
 * Waits until the app and PostgreSQL are idle: requests still queued or running when a load ends
 * (including those the load tool gave up on) would otherwise slow and skew the next measurement.
 */
async function settle(sql: pg.Pool, pid: number): Promise<void> {
  const QUIET_MS = 500;
  for (let waited = 0; waited < 300_000; waited += QUIET_MS) {
    const cpuBefore = cpuMsOf(pid);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const [{ busy }] = (await sql.query(`select count(*)::int as busy from pg_stat_activity
      where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`)).rows;
    if (busy === 0 && cpuMsOf(pid) - cpuBefore <= QUIET_MS * 0.1) return;
  }
  throw new Error('the app or PostgreSQL still busy 5 minutes after a load ended');
}

/** The bench starts from an empty directory: never pull it from under a PostgreSQL still using it. */
function refuseIfInUse(dataDir: string): void {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  try {
    process.kill(pid, 0);
  } catch {
    return;
  }
  throw new Error(`PostgreSQL (pid ${pid}) is still running in ${dataDir}: stop it (or the bench using it) first`);
}

/** The process and its children (the app's workers), recursively. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [pid];
  }
  return [pid, ...children.flatMap(processTree)];
}

/** CPU time the process and its workers have used so far (user + system, clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  return processTree(pid).reduce((sum, one) => {
    try {
      const fields = readFileSync(`/proc/${one}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return sum;
    }
  }, 0);
}

function rssOf(pid: number): number {
  return processTree(pid).reduce((sum, one) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${one}/status`, 'utf8'));
      return sum + (match ? Number(match[1]) * 1024 : 0);
    } catch {
      return sum;
    }
  }, 0);
}

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function ratios(results: Measurement[]) {
  const at = (workload: string) => results.find((r) => r.workload === workload && r.concurrency === 10);
  const pair = (ours: string, plain: string) => {
    const a = at(ours), b = at(plain);
    return a && b ? { p95: Math.round((a.p95 / Math.max(b.p95, 0.1)) * 10) / 10, throughput: Math.round((b.requestsPerSecond / Math.max(a.requestsPerSecond, 1)) * 10) / 10 } : null;
  };
  const shareOfFloor = (workload: string) => {
    const a = at(workload), floor = at('floor');
    return a && floor ? Math.round((a.requestsPerSecond / floor.requestsPerSecond) * 1000) / 10 : null;
  };
  return {
    practicePagePercentOfFloor: shareOfFloor('practicePage'),
    listPercentOfFloor: shareOfFloor('practicesList'),
    searchVsPlain: pair('searchPractices', 'searchPractices (plain pg)'),
    searchCacheOffVsPlain: pair('searchPractices (cache off)', 'searchPractices (plain pg)'),
    listVsPlain: pair('practicesList', 'practicesList (plain pg)'),
  };
}

function bundleSizes() {
  const dir = 'web/dist/assets';
  try {
    return readdirSync(dir)
      .filter((file) => /\.(js|css)$/.test(file))
      .map((file) => ({ file, bytes: statSync(path.join(dir, file)).size, gzip: gzipSync(readFileSync(path.join(dir, file))).length }))
      .sort((a, b) => b.gzip - a.gzip);
  } catch {
    return 'web client not built (npm run build)';
  }
}

/** What the first page loads before anything else: the scripts, module preloads and stylesheets index.html names. */
function firstLoadSizes() {
  try {
    const html = readFileSync('web/dist/index.html', 'utf8');
    const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
    const gzipOf = (kind: string) => files.filter((file) => file.endsWith(kind)).reduce((sum, file) => sum + gzipSync(readFileSync(path.join('web/dist', file))).length, 0);
    return { files, jsGzip: gzipOf('.js'), cssGzip: gzipOf('.css') };
  } catch {
    return 'web client not built (npm run build)';
  }
}

function lighthouseMarkdown(lighthouse: PageScores[] | { error: string }): string {
  if (!Array.isArray(lighthouse)) return `Lighthouse failed: ${lighthouse.error}`;
  const rows = lighthouse.map(
    (p) => `| ${p.page} (\`${p.path}\`) | ${p.performance} (runs: ${p.performanceRuns.join(', ')}) | ${p.accessibility} | ${p.bestPractices} | ${p.metrics.firstContentfulPaint} | ${p.metrics.largestContentfulPaint} | ${p.metrics.totalBlockingTime} | ${p.metrics.cumulativeLayoutShift} | ${p.metrics.speedIndex} | ${p.failed.join(', ')} |`,
  );
  return `Lighthouse, mobile profile (simulated slow 4G and a 4× slower CPU), each page from an empty cache; the login page signed out, the others signed in; each page three times, the figures are the median run's:

| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | speed index ms | audits not passed |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}`;
}

function markdown(report: any): string {
  const rows = report.results
    .map((r: Measurement) => `| ${r.workload} | ${r.concurrency} | ${r.requestsPerSecond} | ${r.answered} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.statementsPerRequest ?? ''} | ${r.appCpuMsPerRequest ?? ''} |`)
    .join('\n');
  return `# Bench ${report.when}

Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}.
Dataset: ${JSON.stringify(report.dataset)}. Each run ${report.durationSecondsPerRun} s. "p95" is autocannon's p97.5, over answered requests; a request unanswered after ${TIMEOUT_S} s is an error.
Cold start to first answer: ${report.coldStartMs} ms. App memory: ${report.memoryMiB.atRest} MiB at rest, ${report.memoryMiB.peakUnderLoad} MiB peak under load.
Rating aggregates exact after the write load: ${report.aggregatesExactAfterLoad ? 'yes' : 'NO'}.
Share of the \`{ __typename }\` floor's throughput at concurrency 10: practice page ${report.ratios.practicePagePercentOfFloor} %, list ${report.ratios.listPercentOfFloor} %.
Our layers vs plain pg at concurrency 10 (p95 ratio; throughput ratio plain/ours): search ${JSON.stringify(report.ratios.searchVsPlain)}, search with the cache off ${JSON.stringify(report.ratios.searchCacheOffVsPlain)}, list ${JSON.stringify(report.ratios.listVsPlain)}.

| workload | concurrency | req/s | answered | p50 ms | p95 ms | p99 ms | errors | SQL statements/request | app CPU ms/request |
|---|---|---|---|---|---|---|---|---|---|
${rows}

Web client's first load (what index.html names), gzipped: ${typeof report.webClientFirstLoad === 'string' ? report.webClientFirstLoad : `JS ${kib(report.webClientFirstLoad.jsGzip)} KiB, CSS ${kib(report.webClientFirstLoad.cssGzip)} KiB`}.

${lighthouseMarkdown(report.lighthouse)}
`;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
