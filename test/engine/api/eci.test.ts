// ECI container groups over HTTP: seed 003's example, the envelope and its error codes, the regionId
// header, life-cycle on the engine clock, placement (including ScheduleFailed), networking and tenancy.
import { randomUUID } from 'node:crypto';
import { seedAccessKey } from '../../../engine';
import { eopAuthorization, eopDate } from '../../../engine/api/eop';
import { eciRegionId } from '../../../engine/api/routes/eci';
import { SEED_003_EXAMPLE } from '../../helpers/eci';
import { serve, type Client, type Served } from '../../helpers/http';

let s: Served;
const REGION = eciRegionId('RegionOne');
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.running.close();
});

const EXAMPLE = SEED_003_EXAMPLE;
const call = (c: Client, method: string, path: string, body?: unknown, region: string | null = REGION) =>
  c.call(method, `/eci/api/v1/containers/${path}`, body, region ? { regionid: region } : {});
const create = async (c: Client, patch: Record<string, unknown> = {}) => {
  const res = await call(c, 'POST', 'createContainerGroup', { ...EXAMPLE, ...patch });
  expect(res.status).toBe(200);
  return res.body.returnObj.containerGroupId as string;
};
const describe1 = async (c: Client, id: string) => (await call(c, 'GET', `describeContainerGroup/${id}`)).body;

test("seed 003's example: 200 in the envelope, then Scheduling → Pending → Running on the clock", async () => {
  const res = await call(s.demo, 'POST', 'createContainerGroup', EXAMPLE);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({
    statusCode: 200,
    returnObj: {
      requestId: expect.any(String),
      containerGroupId: expect.stringMatching(/^eci-[a-z0-9]+$/),
      masterOrderId: expect.stringMatching(/^[0-9a-f]{32}$/),
    },
  });
  const id = res.body.returnObj.containerGroupId;
  expect((await describe1(s.demo, id)).returnObj.status).toBe('Scheduling');
  s.settle(100);
  const pending = (await describe1(s.demo, id)).returnObj;
  expect(pending.status).toBe('Pending');
  expect(pending.containers[0].currentState).toMatchObject({ state: 'Waiting', reason: 'ContainerCreating' });
  s.settle();
  const running = (await describe1(s.demo, id)).returnObj;
  expect(running).toMatchObject({
    status: 'Running',
    containerGroupName: 'cg-test',
    vpcId: 'vpc-ctt6yag121',
    restartPolicy: 'Never',
    cpu: 1,
    memory: 1,
  });
  expect(running.intranetIp).toMatch(/^10\.0\./); // the subnet vSwitchId names
  expect(running.containers[0]).toMatchObject({
    name: 'test',
    ready: true,
    restartCount: 0,
    currentState: { state: 'Running' },
  });
  expect(running.volumes).toEqual([expect.objectContaining({ name: 'test-volume', type: 'ConfigFileVolume' })]);
  expect(running.events.map((e: { reason: string }) => e.reason)).toEqual(['Scheduled', 'Pulling', 'Started']);
});

test('validation errors: 400 envelope naming the fields; nothing is created', async () => {
  const before = s.running.engine.eci.list(s.running.engine.callerFor('demo')).length;
  const res = await call(s.demo, 'POST', 'createContainerGroup', {
    ...EXAMPLE,
    restartPolicy: 'Sometimes',
    ephemeralVolume: 10,
  });
  expect(res.status).toBe(400);
  expect(res.body).toMatchObject({ statusCode: 400, error: 'ECI.Openapi.StatusReasonBadRequest' });
  expect(res.body.message).toContain('restartPolicy');
  expect(res.body.message).toContain('ephemeralVolume');
  expect(
    (await call(s.demo, 'POST', 'createContainerGroup', { ...EXAMPLE, vpcId: 'vpc-nope' })).body.message,
  ).toContain('vpcId');
  expect(
    (await call(s.demo, 'POST', 'createContainerGroup', { ...EXAMPLE, azInfo: [{ azName: 'mars-1' }] })).body.message,
  ).toContain('azInfo[0].azName');
  expect(s.running.engine.eci.list(s.running.engine.callerFor('demo')).length).toBe(before);
});

test('regionId and authentication', async () => {
  expect((await call(s.demo, 'GET', 'describeContainerGroup/x', undefined, null)).body).toMatchObject({
    statusCode: 400,
    error: 'ECI.Openapi.StatusReasonBadRequest',
  });
  expect(
    (await call(s.demo, 'GET', 'describeContainerGroup/x', undefined, 'bb9fdb42056f11eda1610242ac110002')).status,
  ).toBe(404);
  // The Keystone region id works too.
  expect((await call(s.demo, 'POST', 'describeContainerGroups', {}, 'RegionOne')).status).toBe(200);
  const anon = await fetch(`${s.url}/eci/api/v1/containers/describeContainerGroup/x`, {
    headers: { regionid: REGION },
  });
  expect(anon.status).toBe(401);
  expect((await anon.json()).error).toBe('ECI.Openapi.StatusReasonUnauthorized');
  expect((await call(s.demo, 'GET', 'describeContainerGroup/eci-missing')).body).toMatchObject({
    statusCode: 404,
    error: 'ECI.Openapi.StatusReasonNotFound',
  });
});

