// The Server resource against the engine over HTTP: create, refresh, every in-place update path with the
// operations the planner orders, replacements with their reasons, locks, resize policies and drift.
import { serverResource as server } from '../../../provider/resources/server';
import { ValidationError } from '../../../provider/schema/validate';
import { UNKNOWN, type Obj } from '../../../provider/schema/values';
import { cloud, countRequests, type Cloud } from './engine-cloud';
import { login } from '../../helpers/http';
import { forgetCatalog } from '../../../provider/resources/server/catalog';

let c: Cloud;
beforeAll(async () => {
  c = await cloud();
  const e = c.running.engine;
  e.quotas.set(e.callerFor('admin'), e.callerFor('demo').projectId, { instances: -1, cores: -1, ram: -1 });
});
afterAll(async () => {
  await c.close();
});

const base = (extra: Obj = {}): Obj => ({
  name: 'web',
  flavor_name: 'm1.tiny',
  image_name: 'cirros-0.6.2-x86_64-disk',
  network: [{ name: 'private' }],
  security_groups: ['default'],
  metadata: { role: 'web' },
  tags: ['b', 'a'],
  ...extra,
});

async function created(extra: Obj = {}) {
  const state = await server.create(c.conn, base(extra));
  return { state, config: base(extra) };
}

const ops = (p: { operations: { op: string }[] }) => p.operations.map((o) => o.op);
const vm = async (id: string) =>
  (await c.demo.at('2.96').get(`/v2.1/servers/${id}`)).body.server['OS-EXT-STS:vm_state'] as string;

test(
  'create resolves names, records the NIC and keeps its idempotency tag out of the state; ' + 'a refresh plans nothing',
  async () => {
    const { state, config } = await created();
    expect(state).toMatchObject({
      status: 'ACTIVE',
      power_state: 'active',
      flavor_id: '1',
      flavor_name: 'm1.tiny',
      security_groups: ['default'],
      tags: ['b', 'a'],
      locked: false,
    });
    expect((state.network as Obj[])[0]).toMatchObject({
      name: 'private',
      uuid: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def',
    });
    expect((state.network as Obj[])[0].port).toMatch(/^[0-9a-f-]{36}$/);
    const view = (await c.demo.at('2.96').get(`/v2.1/servers/${String(state.id)}`)).body.server;
    // The token stays until the first update (the engine saves the state only after the create returns).
    expect([...view.tags].sort()).toEqual(['a', 'b', expect.stringMatching(/^novaform-idem-/)]);
    const read = await server.read(c.conn, state);
    const plan = await server.plan(c.conn, read, config);
    expect(plan.action).toBe('noop');
    expect(plan.operations).toEqual([]);
  },
);

test('create plans unknown computed values and the post-build power state and lock', async () => {
  const plan = await server.plan(c.conn, null, base({ power_state: 'shutoff', locked: true }));
  expect(plan.action).toBe('create');
  expect(plan.planned.id).toBe(UNKNOWN);
  expect(plan.planned.status).toBe(UNKNOWN);
  expect(ops(plan)).toEqual(['create', 'os-stop', 'lock']);
  const state = await server.create(c.conn, base({ power_state: 'shutoff', locked: true }));
  expect(state).toMatchObject({ power_state: 'shutoff', locked: true, lock_owner: 'novaform', status: 'SHUTOFF' });
});

