// The waiter over a real server life-cycle on the engine's virtual clock: the fake sleep advances the clock.
import { SEED_PASSWORDS } from '../../engine';
import { KeystoneSession } from '../../provider/client/keystone';
import { ServiceClient } from '../../provider/client/service';
import { waitFor, WaitError } from '../../provider/client/waiter';
import { serve, type Served } from '../helpers/http';

let s: Served;
let compute: ServiceClient;
beforeAll(async () => {
  s = await serve({ durations: { build: 3000 } });
  const session = new KeystoneSession({
    auth: { authUrl: s.running.authUrl, username: 'demo', password: SEED_PASSWORDS.demo, projectName: 'demo' },
    interface: 'public',
    insecure: false,
    source: 'test',
  });
  compute = new ServiceClient(session, 'compute');
});
afterAll(async () => {
  await compute.session.close();
  await s.running.close();
});

type Server = { server: { status: string; fault?: { message: string } } };
const statusOf = (id: string) => async () => (await compute.call<Server>('GET', `/servers/${id}`)).body;
const toActive = (v: Server) =>
  v.server.status === 'ACTIVE'
    ? { done: true as const }
    : v.server.status === 'ERROR'
      ? { failed: v.server.fault?.message ?? 'ERROR' }
      : { pending: v.server.status };

async function create(): Promise<string> {
  return (
    await compute.call<{ server: { id: string } }>('POST', '/servers', {
      server: { name: 'w', flavorRef: '1', imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' },
    })
  ).body.server.id;
}

test('polls with growing intervals until ACTIVE', async () => {
  const id = await create();
  const slept: number[] = [];
  const v = await waitFor('server ACTIVE', statusOf(id), toActive, {
    timeoutMs: 60_000,
    firstMs: 100,
    factor: 2,
    maxMs: 1600,
    now: () => s.clock.now(),
    sleep: async (ms) => {
      slept.push(ms);
      s.clock.advance(ms);
    },
  });
  expect(v.server.status).toBe('ACTIVE');
  expect(slept).toEqual([100, 200, 400, 800, 1600]); // 3.1 s of virtual time
});

test("ERROR surfaces the server's fault message", async () => {
  await s.admin.post('/_novaform/fail-next-build', { message: 'hypervisor on fire' });
  const id = await create();
  const err = await waitFor('server ACTIVE', statusOf(id), toActive, {
    timeoutMs: 60_000,
    now: () => s.clock.now(),
    sleep: async (ms) => {
      s.clock.advance(ms);
    },
  }).catch((e) => e);
  expect(err).toBeInstanceOf(WaitError);
  expect(err.message).toBe('server ACTIVE failed: hypervisor on fire');
});

test('a deadline reports the last state seen', async () => {
  const id = await create();
  const err = await waitFor('server ACTIVE', statusOf(id), toActive, {
    timeoutMs: 500,
    firstMs: 100,
    now: () => s.clock.now(),
    sleep: async (ms) => {
      s.clock.advance(ms);
    },
  }).catch((e) => e);
  expect(err).toMatchObject({
    timedOut: true,
    message: 'timed out after 500 ms waiting for server ACTIVE (last: BUILD)',
  });
});
