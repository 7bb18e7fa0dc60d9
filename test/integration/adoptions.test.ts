import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const SET = `mutation($input: SetAdoptionInput!) { setAdoption(input: $input) {
  id status since office { enhetsnummer } practice { slug adoptionCount } } }`;
const PRACTICE = `query($slug: String!) { practice(slug: $slug) { id adoptionCount adoptions { status since office { enhetsnummer region { code } } } } }`;

describe('recording that an office uses a practice', () => {
  let app: TestApp;
  let caseworker: string;
  let practice: { id: string; adoptionCount: number; adoptions: any[] };
  const slug = 'forsok-med-kjerneoppgaver';

  beforeAll(async () => {
    app = await startTestApp();
    caseworker = await app.login('veileder.drammen');
    practice = (await app.gql(PRACTICE, { slug }, caseworker)).data.practice;
  });
  afterAll(() => app.close());

  it("sets the caller's own office's status, once per office, and keeps the count of offices using it", async () => {
    expect(practice.adoptions.some((a) => a.office.enhetsnummer === '0602')).toBe(false);
    const piloting = await app.gql(SET, { input: { practiceId: practice.id, status: 'PILOTING', since: '2026-01-15' } }, caseworker);
    expect(piloting.errors).toBeUndefined();
    expect(piloting.data.setAdoption).toMatchObject({
      status: 'PILOTING',
      since: '2026-01-15',
      office: { enhetsnummer: '0602' },
      practice: { adoptionCount: practice.adoptionCount + 1 },
    });
    const stopped = await app.gql(SET, { input: { practiceId: practice.id, status: 'DISCONTINUED', reason: 'Vi fikk ikke videreført finansieringen' } }, caseworker);
    expect(stopped.data.setAdoption.id).toBe(piloting.data.setAdoption.id);
    expect(stopped.data.setAdoption.since).toBe(new Date().toISOString().slice(0, 10));
    expect(stopped.data.setAdoption.practice.adoptionCount).toBe(practice.adoptionCount);

    const after = (await app.gql(PRACTICE, { slug }, caseworker)).data.practice;
    expect(after.adoptions.filter((a: any) => a.office.enhetsnummer === '0602')).toEqual([
      expect.objectContaining({ status: 'DISCONTINUED', office: { enhetsnummer: '0602', region: { code: '33' } } }),
    ]);
    const office = await app.gql('{ office(enhetsnummer: "0602") { adoptions { status practice { slug } } } }', {}, caseworker);
    expect(office.data.office.adoptions).toContainEqual({ status: 'DISCONTINUED', practice: { slug } });
  });

  it('refuses other offices, researchers, future dates and unknown practices', async () => {
    const other = await app.gql(SET, { input: { practiceId: practice.id, status: 'IN_USE', office: '1804' } }, caseworker);
    expect(codeOf(other)).toBe('FORBIDDEN');
    const researcher = await app.login('forsker');
    expect(codeOf(await app.gql(SET, { input: { practiceId: practice.id, status: 'IN_USE' } }, researcher))).toBe('FORBIDDEN');
    const future = await app.gql(SET, { input: { practiceId: practice.id, status: 'IN_USE', since: '2999-01-01' } }, caseworker);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(future.errors![0].extensions!.field).toBe('since');
    const unknown = await app.gql(SET, { input: { practiceId: '00000000-0000-4000-8000-000000000000', status: 'IN_USE' } }, caseworker);
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const badStatus = await app.gql(SET, { input: { practiceId: practice.id, status: 'SOMETIMES' } }, caseworker);
    expect(codeOf(badStatus)).toBe('BAD_USER_INPUT');
  });

  it('lets a director record adoptions for the offices of their region', async () => {
    const director = await app.login('fylkesdirektor.buskerud');
    const own = await app.gql(SET, { input: { practiceId: practice.id, status: 'CONSIDERING', office: '0604' } }, director);
    expect(own.data.setAdoption.office.enhetsnummer).toBe('0604');
    const foreign = await app.gql(SET, { input: { practiceId: practice.id, status: 'CONSIDERING', office: '1804' } }, director);
    expect(codeOf(foreign)).toBe('FORBIDDEN');
  });
});