test.each([
  ['name', { name: 'web-2' }, ['update']],
  ['description', { description: 'front end' }, ['update']],
  ['metadata', { metadata: { role: 'db', tier: '1' } }, ['update metadata']],
  ['tags', { tags: ['c'] }, ['update tags']],
  ['security groups', { security_groups: [] }, ['removeSecurityGroup']],
  ['admin password', { admin_pass: 'n3w-Secret!' }, ['changePassword']],
  ['flavor', { flavor_name: 'm1.small' }, ['resize', 'confirmResize']],
  ['image', { image_name: 'ubuntu-24.04-server' }, ['rebuild']],
  ['power', { power_state: 'paused' }, ['pause']],
  ['lock', { locked: true, locked_reason: 'maintenance' }, ['lock']],
  ['access IPv4', { access_ip_v4: '192.0.2.10' }, ['update']],
  ['access IPv6', { access_ip_v6: '2001:db8::10' }, ['update']],
  ['write-only password', { admin_pass_wo: 'wo-Secret-1', admin_pass_wo_version: 2 }, ['changePassword']],
  ['flavor by id', { flavor_name: undefined, flavor_id: '3' }, ['resize', 'confirmResize']],
])('in place: %s', async (_what, change, expected) => {
  const { state, config } = await created();
  const desired = { ...config, ...change };
  const plan = await server.plan(c.conn, state, desired);
  expect(plan.action).toBe('update');
  expect(plan.changes.every((ch) => !ch.replace)).toBe(true);
  expect(ops(plan)).toEqual(expected);
  const after = await server.update(c.conn, state, desired);
  const again = await server.plan(c.conn, await server.read(c.conn, after), desired);
  expect(again.action).toBe('noop');
});

test('an image change is flagged destructive, or replaces the server under image_change = "replace"', async () => {
  const { state, config } = await created();
  const rebuild = await server.plan(c.conn, state, { ...config, image_name: 'ubuntu-24.04-server' });
  expect(rebuild.changes.find((ch) => ch.path === 'image_name')?.destructive).toMatch(/root disk/);
  const replace = await server.plan(c.conn, state, {
    ...config,
    image_name: 'ubuntu-24.04-server',
    image_change: 'replace',
  });
  expect(replace.action).toBe('replace');
  expect(replace.changes.find((ch) => ch.path === 'image_name')?.replace).toMatch(/image_change/);
});

test.each([
  ['key_pair', { key_pair: 'other' }],
  ['user_data', { user_data: '#cloud-config\n' }],
  ['availability_zone', { availability_zone: 'us-west' }],
  ['network', { network: [{ uuid: '07a9557d-4256-48ae-847c-415a9c8f7ff6' }] }],
  ['config_drive', { config_drive: true }],
  ['scheduler_hints', { scheduler_hints: { different_host: ['9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c'] } }],
  ['personality', { personality: [{ file: '/etc/motd', content: 'hi' }] }],
  ['disk_config', { disk_config: 'AUTO' }],
  [
    'block_device',
    { block_device: [{ source_type: 'blank', destination_type: 'local', volume_size: 1, guest_format: 'swap' }] },
  ],
  ['network_mode', { network: undefined, network_mode: 'none' }],
])('replacement with its reason: %s', async (field, change) => {
  const { state, config } = await created();
  const plan = await server.plan(c.conn, state, { ...config, ...change });
  expect(plan.action).toBe('replace');
  const ch = plan.changes.find((x) => x.path.startsWith(field));
  expect(ch?.replace).toBeTruthy();
  expect(plan.planned.id).toBe(UNKNOWN);
});

const POWER = ['active', 'shutoff', 'paused', 'suspended', 'shelved_offloaded'] as const;
const VM: Record<string, string> = {
  active: 'active',
  shutoff: 'stopped',
  paused: 'paused',
  suspended: 'suspended',
  shelved_offloaded: 'shelved_offloaded',
  shelved: 'shelved_offloaded',
};

test('power state: from every state to every reachable state, along legal actions', async () => {
  for (const from of POWER) {
    const { state, config } = await created({ power_state: from });
    let current = state;
    for (const to of [...POWER, 'shelved'].filter((p) => p !== from)) {
      current = await server.update(c.conn, current, { ...config, power_state: to });
      expect(await vm(String(current.id))).toBe(VM[to]);
      expect(current.power_state).toBe(to);
    }
  }
}, 60_000);

test('a lock novaform set is lifted around other changes and put back', async () => {
  const { state, config } = await created({ locked: true });
  const desired = { ...config, locked: true, metadata: { role: 'db' } };
  const plan = await server.plan(c.conn, state, desired);
  expect(ops(plan)).toEqual(['unlock', 'update metadata', 'lock']);
  const after = await server.update(c.conn, state, desired);
  expect(after).toMatchObject({ locked: true, lock_owner: 'novaform', metadata: { role: 'db' } });
});

