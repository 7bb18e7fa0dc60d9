// Migration catalogue_corrections brings a database seeded before the domain review (issue 14) to
// the corrected catalogue, keeping what editors changed since: run back to before the evidence
// model, put the old seed's rows in (some of them edited), and forward again through every
// migration since.
import { beforeAll, describe, expect, it } from 'vitest';
import { corrections } from '../../server/db/migrations/Migration20261220000000_catalogue_corrections.data.js';
import { seedCatalogue } from '../../seeds/seeder.js';
import { useTestApp } from '../support/test-app.js';

/** Reverted with every migration after it (umzug's `to` is inclusive). */
const EVIDENCE_MODEL = 'Migration20261217000000_evidence_model';
const CORRECTIONS = 'Migration20261220000000_catalogue_corrections';
/** The practices the corrected seed adds; a database seeded before it has none of them. */
const ADDED = ['tidlig-dialog-med-sykmeldte-og-arbeidsgiver', 'frivillige-og-sosiale-entreprenorer-som-partnere', 'laeringsarena-med-universitet-og-hogskole', 'generalist-eller-spesialist-pa-nav-kontoret'];
const COMPARED = `select slug, title, summary, description, evidence_level, kind, links, outcomes, cost from practice`;

const PRACTICE = `query($slug: String!) { practice(slug: $slug) {
  summary description links { title url }
  outcomes { followUpMonths value comparisonValue difference design note source sourceUrl } } }`;
const SEARCH = `query($q: String!) { searchPractices(query: $q) { hits { practice { slug } } } }`;

const editorsLink = { title: 'Vår rutine for jobbspesialister', url: 'https://intranett.example/ips-rutine' };
const editorsOutcome = { indicator: 'I arbeid, våre deltakere', value: 41, unit: '%', period: '6 måneder etter oppstart', year: 2024, source: 'Kontorets egen telling' };

