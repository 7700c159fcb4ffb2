// The control API under /_novaform/ (admin only): clock, durations, faults, armed build failures, hosts,
// and state reset / snapshot / restore / export — plus the same operations on the programmatic handle.
import { DEFAULT_SEED } from '../../../engine';
import { bootServer, CIRROS, serve, type Served } from '../../helpers/http';

let s: Served;
beforeAll(async () => {
  s = await serve({
    seed: { ...DEFAULT_SEED, quotas: { projects: { demo: { instances: 100, cores: 200, ram: 1_000_000 } } } },
  });
});
afterAll(async () => {
  await s.running.close();
});
afterEach(async () => {
  await s.admin.delete('/_novaform/faults');
});

const create = (name = 'ctl') => s.demo.post('/v2.1/servers', { server: { name, flavorRef: '1', imageRef: CIRROS } });
const count = () => s.running.engine.servers.list(s.running.engine.callerFor('demo')).servers.length;

test('admin only: members get 403, anonymous callers 401', async () => {
  expect((await s.demo.get('/_novaform/clock')).status).toBe(403);
  expect((await fetch(`${s.url}/_novaform/clock`)).status).toBe(401);
  expect((await s.admin.get('/_novaform/clock')).body).toEqual({ mode: 'manual', now: s.clock.now() });
});

test('clock: advance the manual clock; switch to real and back', async () => {
  const before = (await s.admin.get('/_novaform/clock')).body.now;
  const res = await s.admin.post('/_novaform/clock', { advance_ms: 1500 });
  expect(res.body).toEqual({ mode: 'manual', now: before + 1500 });
  expect((await s.admin.post('/_novaform/clock', { advance_ms: -1 })).status).toBe(400);
  const real = await s.admin.post('/_novaform/clock', { mode: 'real' });
  expect(real.body.mode).toBe('real');
  expect(Math.abs(real.body.now - Date.now())).toBeLessThan(5000);
  expect((await s.admin.post('/_novaform/clock', { advance_ms: 10 })).status).toBe(400); // a real clock is not advanced
  const manual = await s.admin.post('/_novaform/clock', { mode: 'manual', now: before + 10_000 });
  expect(manual.body).toEqual({ mode: 'manual', now: before + 10_000 });
});

test('durations: a 30 s build holds BUILD until the clock passes it', async () => {
  const old = (await s.admin.get('/_novaform/durations')).body.durations;
  expect((await s.admin.put('/_novaform/durations', { durations: { build: 30_000 } })).body.durations.build).toBe(
    30_000,
  );
  expect((await s.admin.put('/_novaform/durations', { durations: { build: -5 } })).status).toBe(400);
  const id = (await create('slow')).body.server.id;
  await s.admin.post('/_novaform/clock', { advance_ms: 29_000 });
  expect((await s.demo.get(`/v2.1/servers/${id}`)).body.server.status).toBe('BUILD');
  await s.admin.post('/_novaform/clock', { advance_ms: 1_000 });
  expect((await s.demo.get(`/v2.1/servers/${id}`)).body.server.status).toBe('ACTIVE');
  await s.admin.put('/_novaform/durations', { durations: old });
});

test('a fault rule answers with its status and a Nova body, and the faulted request changes nothing', async () => {
  const rule = (
    await s.admin.post('/_novaform/faults', {
      method: 'POST',
      path: '/v2.1/servers',
      status: 503,
      message: 'maintenance',
      count: 1,
    })
  ).body.fault;
  expect(rule).toMatchObject({ method: 'POST', path: '/v2.1/servers', status: 503, remaining: 1 });
  const before = count();
  const faulted = await create();
  expect([faulted.status, faulted.body]).toEqual([503, { serviceUnavailable: { code: 503, message: 'maintenance' } }]);
  expect(count()).toBe(before);
  expect((await create()).status).toBe(202); // the rule was used up
  expect((await s.admin.get('/_novaform/faults')).body.faults[0]).toMatchObject({ hits: 1, remaining: 0 });
});

test('patterns, methods, projects, Retry-After and probability', async () => {
  const id = await bootServer(s.demo, s);
  await s.admin.post('/_novaform/faults', {
    method: 'GET',
    path: '/v2.1/servers/*',
    status: 429,
    retry_after: 3,
    project: s.alt.projectId,
  });
  await s.admin.post('/_novaform/faults', { path: '/v2.1/flavors/**', status: 500, probability: 0 });
  expect((await s.demo.get(`/v2.1/servers/${id}`)).status).toBe(200); // another project's rule
  const limited = await s.alt.get('/v2.1/servers/anything');
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('3');
  expect((await s.alt.get('/v2.1/servers')).status).toBe(200); // '*' stays within one segment
  expect((await s.demo.get('/v2.1/flavors/1')).status).toBe(200); // probability 0
  expect((await s.admin.post('/_novaform/faults', { path: 'no-slash', status: 500 })).status).toBe(400);
});

