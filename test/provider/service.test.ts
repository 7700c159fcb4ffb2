// The provider's service client against the served engine, with faults injected through the control API:
// retries (5xx, 429 + Retry-After, Nova's task-in-progress 409), no retry on other 4xx, re-auth on 401,
// typed errors, microversion negotiation.
import { SEED_PASSWORDS } from '../../engine';
import { KeystoneSession } from '../../provider/client/keystone';
import { ApiError, negotiateCompute, retryable, ServiceClient } from '../../provider/client/service';
import { serve, type Served } from '../helpers/http';

let s: Served;
let session: KeystoneSession;
const waits: number[] = [];
const client = () =>
  new ServiceClient(
    session,
    'compute',
    { retries: 4, baseDelayMs: 100, maxDelayMs: 1000 },
    async (ms) => {
      waits.push(ms);
    },
    () => 1,
  );

beforeAll(async () => {
  s = await serve();
  session = new KeystoneSession({
    auth: { authUrl: s.running.authUrl, username: 'demo', password: SEED_PASSWORDS.demo, projectName: 'demo' },
    interface: 'public',
    insecure: false,
    source: 'test',
  });
});
afterAll(async () => {
  await session.close();
  await s.running.close();
});
beforeEach(async () => {
  waits.length = 0;
  await s.admin.delete('/_novaform/faults');
});

test('negotiates the highest common microversion and sends it', async () => {
  const c = client();
  expect(await negotiateCompute(c, '2.79')).toBe('2.79');
  expect(await negotiateCompute(c, '2.200')).toBe('2.96');
  const res = await c.call<{ flavor: Record<string, unknown> }>('GET', '/flavors/1');
  expect(res.body.flavor.extra_specs).toEqual({}); // a 2.61+ field
});

test('5xx is retried with exponential back-off until it succeeds', async () => {
  await s.admin.post('/_novaform/faults', { method: 'GET', path: '/v2.1/flavors', status: 503, count: 3 });
  const res = await client().call('GET', '/flavors');
  expect(res.status).toBe(200);
  expect(waits).toEqual([100, 200, 400]); // random() = 1: the full exponential step each time
});

test('429 waits as long as Retry-After says', async () => {
  await s.admin.post('/_novaform/faults', {
    method: 'GET',
    path: '/v2.1/flavors',
    status: 429,
    retry_after: 2,
    count: 1,
  });
  await client().call('GET', '/flavors');
  expect(waits).toEqual([2000]);
});

test('a task-in-progress 409 is retried; other 4xx are not, and surface status, message and request id', async () => {
  await s.admin.post('/_novaform/faults', {
    method: 'GET',
    path: '/v2.1/flavors',
    status: 409,
    message: "Cannot 'stop' instance x while it is in task_state powering-off",
    count: 1,
  });
  await client().call('GET', '/flavors');
  expect(waits).toHaveLength(1);
  waits.length = 0;
  const err = await client()
    .call('GET', '/servers/does-not-exist')
    .catch((e) => e);
  expect(err).toBeInstanceOf(ApiError);
  expect(err).toMatchObject({
    status: 404,
    apiMessage: 'Instance does-not-exist could not be found.',
    requestId: expect.stringMatching(/^req-/),
  });
  expect(waits).toEqual([]);
  expect(retryable(400, 'bad')).toBe(false);
  expect(retryable(409, 'Instance x is locked')).toBe(false);
});

test('gives up after the retry budget with the last error', async () => {
  await s.admin.post('/_novaform/faults', {
    method: 'GET',
    path: '/v2.1/flavors',
    status: 500,
    message: 'still broken',
  });
  const err = await client()
    .call('GET', '/flavors')
    .catch((e) => e);
  expect(err).toMatchObject({ status: 500, apiMessage: 'still broken' });
  expect(waits).toHaveLength(4);
});

test('a revoked token is replaced by authenticating again', async () => {
  const c = client();
  const token = await session.getToken();
  await fetch(`${s.url}/identity/v3/auth/tokens`, {
    method: 'DELETE',
    headers: { 'x-auth-token': token, 'x-subject-token': token },
  });
  expect((await c.call('GET', '/flavors')).status).toBe(200);
  expect(await session.getToken()).not.toBe(token);
});
