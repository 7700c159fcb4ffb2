// ServerGroup through the engine's HTTP API: create with and without rules, members as servers join, every
// change a replacement with its reason, import, out-of-band deletion, delete twice, validation with no calls.
import { serverGroup } from '../../../provider/resources/server-group';
import { ValidationError } from '../../../provider/schema/validate';
import { CIRROS, PRIVATE_NET } from '../../helpers/http';
import { atMicroversion, cloud, countRequests, embedded, namesField, type Cloud } from './engine-cloud';

let c: Cloud;
beforeAll(async () => {
  c = await cloud();
});
afterAll(async () => {
  await c.close();
});

test('anti-affinity with a rule: created, read with members, no drift', async () => {
  const config = { name: 'spread', policies: ['anti-affinity'], rules: { max_server_per_host: 2 } };
  const state = await serverGroup.create(c.conn, config);
  expect(state).toMatchObject({
    name: 'spread',
    policies: ['anti-affinity'],
    rules: { max_server_per_host: 2 },
    members: [],
  });
  const shown = await c.demo.at('2.64').get(`/v2.1/os-server-groups/${String(state.id)}`);
  expect(shown.body.server_group).toMatchObject({ policy: 'anti-affinity', rules: { max_server_per_host: 2 } });
  const boot = await c.demo.post('/v2.1/servers', {
    server: { name: 'member', flavorRef: '1', imageRef: CIRROS, networks: [{ uuid: PRIVATE_NET }] },
    'os:scheduler_hints': { group: state.id },
  });
  expect(boot.status).toBe(202);
  const read = await serverGroup.read(c.conn, state);
  expect(read!.members).toEqual([boot.body.server.id]);
  expect((await serverGroup.plan(c.conn, read, config)).action).toBe('noop');
});

test('below 2.64 the legacy policies list is sent and read; rules are refused before any call', async () => {
  const old = await atMicroversion(c, '2.60');
  const state = await serverGroup.create(old, { name: 'legacy', policies: ['soft-anti-affinity'] });
  expect(state).toMatchObject({ name: 'legacy', policies: ['soft-anti-affinity'], rules: null });
  expect(await serverGroup.read(old, state)).toEqual(state);
  expect(await serverGroup.read(c.conn, state)).toEqual(state);
  const { requests, error } = await countRequests(c.running, () =>
    serverGroup.create(old, { name: 'r', policies: ['anti-affinity'], rules: { max_server_per_host: 1 } }),
  );
  expect(String(error)).toMatch(/rules: .*2\.64/);
  expect(requests).toBe(0);
  await serverGroup.delete(old, state);
  await old.close();
});

test('every input replaces the group, with the reason', async () => {
  const state = await serverGroup.create(c.conn, { name: 'g', policies: ['soft-affinity'] });
  expect(state.rules).toBeNull();
  expect((await serverGroup.plan(c.conn, state, { name: 'g', policies: ['soft-affinity'] })).action).toBe('noop');
  for (const config of [
    { name: 'g2', policies: ['soft-affinity'] },
    { name: 'g', policies: ['affinity'] },
  ]) {
    const plan = await serverGroup.plan(c.conn, state, config);
    expect(plan.action).toBe('replace');
    expect(plan.changes[0].replace).toMatch(/cannot change after it is created/);
    expect(plan.operations.map((o) => o.op)).toEqual(['create', 'delete']);
  }
  const anti = await serverGroup.create(c.conn, { name: 'a', policies: ['anti-affinity'] });
  const plan = await serverGroup.plan(c.conn, anti, {
    name: 'a',
    policies: ['anti-affinity'],
    rules: { max_server_per_host: 3 },
  });
  expect(plan).toMatchObject({ action: 'replace', changes: [{ path: 'rules', replace: expect.any(String) }] });
});

test('import by id; deleted out of band reads as gone; delete twice', async () => {
  const state = await serverGroup.create(c.conn, { name: 'imp', policies: ['affinity'] });
  const imported = await serverGroup.import(c.conn, String(state.id));
  expect(imported).toEqual(state);
  expect(await serverGroup.import(c.conn, '00000000-0000-4000-8000-000000000000')).toBeNull();
  expect((await c.demo.delete(`/v2.1/os-server-groups/${String(state.id)}`)).status).toBe(204);
  expect(await serverGroup.read(c.conn, state)).toBeNull();
  await serverGroup.delete(c.conn, state);
  const again = await serverGroup.create(c.conn, { name: 'imp', policies: ['affinity'] });
  await serverGroup.delete(c.conn, again);
  await serverGroup.delete(c.conn, again);
  expect((await c.demo.get(`/v2.1/os-server-groups/${String(again.id)}`)).status).toBe(404);
});

test.each([
  [{ policies: ['affinity'] }, 'name'],
  [{ name: '', policies: ['affinity'] }, 'name'],
  [{ name: 'x'.repeat(256), policies: ['affinity'] }, 'name'],
  [{ name: 'g' }, 'policies'],
  [{ name: 'g', policies: [] }, 'policies'],
  [{ name: 'g', policies: ['affinity', 'anti-affinity'] }, 'policies'],
  [{ name: 'g', policies: ['clustered'] }, 'policies[0]'],
  [{ name: 'g', policies: ['affinity'], rules: { max_server_per_host: 2 } }, 'rules'],
  [{ name: 'g', policies: ['anti-affinity'], rules: { max_server_per_host: 0 } }, 'rules.max_server_per_host'],
  [{ name: 'g', policies: ['anti-affinity'], rules: {} }, 'rules.max_server_per_host'],
])('invalid %j names %s and sends nothing', async (config, field) => {
  const { requests, error } = await countRequests(c.running, () => serverGroup.create(c.conn, config));
  expect(error).toBeInstanceOf(ValidationError);
  expect(namesField(error, field)).toBe(true);
  expect(requests).toBe(0);
});

test('embedded engine: create, read, delete', async () => {
  const { conn } = await embedded();
  const s = await serverGroup.create(conn, { name: 'emb', policies: ['soft-anti-affinity'] });
  expect(await serverGroup.read(conn, s)).toEqual(s);
  await serverGroup.delete(conn, s);
  expect(await serverGroup.read(conn, s)).toBeNull();
  await conn.close();
});