test('latency rules delay the request and then serve it', async () => {
  await s.admin.post('/_novaform/faults', { method: 'GET', path: '/v2.1/flavors', latency_ms: 150, count: 1 });
  const t0 = Date.now();
  const res = await s.demo.get('/v2.1/flavors');
  expect(res.status).toBe(200);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
});

test('fail-next-build: the next create ends in ERROR with the fault message, the one after is fine', async () => {
  expect((await s.admin.post('/_novaform/fail-next-build', { message: 'disk on fire' })).status).toBe(202);
  const bad = (await create('doomed')).body.server.id;
  const good = (await create('fine')).body.server.id;
  s.settle();
  const failed = (await s.demo.get(`/v2.1/servers/${bad}`)).body.server;
  expect(failed.status).toBe('ERROR');
  expect(failed.fault).toMatchObject({ code: 500, message: 'disk on fire' });
  expect((await s.demo.get(`/v2.1/servers/${good}`)).body.server.status).toBe('ACTIVE');
  // The failed build holds no capacity.
  expect(s.running.engine.store.allocationsOf(bad)).toEqual([]);
});

test('hosts: down, disabled, enabled', async () => {
  const res = await s.admin.put('/_novaform/hosts/node-4.domain.tld', {
    up: false,
    enabled: false,
    disabled_reason: 'drill',
  });
  expect(res.body.host).toMatchObject({ up: false, enabled: false, disabledReason: 'drill' });
  expect(
    (await s.admin.at('2.53').get('/v2.1/os-hypervisors')).body.hypervisors.find(
      (h: { hypervisor_hostname: string }) => h.hypervisor_hostname === 'node-4.domain.tld',
    ),
  ).toMatchObject({ state: 'down', status: 'disabled' });
  await s.admin.put('/_novaform/hosts/node-4.domain.tld', { up: true, enabled: true });
  expect((await s.admin.put('/_novaform/hosts/nowhere', { up: true })).status).toBe(404);
});

test('state: snapshot, change, restore (ids preserved); export without secrets; reset to seed', async () => {
  const kept = await bootServer(s.demo, s, { name: 'kept' });
  expect((await s.admin.post('/_novaform/state/snapshots', { name: 'before' })).status).toBe(201);
  expect((await s.admin.post('/_novaform/state/snapshots', { name: '../escape' })).status).toBe(400);
  const later = await bootServer(s.demo, s, { name: 'later' });
  await s.demo.delete(`/v2.1/servers/${kept}`);
  s.settle();
  expect((await s.admin.post('/_novaform/state/snapshots/before/restore')).status).toBe(204);
  expect((await s.demo.get(`/v2.1/servers/${kept}`)).body.server).toMatchObject({
    id: kept,
    name: 'kept',
    status: 'ACTIVE',
  });
  expect((await s.demo.get(`/v2.1/servers/${later}`)).status).toBe(404);
  expect((await s.admin.get('/_novaform/state/snapshots')).body.snapshots).toContain('before');
  expect((await s.admin.post('/_novaform/state/snapshots/nothing/restore')).status).toBe(404);

  const exported = await s.admin.get('/_novaform/state/export');
  expect(exported.body.servers.map((x: { id: string }) => x.id)).toContain(kept);
  expect(exported.text).not.toContain('demo-secret');
  expect(exported.text).not.toContain('admin-secret');

  expect((await s.admin.post('/_novaform/state/reset')).status).toBe(204);
  expect((await s.demo.get('/v2.1/servers')).body.servers).toEqual([]);
  expect((await s.demo.get('/v2.1/flavors/c1.large')).status).toBe(200); // the seed is back
  expect((await s.demo.get('/v2.1/servers')).status).toBe(200); // tokens survive a reset
});

test('the programmatic handle does the same', async () => {
  const e = s.running.engine;
  const before = e.control.clockState().now;
  e.control.advanceClock(1000);
  expect(e.control.clockState().now).toBe(before + 1000);
  e.control.snapshot('prog');
  expect(e.control.snapshots()).toContain('prog');
  const rule = e.control.addFault({ path: '/v2.1/limits', status: 500 });
  expect((await s.demo.get('/v2.1/limits')).status).toBe(500);
  e.control.removeFault(rule.id);
  expect((await s.demo.get('/v2.1/limits')).status).toBe(200);
});