test('a lock someone else set is never lifted: the change fails with the API error the plan predicts', async () => {
  const { state, config } = await created();
  const admin = (await login(c.running.url, 'admin')).at('2.96');
  await admin.post(`/v2.1/servers/${String(state.id)}/action`, { lock: null });
  const read = await server.read(c.conn, state);
  expect(read).toMatchObject({ locked: true, lock_owner: 'other' });
  const desired = { ...config, metadata: { role: 'db' } };
  const plan = await server.plan(c.conn, read, desired);
  expect(plan.operations.find((o) => o.op === 'update metadata')?.blocked).toMatch(/is locked/);
  await expect(server.update(c.conn, read!, desired)).rejects.toThrow(/is locked/);
  const unlock = await server.plan(c.conn, read, config);
  expect(unlock.operations).toEqual([
    expect.objectContaining({ op: 'unlock', blocked: expect.stringMatching(/did not set/) }),
  ]);
  await expect(server.update(c.conn, read!, config)).rejects.toThrow(/did not set/);
});

test('resize confirmation "auto" waits for the cloud to confirm instead of confirming', async () => {
  const { state, config } = await created();
  const desired = { ...config, flavor_name: 'm1.small', resize_confirmation: 'auto' };
  expect(ops(await server.plan(c.conn, state, desired))).toEqual(['resize', 'await auto-confirm']);
  const update = server.update(c.conn, state, desired, { timeoutMs: 10_000 });
  const id = String(state.id);
  for (let i = 0; i < 200 && (await vm(id)) !== 'resized'; i++) await new Promise((r) => setTimeout(r, 10));
  // The cloud's resize_confirm_window.
  await c.demo.at('2.96').post(`/v2.1/servers/${id}/action`, { confirmResize: null });
  expect((await update).flavor_id).toBe('2');
});

test('drift: out-of-band stop, rename, metadata edit and lock are detected and planned back', async () => {
  const { state, config } = await created();
  const id = String(state.id);
  await c.demo.at('2.96').post(`/v2.1/servers/${id}/action`, { 'os-stop': null });
  await c.demo.at('2.96').put(`/v2.1/servers/${id}`, { server: { name: 'renamed' } });
  await c.demo.at('2.96').put(`/v2.1/servers/${id}/metadata`, { metadata: { role: 'hacked' } });
  await c.demo.at('2.96').post(`/v2.1/servers/${id}/action`, { lock: null });
  c.conn.servers.invalidate();
  const read = await server.read(c.conn, state);
  expect(read).toMatchObject({
    power_state: 'shutoff',
    name: 'renamed',
    metadata: { role: 'hacked' },
    locked: true,
    lock_owner: 'other',
  });
  const plan = await server.plan(c.conn, read, config);
  expect(plan.changes.map((ch) => ch.path).sort()).toEqual(['locked', 'metadata["role"]', 'name', 'power_state']);
});

test('every Nova status is readable', async () => {
  const { state } = await created();
  const engine = c.running.engine;
  const root = engine.callerFor('admin');
  for (const [vmState, taskState] of [
    ['active', 'rebooting'],
    ['active', 'rebooting_hard'],
    ['active', 'updating_password'],
    ['active', 'rebuilding'],
    ['active', 'migrating'],
    ['active', 'resize_prep'],
    ['building', null],
    ['stopped', null],
    ['resized', null],
    ['resized', 'resize_reverting'],
    ['paused', null],
    ['suspended', null],
    ['rescued', null],
    ['error', null],
    ['shelved', null],
    ['shelved_offloaded', null],
    ['unknown', null],
  ] as const) {
    engine.servers.forceState(root, String(state.id), { vmState, taskState });
    c.conn.servers.invalidate();
    const read = await server.read(c.conn, state);
    expect(read?.vm_state).toBe(vmState);
  }
});

