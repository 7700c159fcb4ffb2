// With a fifth of the compute and network requests faulted by the engine (5xx, 429 with Retry-After, added
// latency), creating and then updating 50 servers converges: every server exists once, with the update applied.
import { DEFAULT_SEED, startEngine, type RunningEngine } from '../../engine';
import { connect, type Connection } from '../../provider/client/connection';
import { serverResource as server } from '../../provider/resources/server';
import type { Obj } from '../../provider/schema/values';

let running: RunningEngine;
let conn: Connection;
beforeAll(async () => {
  running = await startEngine({
    seed: { ...DEFAULT_SEED, quotas: { defaults: { instances: -1, cores: -1, ram: -1 } } },
    durations: { build: 20, delete: 0, default: 10 },
  });
  conn = await connect(
    {
      auth_url: running.authUrl,
      user_name: 'demo',
      password: 'demo-secret',
      project_name: 'demo',
      user_domain_name: 'Default',
      project_domain_name: 'Default',
    },
    { env: {} },
  );
  // Short back-off: the point is convergence, not waiting.
  Object.assign(conn.compute.retry, { baseDelayMs: 5, maxDelayMs: 40 });
  Object.assign(conn.network.retry, { baseDelayMs: 5, maxDelayMs: 40 });
});
afterAll(async () => {
  await conn.close();
  await running.close();
});

/** Runs fn again until it succeeds, as a user re-running `apply` would (each attempt already retries internally). */
async function converge<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
}

async function pool<T, R>(items: T[], width: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

test('50 servers created and updated under 20 % faults: 0 duplicates, every change applied', async () => {
  const c = running.engine.control;
  const rules = [
    c.addFault({ path: '/v2.1/**', status: 503, message: 'injected', probability: 0.1 }),
    c.addFault({ path: '/v2.1/**', status: 429, retryAfter: 0, probability: 0.05 }),
    c.addFault({ path: '/v2.1/**', latencyMs: 25, probability: 0.05 }),
    c.addFault({ path: '/network/**', status: 502, probability: 0.2 }),
  ];
  const configs: Obj[] = Array.from({ length: 50 }, (_, i) => ({
    name: `conv-${i}`,
    flavor_name: 'm1.tiny',
    image_name: 'cirros-0.6.2-x86_64-disk',
    network: [{ name: 'private' }],
    metadata: { n: String(i) },
  }));
  const states = await pool(configs, 10, (cfg) => converge(() => server.create(conn, cfg)));
  const updated = await pool(states, 10, (st) =>
    converge(() =>
      server.update(conn, st, {
        ...configs[Number((st.metadata as Obj).n)],
        name: `${String(st.name)}-v2`,
        power_state: 'shutoff',
      }),
    ),
  );
  const hits = c.listFaults().reduce((n, f) => n + f.hits, 0);
  for (const r of rules) c.removeFault(r.id);

  const all = running.engine.servers
    .list(running.engine.callerFor('demo'), {})
    .servers.filter((s) => s.name.startsWith('conv-'));
  expect(all).toHaveLength(50);
  expect(new Set(all.map((s) => s.name)).size).toBe(50);
  expect(all.every((s) => s.name.endsWith('-v2') && s.vmState === 'stopped')).toBe(true);
  expect(new Set(updated.map((s) => s.id))).toEqual(new Set(all.map((s) => s.id)));
  expect(hits).toBeGreaterThan(50); // the faults really fired
}, 120_000);
