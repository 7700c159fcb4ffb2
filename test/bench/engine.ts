// Engine HTTP benchmark (issue: engine HTTP API), through real HTTP on loopback with keep-alive clients.
// 1. GET /v2.1/servers/{id} throughput against a bare node:http handler serving the same bytes, same run.
// 2. 1,000 creates to ACTIVE on 100 hosts with a 0 ms build, on the real clock.
// Last line: {"get_ratio_vs_bare_http": …, "create_1000_active_s": …}
import http from 'node:http';
import { Pool } from 'undici';
import { DEFAULT_SEED, SEED_PASSWORDS, startEngine } from '../../engine';

const GETS = 21_000,
  ROUNDS = 7,
  CONCURRENCY = 32,
  CREATES = 1000;

async function hammer(origin: string, path: string, headers: Record<string, string>, n: number): Promise<number> {
  const pool = new Pool(origin, { connections: CONCURRENCY, pipelining: 1 });
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (done < n) {
        done++;
        const res = await pool.request({ path, method: 'GET', headers });
        if (res.statusCode !== 200) throw new Error(`GET ${path}: ${res.statusCode}`);
        await res.body.arrayBuffer();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return n / seconds;
}

async function main() {
  const engine = await startEngine({
    durations: { build: 0, default: 0 },
    seed: {
      ...DEFAULT_SEED,
      availabilityZones: [{ name: 'bench', hosts: 100 }],
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
        scope: { project: { name: 'demo', domain: { name: 'Default' } } },
      },
    }),
  });
  const token = auth.headers.get('x-subject-token')!;
  const headers = { 'x-auth-token': token, 'content-type': 'application/json' };

  // 2. Creates first (a fresh store), then wait until every server is ACTIVE.
  const pool = new Pool(engine.url, { connections: 16 });
  const t0 = performance.now();
  let issued = 0;
  const ids: string[] = [];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (issued < CREATES) {
        issued++;
        const res = await pool.request({
          path: '/v2.1/servers',
          method: 'POST',
          headers: { ...headers, 'openstack-api-version': 'compute 2.37' },
          body: JSON.stringify({
            server: {
              name: `b-${issued}`,
              flavorRef: '1',
              imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
              networks: 'none',
            },
          }),
        });
        const body = (await res.body.json()) as { server: { id: string } };
        if (res.statusCode !== 202) throw new Error(`create: ${res.statusCode} ${JSON.stringify(body)}`);
        ids.push(body.server.id);
      }
    }),
  );
  for (;;) {
    const res = await pool.request({ path: '/v2.1/servers/detail?status=BUILD&limit=1000', method: 'GET', headers });
    const { servers } = (await res.body.json()) as { servers: unknown[] };
    if (!servers.length) break;
  }
  const createSeconds = (performance.now() - t0) / 1000;
  const active = (await (
    await pool.request({ path: '/v2.1/servers/detail?status=ACTIVE&limit=1000', method: 'GET', headers })
  ).body.json()) as { servers: unknown[] };
  await pool.close();
  console.log(
    `${CREATES} creates to ACTIVE (${active.servers.length} active) on 100 hosts: ${createSeconds.toFixed(2)} s`,
  );

  // 1. GET throughput: the engine versus a bare handler replaying the engine's exact response.
  const path = `/v2.1/servers/${ids[0]}`;
  const sampleRes = await fetch(`${engine.url}${path}`, { headers });
  const bytes = Buffer.from(await sampleRes.arrayBuffer());
  const bareHeaders = {
    'content-type': sampleRes.headers.get('content-type')!,
    'content-length': String(bytes.length),
  };
  const bare = http.createServer((_req, res) => {
    res.writeHead(200, bareHeaders);
    res.end(bytes);
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;
  await hammer(bareUrl, path, headers, 2000); // warm-up
  await hammer(engine.url, path, headers, 2000);
  // Alternate short rounds and compare medians, so a burst of load on this shared machine hits both sides.
  const bareRounds: number[] = [],
    engineRounds: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    bareRounds.push(await hammer(bareUrl, path, headers, GETS / ROUNDS));
    engineRounds.push(await hammer(engine.url, path, headers, GETS / ROUNDS));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bareRps = median(bareRounds),
    engineRps = median(engineRounds);
  console.log(
    `GET ${path}: engine ${engineRps.toFixed(0)} req/s, ` +
      `bare node:http ${bareRps.toFixed(0)} req/s (same bytes, ${bytes.length} B)`,
  );
  bare.close();
  await engine.close();
  console.log(
    JSON.stringify({
      get_ratio_vs_bare_http: Number((engineRps / bareRps).toFixed(3)),
      create_1000_active_s: Number(createSeconds.toFixed(3)),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
