// Batched refresh: 1,000 servers read with a handful of API calls, shared by concurrent readers.
import { DEFAULT_SEED, SEED_PASSWORDS } from '../../engine';
import { ServerBatchReader } from '../../provider/client/batch-read';
import { KeystoneSession } from '../../provider/client/keystone';
import { ServiceClient } from '../../provider/client/service';
import { serve, type Served } from '../helpers/http';

let s: Served;
let compute: ServiceClient;
let calls = 0;
const ids: string[] = [];

beforeAll(async () => {
  s = await serve({
    seed: { ...DEFAULT_SEED, quotas: { defaults: { instances: -1, cores: -1, ram: -1 } } },
    durations: { build: 0 },
  });
  const demo = s.running.engine.callerFor('demo');
  for (let i = 0; i < 1000; i++)
    ids.push(
      s.running.engine.servers.create(demo, {
        name: `r-${i}`,
        flavorRef: '1',
        imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
        networks: 'none',
      }).servers[0].id,
    );
  const session = new KeystoneSession({
    auth: { authUrl: s.running.authUrl, username: 'demo', password: SEED_PASSWORDS.demo, projectName: 'demo' },
    interface: 'public',
    insecure: false,
    source: 'test',
  });
  compute = new ServiceClient(session, 'compute');
  const call = compute.call.bind(compute);
  compute.call = async (...args: Parameters<typeof call>) => {
    calls++;
    return call(...args);
  };
}, 60_000);
afterAll(async () => {
  await compute.session.close();
  await s.running.close();
});

test('1,000 concurrent reads cost at most 3 API calls; a deleted server reads as gone', async () => {
  s.running.engine.servers.delete(s.running.engine.callerFor('demo'), ids[0]);
  s.settle();
  const reader = new ServerBatchReader(compute, { windowMs: 60_000 });
  calls = 0;
  const views = await Promise.all(ids.map((id) => reader.get(id)));
  expect(calls).toBeLessThanOrEqual(3);
  expect(views[0]).toBeUndefined();
  expect(views.slice(1).every((v) => v?.status === 'ACTIVE')).toBe(true);
});

test('paging stops once the servers asked for are seen; a new window lists again', async () => {
  let t = 0;
  const reader = new ServerBatchReader(compute, { windowMs: 1000, pageSize: 400, now: () => t });
  calls = 0;
  await reader.get(ids[5]);
  const first = calls;
  expect(first).toBeGreaterThanOrEqual(1);
  await Promise.all(ids.map((id) => reader.get(id)));
  expect(calls).toBe(3); // 999 servers in pages of 400, each fetched once
  await reader.get(ids[6]);
  expect(calls).toBe(3);
  t = 1000;
  await reader.get(ids[7]);
  expect(calls).toBeGreaterThan(3);
});