test('describeContainerGroups: filters and nextToken paging', async () => {
  for (const n of ['page-a', 'page-b', 'page-c'])
    await create(s.demo, { containerGroupName: n, tags: [{ key: 'suite', value: 'paging' }] });
  const first = (
    await call(s.demo, 'POST', 'describeContainerGroups', { tags: [{ key: 'suite', value: 'paging' }], limit: 2 })
  ).body.returnObj;
  expect(first).toMatchObject({ totalCount: 3, nextToken: '2' });
  expect(first.containerGroups.map((g: { containerGroupName: string }) => g.containerGroupName)).toEqual([
    'page-a',
    'page-b',
  ]);
  const second = (
    await call(s.demo, 'POST', 'describeContainerGroups', {
      tags: [{ key: 'suite', value: 'paging' }],
      limit: 2,
      nextToken: '2',
    })
  ).body.returnObj;
  expect(second.nextToken).toBe('');
  expect(second.containerGroups.map((g: { containerGroupName: string }) => g.containerGroupName)).toEqual(['page-c']);
  expect(
    (await call(s.demo, 'POST', 'describeContainerGroups', { containerGroupName: 'page-b' })).body.returnObj.totalCount,
  ).toBe(1);
});

test('delete: Terminating, then gone; its port and allocation are released', async () => {
  const id = await create(s.demo, { containerGroupName: 'to-delete' });
  s.settle();
  const port = s.running.engine.store.ports.where('device_id = ?', [id]);
  expect(port).toHaveLength(1);
  expect(s.running.engine.store.allocationsOf(id)).toHaveLength(1);
  const del = await call(s.demo, 'DELETE', `deleteContainerGroup/${id}`);
  expect(del.body.returnObj.containerGroupId).toBe(id);
  expect((await describe1(s.demo, id)).returnObj.status).toBe('Terminating');
  s.settle();
  expect((await describe1(s.demo, id)).statusCode).toBe(404);
  expect(s.running.engine.store.ports.where('device_id = ?', [id])).toEqual([]);
  expect(s.running.engine.store.allocationsOf(id)).toEqual([]);
});

test('placement: GPUs land on GPU hosts; no capacity → ScheduleFailed', async () => {
  const gpu = await create(s.demo, { containerGroupName: 'gpu', gpu: 1 });
  s.settle();
  expect(s.running.engine.eci.get(s.running.engine.callerFor('demo'), gpu).host).toMatch(/^node-\d\.domain\.tld$/);
  const huge = await create(s.demo, { containerGroupName: 'huge', cpu: 10_000 });
  s.settle();
  const failed = (await describe1(s.demo, huge)).returnObj;
  expect(failed.status).toBe('ScheduleFailed');
  expect(failed.events[0]).toMatchObject({ type: 'Warning', reason: 'FailedScheduling' });
});

test('autoCreateEip allocates a public address; another project sees nothing', async () => {
  const id = await create(s.demo, { containerGroupName: 'public', eip: { autoCreateEip: true, eipBandwidth: 5 } });
  s.settle();
  expect((await describe1(s.demo, id)).returnObj.internetIp).toMatch(/^192\.168\.10\./); // the shared external network
  expect((await call(s.alt, 'GET', `describeContainerGroup/${id}`)).status).toBe(404);
  expect((await call(s.alt, 'POST', 'describeContainerGroups', {})).body.returnObj.totalCount).toBe(0);
  expect((await call(s.alt, 'DELETE', `deleteContainerGroup/${id}`)).status).toBe(404);
});

