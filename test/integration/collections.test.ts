import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/test-app.js';

const CREATE = 'mutation($input: CreateCollectionInput!) { createCollection(input: $input) { id title published region { code } } }';
const ADD = 'mutation($input: AddCollectionItemInput!) { addCollectionItem(input: $input) { id position note practice { slug } } }';
const MOVE = 'mutation($itemId: ID!, $position: Int!) { moveCollectionItem(itemId: $itemId, position: $position) { id position } }';
const ITEMS = 'query($id: ID!) { collection(id: $id) { title published items { id position note practice { slug } } } }';

describe('regional collections', () => {
  let app: TestApp;
  const token: Record<string, string> = {};
  let practiceIds: string[];

  beforeAll(async () => {
    app = await startTestApp();
    for (const user of ['fylkesdirektor.buskerud', 'fylkesdirektor.nordland', 'veileder.drammen', 'redaktor', 'forsker']) {
      token[user] = await app.login(user);
    }
    practiceIds = (await app.sql<{ id: string }>(`select id from practice where status = 'PUBLISHED' order by slug limit 12`)).map((r) => r.id);
  });
  afterAll(() => app.close());

  const create = async (as: string, regionCode: string, title = 'Gode eksempler fra Buskerud') =>
    app.gql(CREATE, { input: { regionCode, title, description: 'Utvalgt av fylkesdirektøren.' } }, token[as]);

  it('is curated by the directors of its region and by admins only', async () => {
    expect((await create('fylkesdirektor.buskerud', '33')).data.createCollection).toMatchObject({ published: false, region: { code: '33' } });
    expect((await create('redaktor', '18', 'Nordlands beste')).data.createCollection.region.code).toBe('18');
    expect(codeOf(await create('fylkesdirektor.nordland', '33'))).toBe('FORBIDDEN');
    expect(codeOf(await create('veileder.drammen', '33'))).toBe('FORBIDDEN');
    expect(codeOf(await create('forsker', '33'))).toBe('FORBIDDEN');
    expect(codeOf(await create('redaktor', '99'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(CREATE, { input: { regionCode: '33', title: ' ' } }, token['fylkesdirektor.buskerud']))).toBe('BAD_USER_INPUT');
  });

  it('is seen by caseworkers only once published', async () => {
    const { id } = (await create('fylkesdirektor.buskerud', '33', 'Snart publisert')).data.createCollection;
    const list = (as: string) => app.gql('{ collections(regionCode: "33") { id } }', {}, token[as]);
    expect((await list('veileder.drammen')).data.collections.map((c: any) => c.id)).not.toContain(id);
    expect(codeOf(await app.gql(ITEMS, { id }, token['veileder.drammen']))).toBe('FORBIDDEN');
    await app.gql('mutation($id: ID!) { publishCollection(id: $id) { published } }', { id }, token['fylkesdirektor.buskerud']);
    expect((await list('veileder.drammen')).data.collections.map((c: any) => c.id)).toContain(id);
    expect((await app.gql(ITEMS, { id }, token['veileder.drammen'])).data.collection.published).toBe(true);
  });

  it('keeps items in order with notes; moves close up the gaps', async () => {
    const { id } = (await create('fylkesdirektor.buskerud', '33', 'Rekkefølge')).data.createCollection;
    const as = token['fylkesdirektor.buskerud'];
    const items: { id: string; position: number }[] = [];
    for (const practiceId of practiceIds.slice(0, 4)) {
      items.push((await app.gql(ADD, { input: { collectionId: id, practiceId, note: `Notat ${items.length}` } }, as)).data.addCollectionItem);
    }
    expect(items.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    expect(codeOf(await app.gql(ADD, { input: { collectionId: id, practiceId: practiceIds[0] } }, as))).toBe('CONFLICT');
    await app.gql(MOVE, { itemId: items[3].id, position: 0 }, as);
    const after = (await app.gql(ITEMS, { id }, as)).data.collection.items;
    expect(after.map((item: any) => item.id)).toEqual([items[3].id, items[0].id, items[1].id, items[2].id]);
    expect(after.map((item: any) => item.position)).toEqual([0, 1, 2, 3]);
    expect(codeOf(await app.gql(MOVE, { itemId: items[0].id, position: 4 }, as))).toBe('BAD_USER_INPUT');
    expect(codeOf(await app.gql(MOVE, { itemId: items[0].id, position: 1 }, token['fylkesdirektor.nordland']))).toBe('FORBIDDEN');
    await app.gql('mutation($itemId: ID!) { removeCollectionItem(itemId: $itemId) { id } }', { itemId: items[0].id }, as);
    const removed = (await app.gql(ITEMS, { id }, as)).data.collection.items;
    expect(removed.map((item: any) => item.position)).toEqual([0, 1, 2]);
    expect(removed.map((item: any) => item.note)).toEqual(['Notat 3', 'Notat 1', 'Notat 2']);
  });

  it('keeps the order exact under concurrent moves', async () => {
    const { id } = (await create('fylkesdirektor.buskerud', '33', 'Samtidige flyttinger')).data.createCollection;
    const as = token['fylkesdirektor.buskerud'];
    const items: { id: string; position: number }[] = [];
    for (const practiceId of practiceIds.slice(0, 10)) {
      items.push((await app.gql(ADD, { input: { collectionId: id, practiceId } }, as)).data.addCollectionItem);
    }
    const moves = Array.from({ length: 40 }, (_, i) => ({ itemId: items[(i * 7) % 10].id, position: (i * 3) % 10 }));
    const results = await Promise.all(moves.map((move) => app.gql(MOVE, move, as)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const final = (await app.gql(ITEMS, { id }, as)).data.collection.items;
    expect(final.map((item: any) => item.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(final.map((item: any) => item.id)).size).toBe(10);
    const rows = await app.sql<{ position: number }>('select position from collection_item where collection_id = ? order by position', [id]);
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