test('bad inputs are refused naming the field, before any request', async () => {
  for (const [config, path] of [
    [base({ name: '' }), 'name'],
    [base({ name: 'x'.repeat(256) }), 'name'],
    [base({ tags: ['a/b'] }), 'tags[0]'],
    [base({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }), 'tags'],
    [base({ metadata: { k: 'v'.repeat(256) } }), 'metadata.k'],
    [base({ power_state: 'sleeping' }), 'power_state'],
    [base({ flavor_id: '' }), 'flavor_id'],
    [{ name: 'x', image_name: 'cirros' }, 'flavor_id'],
    [base({ network_mode: 'auto' }), 'network'],
    [base({ locked_reason: 'why' }), 'locked'],
    [base({ block_device: [{ source_type: 'image' }] }), 'block_device[0].uuid'],
    [base({ user_data: 'x'.repeat(70_000) }), 'user_data'],
    [base({ bogus: 1 }), 'bogus'],
  ] as [Obj, string][]) {
    const { requests, error } = await countRequests(c.running, () => server.create(c.conn, config));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors.map((e) => e.path)).toContain(path);
    expect(requests).toBe(0);
  }
});

test('delete accepts any status and a second delete is a no-op', async () => {
  const { state } = await created();
  c.running.engine.servers.forceState(c.running.engine.callerFor('admin'), String(state.id), { vmState: 'error' });
  await server.delete(c.conn, state);
  expect((await c.demo.at('2.96').get(`/v2.1/servers/${String(state.id)}`)).status).toBe(404);
  await server.delete(c.conn, state);
  expect(await server.read(c.conn, state)).toBeNull();
});

test('import rebuilds the inputs the API knows and marks the rest unset', async () => {
  const { state, config } = await created();
  const imported = await server.import(c.conn, String(state.id));
  expect(imported).toMatchObject({
    id: state.id,
    name: 'web',
    flavor_id: '1',
    image_id: state.image_id,
    lock_owner: '',
  });
  expect((imported!.network as Obj[])[0].port).toBe((state.network as Obj[])[0].port);
  const plan = await server.plan(c.conn, imported, {
    ...config,
    network: [{ uuid: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def' }],
  });
  expect(plan.action).not.toBe('replace');
  expect(await server.import(c.conn, '00000000-0000-0000-0000-000000000000')).toBeNull();
});

test('a resize no host can take fails at once with the reason, instead of waiting out the timeout', async () => {
  const { state, config } = await created();
  const res = await (
    await login(c.running.url, 'admin')
  ).post('/v2.1/flavors', { flavor: { name: 'huge', ram: 1024 * 1024, vcpus: 512, disk: 10, id: 'huge' } });
  expect(res.status).toBe(200);
  forgetCatalog(c.conn); // the listing of this connection predates the new flavor
  const started = Date.now();
  await expect(server.update(c.conn, state, { ...config, flavor_name: 'huge' })).rejects.toThrow(/No valid host/);
  expect(Date.now() - started).toBeLessThan(10_000);
});

test(
  'an import lists every NIC; the next apply keeps the declared ones and leaves hot-plugged NICs to ' +
    'InterfaceAttachments',
  async () => {
    const { state, config } = await created();
    const id = String(state.id);
    const extra = await c.demo.at('2.96').post(`/v2.1/servers/${id}/os-interface`, {
      interfaceAttachment: { net_id: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def' },
    });
    expect(extra.status).toBe(200);
    const imported = await server.import(c.conn, id);
    expect(imported!.network as Obj[]).toHaveLength(2);
    expect(imported!.network_from_import).toBe(true);
    const plan = await server.plan(c.conn, imported, config);
    expect(plan.action).not.toBe('replace');
    expect(plan.planned.network_from_import).toBe(false);
    const after = await server.update(c.conn, imported!, config);
    expect(after.network).toEqual([
      expect.objectContaining({ uuid: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def', port: (state.network as Obj[])[0].port }),
    ]);
    expect(after.network_from_import).toBe(false);
    expect((await server.plan(c.conn, await server.read(c.conn, after), config)).action).toBe('noop');
  },
);
