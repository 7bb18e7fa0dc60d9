import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const PROPOSE = `mutation($input: ProposePracticeInput!) { proposePractice(input: $input) {
  id slug title status evidenceLevel themes originOffice { enhetsnummer } outcomes { label demo } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePracticeInput!) { updatePractice(id: $id, input: $input) { id title summary status reviewDue } }`;
const PUBLISH = 'mutation($id: ID!) { publishPractice(id: $id) { id status publishedAt } }';
const ARCHIVE = 'mutation($id: ID!) { archivePractice(id: $id) { id status } }';
const BY_SLUG = 'query($slug: String!) { practice(slug: $slug) { id title status } }';
const DRAFTS = '{ practices(first: 100, filter: { statuses: [DRAFT] }) { totalCount edges { node { slug originOffice { region { code } } } } } }';
const ARCHIVED = '{ practices(first: 100, filter: { statuses: [PUBLISHED, ARCHIVED] }) { edges { node { slug } } } }';
const VIEWER_CAN = 'query($slug: String!) { practice(slug: $slug) { viewerCan { edit publish archive } } }';

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
      outcomes: [{ label: 'Demodata: formidlinger', value: 12, unit: 'personer', design: 'DESCRIPTIVE', year: 2025, demo: true }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.proposePractice).toMatchObject({
      slug: 'jobbmatch-pa-tvers-av-kontorer',
      status: 'DRAFT',
      evidenceLevel: 'LOCAL_EXPERIENCE',
      originOffice: { enhetsnummer: '0602' },
      outcomes: [{ label: 'Demodata: formidlinger', demo: true }],
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
      [{ title: 'Ok', summary: 'x', description: '', outcomes: [{ label: 'I arbeid', value: 40, unit: '%', design: 'DESCRIPTIVE', year: 2024 }] }, 'outcomes.0.source'],
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
    // To everyone else the draft is as absent as a slug nobody wrote: a guessed title confirms nothing.
    const absent = await app.gql(BY_SLUG, { slug: 'hemmelig-utkast-som-ingen-skrev' }, tokens['veileder.bodo']);
    for (const as of ['veileder.bodo', 'fylkesdirektor.nordland', 'forsker']) {
      const hidden = await see(as);
      expect(codeOf(hidden), as).toBe('NOT_FOUND');
      expect(hidden.errors![0].message.replace(draft.slug, '…')).toBe(absent.errors![0].message.replace('hemmelig-utkast-som-ingen-skrev', '…'));
    }

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

  it('does not confirm a hidden draft\'s id to a write that needs a published practice', async () => {
    const draft = (await propose({ title: 'Utkast ingen andre ser', summary: 'Ikke klart.', description: '' })).data.proposePractice;
    const rate = (as: string) =>
      app.gql('mutation($id: ID!) { ratePractice(input: { practiceId: $id, score: 3 }) { rating { id } } }', { id: draft.id }, tokens[as]);
    const adopt = (as: string) =>
      app.gql('mutation($id: ID!) { setAdoption(input: { practiceId: $id, status: PILOTING }) { id } }', { id: draft.id }, tokens[as]);
    // Its author and the region's director see it: for them it is a conflict with its state.
    expect(codeOf(await rate('veileder.drammen'))).toBe('CONFLICT');
    expect(codeOf(await adopt('veileder.drammen'))).toBe('CONFLICT');
    expect(codeOf(await rate('fylkesdirektor.buskerud'))).toBe('CONFLICT');
    // For anyone else it does not exist.
    expect(codeOf(await rate('veileder.bodo'))).toBe('NOT_FOUND');
    expect(codeOf(await adopt('veileder.bodo'))).toBe('NOT_FOUND');
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
    // Those who may not see the draft are told it does not exist, not that they may not change it.
    expect(codeOf(await edit('veileder.bodo', { title: 'Kapret' }))).toBe('NOT_FOUND');
    expect(codeOf(await edit('forsker', { title: 'Kapret' }))).toBe('NOT_FOUND');
    expect(codeOf(await edit('fylkesdirektor.nordland', { title: 'Kapret' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens['fylkesdirektor.nordland']))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(ARCHIVE, { id: draft.id }, tokens['veileder.bodo']))).toBe('NOT_FOUND');
    expect((await app.gql(BY_SLUG, { slug: draft.slug }, tokens.redaktor)).data.practice.title).toBe('Utkast, ryddet');
    expect(codeOf(await edit('veileder.drammen', { title: '' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE, { id: 'nope', input: {} }, tokens.redaktor))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: {} }, tokens.redaktor))).toBe('NOT_FOUND');
  });

  it('is published by a director of its region or an admin, then no longer editable by its author', async () => {
    const draft = (await propose({ title: 'Klar for publisering', summary: 'Ferdig.', description: '' })).data.proposePractice;
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens['veileder.drammen']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens['fylkesdirektor.nordland']))).toBe('NOT_FOUND');
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
    // Once published, it stays readable to all in the archive.
    expect((await app.gql(BY_SLUG, { slug: 'individuell-jobbstotte' }, tokens['veileder.bodo'])).data.practice.status).toBe('ARCHIVED');
    const listed = (await app.gql(ARCHIVED, {}, tokens['veileder.bodo'])).data.practices.edges.map((e: any) => e.node.slug);
    expect(listed).toContain('individuell-jobbstotte');
  });

  it('keeps a draft archived before it was published as hidden as the draft was', async () => {
    const draft = (await propose({ title: 'Utkast som ble arkivert', summary: 'Aldri publisert.', description: 'Intern vurdering.' })).data.proposePractice;
    expect((await app.gql(ARCHIVE, { id: draft.id }, tokens.redaktor)).data.archivePractice.status).toBe('ARCHIVED');
    const see = (as: string) => app.gql(BY_SLUG, { slug: draft.slug }, tokens[as]);
    const listed = async (as: string) => (await app.gql(ARCHIVED, {}, tokens[as])).data.practices.edges.map((e: any) => e.node.slug);
    for (const as of ['veileder.drammen', 'fylkesdirektor.buskerud', 'redaktor']) {
      expect((await see(as)).data?.practice.status, as).toBe('ARCHIVED');
      expect(await listed(as), as).toContain(draft.slug);
    }
    for (const as of ['veileder.bodo', 'fylkesdirektor.nordland', 'forsker']) {
      expect(codeOf(await see(as)), as).toBe('NOT_FOUND');
      expect(await listed(as), as).not.toContain(draft.slug);
    }
    const counted = async (as: string) =>
      (await app.gql('{ practices(filter: { statuses: [ARCHIVED] }) { totalCount } }', {}, tokens[as])).data.practices.totalCount;
    expect(await counted('veileder.bodo')).toBe((await counted('veileder.drammen')) - 1);
  });

  it('is taken out of the archive, or changed there, by editors only, and viewerCan says so', async () => {
    const draft = (await propose({ title: 'Arkivert og publisert', summary: 'Var i bruk.', description: '' })).data.proposePractice;
    await app.gql(PUBLISH, { id: draft.id }, tokens['fylkesdirektor.buskerud']);
    await app.gql(ARCHIVE, { id: draft.id }, tokens.redaktor);
    const can = async (as: string) => (await app.gql(VIEWER_CAN, { slug: draft.slug }, tokens[as])).data.practice.viewerCan;
    expect(await can('fylkesdirektor.buskerud')).toEqual({ edit: false, publish: false, archive: false });
    expect(await can('veileder.drammen')).toEqual({ edit: false, publish: false, archive: false });
    expect(await can('redaktor')).toEqual({ edit: true, publish: true, archive: false });

    expect(codeOf(await app.gql(PUBLISH, { id: draft.id }, tokens['fylkesdirektor.buskerud']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UPDATE, { id: draft.id, input: { title: 'Endret' } }, tokens['fylkesdirektor.buskerud']))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UPDATE, { id: draft.id, input: { title: 'Endret' } }, tokens['veileder.drammen']))).toBe('FORBIDDEN');
    expect((await app.gql(BY_SLUG, { slug: draft.slug }, tokens.redaktor)).data.practice).toMatchObject({ status: 'ARCHIVED', title: 'Arkivert og publisert' });

    expect((await app.gql(UPDATE, { id: draft.id, input: { summary: 'Var i bruk til 2025.' } }, tokens.redaktor)).data.updatePractice.summary).toBe('Var i bruk til 2025.');
    expect((await app.gql(PUBLISH, { id: draft.id }, tokens.redaktor)).data.publishPractice.status).toBe('PUBLISHED');
    expect(await can('fylkesdirektor.buskerud')).toEqual({ edit: true, publish: false, archive: false });
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