describe('life-cycle by restart policy and exit code', () => {
  const exit = (id: string, code: number) =>
    s.admin.post(`/_novaform/eci/${id}/containers/test/exit`, { exitCode: code });
  const status = async (id: string) => (await describe1(s.demo, id)).returnObj;

  test.each([
    ['Never', 0, 'Succeeded', 'Terminated', 0],
    ['Never', 1, 'Failed', 'Terminated', 0],
    ['OnFailure', 0, 'Succeeded', 'Terminated', 0],
    ['OnFailure', 3, 'Running', 'Running', 1],
    ['Always', 0, 'Running', 'Running', 1],
    ['Always', 137, 'Running', 'Running', 1],
  ] as const)(
    '%s, exit %i → group %s, container %s after %i restart(s)',
    async (policy, code, groupStatus, containerState, restarts) => {
      const id = await create(s.demo, {
        containerGroupName: `lc-${policy}-${code}`.toLowerCase(),
        restartPolicy: policy,
      });
      s.settle();
      expect((await exit(id, code)).status).toBe(200);
      s.settle();
      const g = await status(id);
      expect(g.status).toBe(groupStatus);
      expect(g.containers[0].currentState.state).toBe(containerState);
      expect(g.containers[0].restartCount).toBe(restarts);
      if (restarts) expect(g.containers[0].previousState).toMatchObject({ state: 'Terminated', exitCode: code });
      else expect(g.containers[0].currentState.exitCode).toBe(code);
    },
  );

  test('restart: Restarting, then Running with every container restarted once', async () => {
    const id = await create(s.demo, { containerGroupName: 'restart-me' });
    s.settle();
    expect((await call(s.demo, 'PUT', `restartContainerGroup/${id}`, {})).body.statusCode).toBe(200);
    expect((await status(id)).status).toBe('Restarting');
    s.settle();
    expect(await status(id)).toMatchObject({
      status: 'Running',
      containers: [expect.objectContaining({ restartCount: 1 })],
    });
  });

  test('update in place (Updating → Running) versus fields that need a new group', async () => {
    const id = await create(s.demo, { containerGroupName: 'update-me' });
    s.settle();
    const containers = [{ ...SEED_003_EXAMPLE.containers[0], image: 'nginx:1.27' }];
    const res = await call(s.demo, 'PUT', `updateContainerGroup/${id}`, {
      containers,
      tags: [{ key: 'v', value: '2' }],
      restartPolicy: 'Always',
    });
    expect(res.body.statusCode).toBe(200);
    expect((await status(id)).status).toBe('Updating');
    s.settle();
    expect(await status(id)).toMatchObject({
      status: 'Running',
      restartPolicy: 'Always',
      tags: [{ key: 'v', value: '2' }],
      containers: [expect.objectContaining({ image: 'nginx:1.27' })],
    });
    const rejected = await call(s.demo, 'PUT', `updateContainerGroup/${id}`, { cpu: 4, initContainers: [] });
    expect(rejected.status).toBe(400);
    expect(rejected.body.message).toContain('cpu: cannot be updated in place');
    expect(rejected.body.message).toContain('initContainers');
    const invalidUpdate = await call(s.demo, 'PUT', `updateContainerGroup/${id}`, { restartPolicy: 'Sometimes' });
    expect(invalidUpdate.body.message).toContain('restartPolicy');
  });
});

describe('EOP signing with the access keys the engine issues', () => {
  async function signed(
    method: string,
    path: string,
    body: unknown,
    opts: { ak?: string; sk?: string; minutesAgo?: number; sendBody?: string; query?: string; sendQuery?: string } = {},
  ) {
    const key = seedAccessKey('demo');
    const text = body === undefined ? '' : JSON.stringify(body);
    const date = eopDate(s.clock.now() - (opts.minutesAgo ?? 0) * 60_000);
    const requestId = randomUUID();
    const query = opts.query ?? '';
    const authorization = eopAuthorization({
      ak: opts.ak ?? key.ak,
      sk: opts.sk ?? key.sk,
      date,
      requestId,
      query,
      body: text,
    });
    const q = opts.sendQuery ?? query;
    const res = await fetch(`${s.url}/eci/api/v1/containers/${path}${q ? `?${q}` : ''}`, {
      method,
      body: body === undefined ? undefined : (opts.sendBody ?? text),
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        regionid: REGION,
        'ctyun-eop-request-id': requestId,
        'eop-date': date,
        'eop-authorization': authorization,
      },
    });
    return { status: res.status, body: await res.json() };
  }

  test("a signed create and describe act as the key's project", async () => {
    const created = await signed('POST', 'createContainerGroup', { ...EXAMPLE, containerGroupName: 'signed' });
    expect(created.status).toBe(200);
    const id = created.body.returnObj.containerGroupId;
    expect(s.running.engine.eci.get(s.running.engine.callerFor('demo'), id).projectId).toBe(s.demo.projectId);
    const described = await signed('GET', `describeContainerGroup/${id}`, undefined, { query: 'verbose=1' });
    expect(described.body.returnObj.containerGroupName).toBe('signed');
  });

  test.each([
    ['an unknown access key', { ak: 'not-a-key' }, 401, 'openapi.accessKey.notFound'],
    ['a wrong secret', { sk: 'wrong-secret' }, 401, 'openapi.signature.invalid'],
    ['a date 16 minutes old', { minutesAgo: 16 }, 401, 'openapi.signature.expired'],
    [
      'a tampered body',
      { sendBody: JSON.stringify({ ...EXAMPLE, containerGroupName: 'evil' }) },
      401,
      'openapi.signature.invalid',
    ],
    ['a tampered query', { query: 'a=1', sendQuery: 'a=2' }, 401, 'openapi.signature.invalid'],
  ] as [string, Record<string, unknown>, number, string][])(
    '%s → %i %s, nothing created',
    async (_label, opts, status, code) => {
      const before = s.running.engine.eci.list(s.running.engine.callerFor('demo')).length;
      const res = await signed(
        'POST',
        'createContainerGroup',
        { ...EXAMPLE, containerGroupName: 'must-not-exist' },
        opts,
      );
      expect(res.status).toBe(status);
      expect(res.body.error).toBe(code);
      expect(s.running.engine.eci.list(s.running.engine.callerFor('demo')).length).toBe(before);
    },
  );

  test('missing signature parts are a 400 from the gateway, never a 500', async () => {
    const res = await fetch(`${s.url}/eci/api/v1/containers/describeContainerGroups`, {
      method: 'POST',
      headers: { regionid: REGION, 'eop-authorization': 'garbage' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe('openapi.parameter.signature');
  });
});
