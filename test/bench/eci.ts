// ECI benchmark (issue: ECI container groups), over HTTP with keep-alive clients: 1,000 createContainerGroup
// requests until every group is Running on the engine clock, against 1,000 server creates until ACTIVE in
// the same run. Last line: {"eci_create_1000_rps": …, "eci_vs_server_create_ratio": …}
import { Pool } from 'undici';
import { DEFAULT_SEED, SEED_PASSWORDS, startEngine } from '../../engine';
import { eciRegionId } from '../../engine/api/routes/eci';
import { SEED_003_EXAMPLE } from '../helpers/eci';
import type { Json } from '../helpers/json';

const N = 1000,
  CONCURRENCY = 16;

async function main() {
  const engine = await startEngine({
    durations: { build: 0, default: 0, eci: 0 },
    seed: {
      ...DEFAULT_SEED,
      availabilityZones: [{ name: 'default-az', hosts: 100 }],
      quotas: { defaults: { instances: -1, cores: -1, ram: -1 } },
    },
  });
  const auth = await fetch(`${engine.authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo', domain: { name: 'Default' }, password: SEED_PASSWORDS.demo } },
        },
      },
    }),
  });
  const headers = {
    'x-auth-token': auth.headers.get('x-subject-token')!,
    'content-type': 'application/json',
    regionid: eciRegionId('RegionOne'),
  };
  const pool = new Pool(engine.url, { connections: CONCURRENCY });

  /** Issues n requests with CONCURRENCY in flight, then polls until `done()`; returns requests per second. */
  async function run(
    request: (i: number) => { path: string; body: string; headers?: Record<string, string> },
    done: () => Promise<boolean>,
  ): Promise<number> {
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < N) {
          const r = request(next++);
          const res = await pool.request({
            method: 'POST',
            path: r.path,
            headers: { ...headers, ...r.headers },
            body: r.body,
          });
          const text = await res.body.text();
          if (res.statusCode >= 300) throw new Error(`${r.path}: ${res.statusCode} ${text}`);
        }
      }),
    );
    while (!(await done())) {
      /* poll until settled */
    }
    return N / ((performance.now() - t0) / 1000);
  }
  const json = async (path: string, body?: unknown, extra: Record<string, string> = {}) => {
    const res = await pool.request({
      method: body === undefined ? 'GET' : 'POST',
      path,
      headers: { ...headers, ...extra },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await res.body.json()) as Json;
  };

  const serverRps = await run(
    (i) => ({
      path: '/v2.1/servers',
      body: JSON.stringify({
        server: { name: `s-${i}`, flavorRef: '1', imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c', networks: 'none' },
      }),
      headers: { 'openstack-api-version': 'compute 2.37' },
    }),
    async () => (await json('/v2.1/servers/detail?status=BUILD&limit=1')).servers.length === 0,
  );
  const eciRps = await run(
    (i) => ({
      path: '/eci/api/v1/containers/createContainerGroup',
      body: JSON.stringify({ ...SEED_003_EXAMPLE, containerGroupName: `cg-${i}` }),
    }),
    async () => {
      const running = (await json('/eci/api/v1/containers/describeContainerGroups', { status: 'Running', limit: 1 }))
        .returnObj.totalCount;
      return running === N;
    },
  );
  await pool.close();
  await engine.close();
  console.log(
    `${N} server creates to ACTIVE: ${serverRps.toFixed(0)} req/s; ` +
      `${N} container groups to Running: ${eciRps.toFixed(0)} req/s`,
  );
  console.log(
    JSON.stringify({
      eci_create_1000_rps: Number(eciRps.toFixed(1)),
      eci_vs_server_create_ratio: Number((eciRps / serverRps).toFixed(3)),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