describe('migration catalogue_corrections', () => {
  const running = useTestApp();
  /** The corrected practices as a database seeded from today's seed has them. */
  let fresh: Map<string, any>;
  let caseworker: string;

  const practice = async (slug: string) => {
    const result = await running.app.gql(PRACTICE, { slug }, caseworker);
    expect(result.errors).toBeUndefined();
    return result.data.practice;
  };
  const rows = async () => new Map((await running.app.sql(`${COMPARED} order by slug`)).map((row: any) => [row.slug, row]));
  const searchSlugs = async (q: string) => ((await running.app.gql(SEARCH, { q }, caseworker)).data.searchPractices.hits as any[]).map((hit) => hit.practice.slug);

  beforeAll(async () => {
    const { app } = running;
    caseworker = await app.login('veileder.drammen');
    fresh = await rows();

    // The database as it was before the evidence model, with the catalogue the seed wrote then.
    await app.orm.getMigrator().down({ to: EVIDENCE_MODEL });
    await app.sql(`delete from practice where slug in (select jsonb_array_elements_text(?::jsonb))`, [JSON.stringify(ADDED)]);
    for (const { slug, summary, description, evidenceLevel, links, outcomes } of corrections) {
      if (summary) await app.sql(`update practice set summary = ? where slug = ?`, [summary.from, slug]);
      if (description) await app.sql(`update practice set description = ? where slug = ?`, [description.from, slug]);
      if (evidenceLevel) await app.sql(`update practice set evidence_level = ? where slug = ?`, [evidenceLevel.from, slug]);
      if (links) await app.sql(`update practice set links = ?::jsonb where slug = ?`, [JSON.stringify(links.from), slug]);
      if (outcomes) await app.sql(`update practice set outcomes = ?::jsonb where slug = ?`, [JSON.stringify(outcomes.from), slug]);
    }
    // The old seed gave one adoption of ordinary workplaces to another office.
    const moved = await app.sql(`update adoption set office_enhetsnummer = '0213' where office_enhetsnummer = '0604' and since = '2026-03-05'
      and practice_id = (select id from practice where slug = 'ordinaere-arbeidsplasser-som-tiltaksarena') returning id`);
    expect(moved).toHaveLength(1);
    // What editors changed since: a link and an outcome added to IPS, one seeded outcome of
    // midlertidig lønnstilskudd, and supported employment's description and one of its outcomes.
    const old = (slug: string) => corrections.find((c) => c.slug === slug)!;
    await app.sql(`update practice set links = ?::jsonb, outcomes = ?::jsonb where slug = 'individuell-jobbstotte'`, [
      JSON.stringify([...old('individuell-jobbstotte').links!.from, editorsLink]),
      JSON.stringify([...old('individuell-jobbstotte').outcomes!.from, editorsOutcome]),
    ]);
    const wage = old('midlertidig-lonnstilskudd').outcomes!.from;
    await app.sql(`update practice set outcomes = ?::jsonb where slug = 'midlertidig-lonnstilskudd'`, [JSON.stringify([{ ...wage[0], value: 41 }, ...wage.slice(1)])]);
    const se = old('supported-employment-i-nav').outcomes!.from;
    await app.sql(`update practice set description = 'Vår egen beskrivelse av Supported Employment.', outcomes = ?::jsonb where slug = 'supported-employment-i-nav'`, [
      JSON.stringify([{ ...se[0], source: 'Arbeid og velferd 2/2021, s. 4' }, ...se.slice(1)]),
    ]);
    // The search engine holds the old texts.
    await app.sql(`insert into search_outbox (practice_id, reason, enqueued_at, next_attempt_at) select id, 'reindex', now(), now() from practice`);
    await app.searchOutbox.drain();
    expect(await searchSlugs('underbrukt')).not.toContain('kvalifiseringsprogrammet');

    await app.orm.getMigrator().up();
  });

  it('gives a caseworker the corrected trial of core tasks: no takeover of arbeidsevnevurdering, AFI 2016:05 as its source, no home page for a link', async () => {
    const core = await practice('forsok-med-kjerneoppgaver');
    expect(core.summary).toBe('Nav-kontoret gjør selv avklaring og oppfølging som ellers kjøpes fra tiltaksarrangører. Fem forsøkskontor fikk minst like mange i arbeid som kontrollkontorene, og to fikk flere.');
    expect(`${core.summary} ${core.description}`).not.toMatch(/gjør selv arbeidsevnevurdering/i);
    expect(core.description).toContain('Arbeidsevnevurderingen gjorde Nav hele tiden selv');
    expect(core.description).toContain('AFI-rapport 2016:05');
    expect(core.outcomes).toEqual([
      expect.objectContaining({ difference: 39, design: 'QUASI_EXPERIMENTAL', source: expect.stringContaining('AFI-rapport 2016:05') }),
    ]);
    expect(core.links).toEqual([]);
  });

  it('points links to the reports, not to home pages', async () => {
    const youth = await practice('forsterket-ungdomsinnsats');
    expect(youth.links).toEqual([{ title: 'Fafo-rapport 2020:19: Tid for aktivering', url: 'https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/item/tid-for-aktivering' }]);
    const se = await practice('supported-employment-i-nav');
    expect(se.links.map((l: any) => l.url)).toEqual([
      'https://www.frisch.uio.no/publikasjoner/?pubid=1521',
      'https://arbeidogvelferd.nav.no/journal/2021/2/m-2556/Supported_employment_ga_flere_i_arbeid_raskt,_men_etter_tre_%C3%A5r_er_forskjellen_borte',
    ]);
    const [{ homePages }] = await running.app.sql(`select count(*)::int as "homePages" from practice, jsonb_array_elements(links) l
      where l->>'url' ~ '^https://(www\\.){0,1}(napha\\.no|oda\\.oslomet\\.no|fafo\\.no|frisch\\.uio\\.no/publikasjoner|nav\\.no)/{0,1}$'`);
    expect(homePages).toBe(0);
  });

  it('turns a design rule into description text: the eight-week deadline is no outcome and no section of figures without a time', async () => {
    const youth = await practice('forsterket-ungdomsinnsats');
    expect(youth.description).toContain('(fristen er ordningens innretning, ikke et resultat)');
    expect(youth.description).not.toContain('Tall uten måletidspunkt');
    expect(youth.outcomes).toEqual([expect.objectContaining({ difference: 0, design: 'QUASI_EXPERIMENTAL', sourceUrl: 'https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/item/tid-for-aktivering' })]);
  });

  it('keeps what an editor wrote: an edited description, edited outcomes, and links and outcomes an editor added', async () => {
    const ips = await practice('individuell-jobbstotte');
    expect(ips.links).toEqual([...fresh.get('individuell-jobbstotte').links, editorsLink]);
    expect(ips.outcomes.map((o: any) => [o.followUpMonths, o.value, o.comparisonValue, o.source])).toEqual([
      [12, 36.6, 27.1, expect.stringContaining('Reme mfl.')],
      [18, 37.4, 27.1, expect.stringContaining('Reme mfl.')],
      [12, 48, 8, expect.stringContaining('Sveinsdottir mfl.')],
      [6, 41, null, 'Kontorets egen telling'],
    ]);

    // An edited seeded outcome: the outcomes stay as the editor left them.
    const wage = await practice('midlertidig-lonnstilskudd');
    expect(wage.outcomes.map((o: any) => [o.value, o.design, o.note])).toEqual([
      [41, 'DESCRIPTIVE', 'innen tre år etter tiltaket'],
      [54, 'DESCRIPTIVE', 'innen tre år etter tiltaket'],
      [23, 'DESCRIPTIVE', 'innen tre år etter tiltaket'],
    ]);

    // The description is the editor's; the trial's size leaves the outcomes for a sentence in it.
    const se = await practice('supported-employment-i-nav');
    expect(se.description).toBe('Vår egen beskrivelse av Supported Employment.\n\nDet landsomfattende forsøket i 2014–2017 hadde 3 737 deltakere i sju fylker (Frischsenteret, rapport 2/2021).\n');
    expect(se.outcomes.map((o: any) => [o.difference ?? o.value, o.source])).toEqual([
      [12, 'Arbeid og velferd 2/2021, s. 4'],
    ]);
  });

  it('marks as demo data the old seed\'s adoption that the evidence model did not recognise, with its history', async () => {
    const result = await running.app.gql(`{ practice(slug: "ordinaere-arbeidsplasser-som-tiltaksarena") { adoptions { demo office { enhetsnummer } history { demo } } } }`, {}, caseworker);
    expect(result.errors).toBeUndefined();
    const adoptions = result.data.practice.adoptions;
    expect(adoptions.find((a: any) => a.office.enhetsnummer === '0213')).toEqual({ demo: true, office: { enhetsnummer: '0213' }, history: [{ demo: true }] });
    expect(adoptions.every((a: any) => a.demo && a.history.every((h: any) => h.demo))).toBe(true);
  });

  it('leaves every practice nobody edited exactly as a database seeded from the corrected seed has it', async () => {
    const now = await rows();
    const edited = ['individuell-jobbstotte', 'midlertidig-lonnstilskudd', 'supported-employment-i-nav'];
    for (const { slug } of corrections.filter((c) => !edited.includes(c.slug))) {
      expect(now.get(slug), `${slug}: a seed change after catalogue_corrections needs a migration of its own`).toEqual(fresh.get(slug));
    }
    expect(now.get('individuell-jobbstotte').description).toBe(fresh.get('individuell-jobbstotte').description);
    expect(now.get('supported-employment-i-nav').links).toEqual(fresh.get('supported-employment-i-nav').links);
  });

  it('queues the corrected practices for the search engine, so a search finds the new wording', async () => {
    const { app } = running;
    const queued = await app.sql(`select distinct p.slug from search_outbox o join practice p on p.id = o.practice_id where o.reason = 'text' order by p.slug`);
    expect(queued.map((row: any) => row.slug)).toEqual(corrections.map((c) => c.slug).filter((slug) => slug !== 'midlertidig-lonnstilskudd').sort());
    await app.searchOutbox.drain();
    await expect.poll(() => searchSlugs('underbrukt')).toContain('kvalifiseringsprogrammet');
  });

  it('changes nothing when it runs again, and `npm run seed` then adds the practices the corrected seed brings', async () => {
    const { app } = running;
    await app.searchOutbox.drain();
    const before = await rows();
    await app.orm.getMigrator().down({ migrations: [CORRECTIONS] });
    await app.orm.getMigrator().up();
    expect(await rows()).toEqual(before);
    expect(await app.sql(`select id from search_outbox`)).toEqual([]);

    const report = await seedCatalogue(app.orm);
    expect(report.practices).toBe(ADDED.length);
    const after = await rows();
    for (const slug of ADDED) expect(after.get(slug)).toEqual(fresh.get(slug));
    for (const { slug } of corrections) expect(after.get(slug)).toEqual(before.get(slug));
  });
});
