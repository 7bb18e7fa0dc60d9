import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const PROPOSE = `mutation($input: ProposePracticeInput!) { proposePractice(input: $input) {
  id slug title status evidenceLevel themes originOffice { enhetsnummer } outcomes { indicator demo } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePracticeInput!) { updatePractice(id: $id, input: $input) { id title summary status reviewDue } }`;
const PUBLISH = 'mutation($id: ID!) { publishPractice(id: $id) { id status publishedAt } }';
const ARCHIVE = 'mutation($id: ID!) { archivePractice(id: $id) { id status } }';
const BY_SLUG = 'query($slug: String!) { practice(slug: $slug) { id title status } }';
const DRAFTS = '{ practices(first: 100, filter: { statuses: [DRAFT] }) { totalCount edges { node { slug originOffice { region { code } } } } } }';

describe('proposing, editing, publishing and archiving practices', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    for (const username of ['veileder.drammen', 'veileder.bodo', 'fylkesdirektor.buskerud', 'fylkesdirektor.nordland', 'forsker', 'redaktor']) {
      tokens[username] = await app.login(username);
    }
  });
  afterAll(() => app.close());

  const propose = (input: Record<string, unknown>, as = 'veileder.drammen') => app.gql(PROPOSE, { input }, tokens[as]);

  it("saves a caseworker's proposal as a draft from their office, with a slug from the title", async () => {
    const result = await propose({
      title: 'Jobbmatch på tvers av kontorer',
      summary: 'Veiledere deler ledige jobber mellom kontorene i regionen.',
      description: '## Slik gjør vi det\nUkentlige møter.',
      themes: ['EMPLOYER_COOPERATION'],
      outcomes: [{ indicator: 'Demodata: formidlinger', value: 12, unit: 'personer', period: '2025', demo: true }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.proposePractice).toMatchObject({
      slug: 'jobbmatch-pa-tvers-av-kontorer',
      status: 'DRAFT',
      evidenceLevel: 'LOCAL_EXPERIENCE',
      originOffice: { enhetsnummer: '0602' },
      outcomes: [{ indicator: 'Demodata: formidlinger', demo: true }],
    });
    const again = await propose({ title: 'Jobbmatch på tvers av kontorer!', summary: 'En variant.', description: '' });
    expect(again.data.proposePractice.slug).toBe('jobbmatch-pa-tvers-av-kontorer-2');
  });

  it('refuses an empty title, a too long summary and a bad link, writing nothing', async () => {
    const [{ n: before }] = await app.sql('select count(*)::int as n from practice');
    for (const [input, field] of [
      [{ title: '', summary: 'x', description: '' }, 'title'],
      [{ title: '   ', summary: 'x', description: '' }, 'title'],
      [{ title: 'Ok', summary: 'x'.repeat(601), description: '' }, 'summary'],
      [{ title: 'Ok', summary: 'x', description: '', links: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url'],
      [{ title: 'Ok', summary: 'x', description: '', outcomes: [{ indicator: 'I arbeid', value: 40, unit: '%', period: '2024' }] }, 'outcomes.0.source'],
    ] as const) {
      const result = await propose(input);
      expect(codeOf(result), JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
    const [{ n: after }] = await app.sql('select count(*)::int as n from practice');
    expect(after).toBe(before);
  });

  it('shows a draft only to its author, the directors of its region and admins', async () => {
    const draft = (await propose({ title: 'Hemmelig utkast', summary: 'Ikke klart ennå.', description: '' })).data.proposePractice;
    const see = async (as: string) => app.gql(BY_SLUG, { slug: draft.slug }, tokens[as]);
    expect((await see('veileder.drammen')).data.practice.status).toBe('DRAFT');
    expect((await see('fylkesdirektor.buskerud')).data.practice.status).toBe('DRAFT');
    expect((await see('redaktor')).data.practice.status).toBe('DRAFT');
    expect(codeOf(await see('veileder.bodo'))).toBe('FORBIDDEN');
    expect(codeOf(await see('fylkesdirektor.nordland'))).toBe('FORBIDDEN');
    expect(codeOf(await see('forsker'))).toBe('FORBIDDEN');

    const slugsFor = async (as: string) => (await app.gql(DRAFTS, {}, tokens[as])).data.practices.edges.map((e: any) => e.node.slug);
    expect(await slugsFor('veileder.drammen')).toContain(draft.slug);
    expect(await slugsFor('veileder.bodo')).not.toContain(draft.slug);
    expect(await slugsFor('fylkesdirektor.nordland')).not.toContain(draft.slug);
    const buskerudDrafts = (await app.gql(DRAFTS, {}, tokens['fylkesdirektor.buskerud'])).data.practices.edges;
    expect(buskerudDrafts.map((e: any) => e.node.slug)).toContain(draft.slug);
    expect(buskerudDrafts.every((e: any) => e.node.originOffice.region.code === '33')).toBe(true);
    const all = (await app.gql(DRAFTS, {}, tokens.redaktor)).data.practices;
    expect(all.totalCount).toBeGreaterThan(buskerudDrafts.length);
  });

  it('lets the author edit their draft, and nobody else but the region and admins', async () => {
    const draft = (await propose({ title: 'Utkast til redigering', summary: 'Første versjon.', description: '' })).data.proposePractice;
    const edit = (as: string, input: Record<string, unknown>) => app.gql(UPDATE, { id: draft.id, input }, tokens[as]);
    expect((await edit('veileder.drammen', { summary: 'Andre versjon.', reviewDue: '2027-06-01' })).data.updatePractice).toMatchObject({
      summary: 'Andre versjon.',
      reviewDue: '2027-06-01',
      title: 'Utkast til redigering',
    });
    expect((await edit('fylkesdirektor.buskerud', { title: 'Utkast, ryddet' })).data.updatePractice.title).toBe('Utkast, ryddet');
    expect(codeOf(await edit('veileder.bodo', { title: 'Kapret' }))).toBe('FORBIDDEN');
    expect(codeOf(await edit('forsker', { title: 'Kapret' }))).toBe('FORBIDDEN');
    expect(codeOf(await edit('fylkesdirektor.nordland', { title: 'Kapret' }))).toBe('FORBIDDEN');
    expect(codeOf(await edit('veileder.drammen', { title: '' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE, { id: 'nope', input: {} }, tokens.redaktor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: {} }, tokens.redaktor))).toBe('NOT_FOUND');
  });

  it('is published by a director of its region or an admin, then no longer editable by its author', async () => {
    const draft = (await propose({ title: 'Klar for publisering', summary: 'Ferdig.', description: '' })).data.proposePractice;
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens['veileder.drammen']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens['fylkesdirektor.nordland']))).toBe('FORBIDDEN');
    const published = await app.gql(PUBLISH, { id: draft.id }, tokens['fylkesdirektor.buskerud']);
    expect(published.data.publishPractice.status).toBe('PUBLISHED');
    expect(published.data.publishPractice.publishedAt).toBeTruthy();
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens.redaktor))).toBe('CONFLICT');
    expect((await app.gql(BY_SLUG, { slug: draft.slug }, tokens['veileder.bodo'])).data.practice.status).toBe('PUBLISHED');
    expect(codeOf(await app.gql(UPDATE, { id: draft.id, input: { title: 'Endret' } }, tokens['veileder.drammen']))).toBe('FORBIDDEN');
  });

  it('is archived by admins only', async () => {
    const { id } = (await app.gql(BY_SLUG, { slug: 'individuell-jobbstotte' }, tokens.redaktor)).data.practice;
    expect(codeOf(await app.gql(ARCHIVE, { id }, tokens['fylkesdirektor.nordland']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ARCHIVE, { id }, tokens['veileder.bodo']))).toBe('FORBIDDEN');
    expect((await app.gql(ARCHIVE, { id }, tokens.redaktor)).data.archivePractice.status).toBe('ARCHIVED');
    expect(codeOf(await app.gql(ARCHIVE, { id }, tokens.redaktor))).toBe('CONFLICT');
  });

  it('lets directors propose for an office of their region only, and researchers not at all', async () => {
    const base = { summary: 'Fra regionen.', description: '' };
    const own = await propose({ ...base, title: 'Regionalt tiltak', originOffice: '0604' }, 'fylkesdirektor.buskerud');
    expect(own.data.proposePractice.originOffice.enhetsnummer).toBe('0604');
    const missing = await propose({ ...base, title: 'Uten kontor' }, 'fylkesdirektor.buskerud');
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.field).toBe('originOffice');
    expect(codeOf(await propose({ ...base, title: 'Feil region', originOffice: '1804' }, 'fylkesdirektor.buskerud'))).toBe('FORBIDDEN');
    expect(codeOf(await propose({ ...base, title: 'Annet kontor', originOffice: '1804' }, 'veileder.drammen'))).toBe('FORBIDDEN');
    expect(codeOf(await propose({ ...base, title: 'Ukjent kontor', originOffice: '9999' }, 'redaktor'))).toBe('NOT_FOUND');
    expect(codeOf(await propose({ ...base, title: 'Forskning', originOffice: '0602' }, 'forsker'))).toBe('FORBIDDEN');
  });
});
