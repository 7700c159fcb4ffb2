// Provider benchmark (issue #6), through HTTP to a served engine on loopback; API calls are counted by the
// engine (control-API fault rules with no fault: a rule's hit count is the number of requests it matched).
// 1. Refresh of 1,000 servers through the Server resource's read (one batched listing, one shared security
//    group listing), against one GET /servers/{id} per server through the same client, in the same run.
// 2. 100 Server creates, 10 in flight, with a 1 s build on the real clock, against the 10 s physical limit.
// 3. The pure diff/plan of 10,000 servers, each with a few changes.
// Last line: {"refresh_1000_api_calls": …, "refresh_ratio_vs_per_resource_get": …, "apply_100_ratio_to_limit": …,
// "diff_10000_ms": …}
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SEED, SEED_PASSWORDS, startEngine, type RunningEngine } from '../../engine';
import { connect } from '../../provider/client/connection';
import { planFromSchema } from '../../provider/diff';
import { serverResource } from '../../provider/resources/server';
import { serverSchema } from '../../provider/schema/server';
import type { Obj } from '../../provider/schema/values';

const SERVERS = 1000,
  ROUNDS = 3,
  CREATES = 100,
  PARALLEL = 10,
  BUILD_MS = 1000,
  DIFFS = 10_000;
const CIRROS = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
  PRIVATE_NET = 'fb68519f-a7c0-476e-98d4-2e4cf6de6def';
const UNLIMITED = { ...DEFAULT_SEED, quotas: { defaults: { instances: -1, cores: -1, ram: -1 } } };
const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-bench-provider-'));

/** A provider connection to the served engine as the demo member, with nothing read from OS_* or clouds.yaml. */
const connectTo = (running: RunningEngine) =>
  connect(
    {
      auth_url: running.authUrl,
      user_name: 'demo',
      password: SEED_PASSWORDS.demo,
      project_name: 'demo',
      user_domain_name: 'Default',
      project_domain_name: 'Default',
    },
    { cwd, env: {} },
  );

/** Requests the engine served while `fn` ran, by rule: the first pattern a request matches counts it. */
async function counted<T>(
  running: RunningEngine,
  patterns: [string, string][],
  fn: () => Promise<T>,
): Promise<{ value: T; hits: Record<string, number>; total: number }> {
  const rules = patterns.map(([method, p]) => ({
    label: `${method} ${p}`,
    rule: running.engine.control.addFault({ method, path: p, latencyMs: 0 }),
  }));
  const all = running.engine.control.addFault({ path: '/**', latencyMs: 0 });
  try {
    const value = await fn();
    const faults = running.engine.control.listFaults();
    const hitsOf = (id: string) => faults.find((f) => f.id === id)!.hits;
    const hits: Record<string, number> = Object.fromEntries(
      rules.map((r) => [r.label, hitsOf(r.rule.id)]).filter(([, n]) => n),
    );
    if (hitsOf(all.id)) hits['other'] = hitsOf(all.id);
    return { value, hits, total: Object.values(hits).reduce((a, b) => a + b, 0) };
  } finally {
    for (const { rule } of rules) running.engine.control.removeFault(rule.id);
    running.engine.control.removeFault(all.id);
  }
}

/** Runs `n` tasks with at most `width` in flight. */
async function pool(n: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0: number) => performance.now() - t0;

async function refresh(): Promise<{ calls: number; ratio: number; states: Obj[] }> {
  const running = await startEngine({
    port: 0,
    host: '127.0.0.1',
    seed: UNLIMITED,
    durations: { build: 0, delete: 0, default: 0 },
  });
  const demo = running.engine.callerFor('demo');
  const ids = Array.from(
    { length: SERVERS },
    (_, i) =>
      running.engine.servers.create(demo, {
        name: `web-${i}`,
        flavorRef: '1',
        imageRef: CIRROS,
        networks: [{ uuid: PRIVATE_NET }],
        metadata: { role: 'web', n: String(i) },
      }).servers[0].id,
  );
  running.engine.tick();
  const setup = await connectTo(running);
  const states: Obj[] = [];
  await pool(SERVERS, PARALLEL, async (i) => {
    states[i] = (await serverResource.import(setup, ids[i]))!;
  });
  await setup.close();
  if (states.some((s) => s.status !== 'ACTIVE')) throw new Error('not every imported server is ACTIVE');

  const batchedMs: number[] = [],
    perGetMs: number[] = [];
  let calls = 0;
  const patterns: [string, string][] = [
    ['GET', '/**/servers/detail'],
    ['GET', '/**/security-groups'],
    ['*', '/identity/**'],
  ];
  for (let round = 0; round < ROUNDS; round++) {
    // A fresh connection each round (authenticated before measuring): no listing or catalog cached.
    const conn = await connectTo(running);
    const t0 = performance.now();
    const r = await counted(running, patterns, () => Promise.all(states.map((s) => serverResource.read(conn, s))));
    batchedMs.push(ms(t0));
    calls = Math.max(calls, r.total);
    if (r.value.some((s, i) => s?.id !== states[i].id || s?.status !== 'ACTIVE'))
      throw new Error('a refreshed state is wrong');
    if (round === 0) console.log(`refresh of ${SERVERS} servers: ${r.total} API calls ${JSON.stringify(r.hits)}`);
    await conn.close();

    const base = await connectTo(running);
    const t1 = performance.now();
    const g = await counted(running, [], () =>
      Promise.all(ids.map((id) => base.compute.call('GET', `/servers/${id}`))),
    );
    perGetMs.push(ms(t1));
    if (g.total !== SERVERS) throw new Error(`baseline sent ${g.total} requests`);
    if (round === 0) {
      // For scale: the same GETs at Terraform's default parallelism (10).
      const t2 = performance.now();
      await pool(SERVERS, PARALLEL, async (i) => {
        await base.compute.call('GET', `/servers/${ids[i]}`);
      });
      console.log(`  ${SERVERS} × GET /servers/{id}, ${PARALLEL} in flight: ${ms(t2).toFixed(0)} ms`);
    }
    await base.close();
    console.log(
      `  round ${round + 1}: batched ${batchedMs[round].toFixed(0)} ms, ` +
        `${SERVERS} × GET /servers/{id} ${perGetMs[round].toFixed(0)} ms (all ${SERVERS} concurrent)`,
    );
  }
  await running.close();
  const ratio = median(batchedMs) / median(perGetMs);
  console.log(
    `refresh median: batched ${median(batchedMs).toFixed(0)} ms ` +
      `vs per-server GET ${median(perGetMs).toFixed(0)} ms: ratio ${ratio.toFixed(3)}`,
  );
  return { calls, ratio, states };
}

async function apply(): Promise<number> {
  const running = await startEngine({
    port: 0,
    host: '127.0.0.1',
    seed: UNLIMITED,
    durations: { build: BUILD_MS, delete: 0, default: 0 },
  });
  const conn = await connectTo(running);
  const perCreate: number[] = [];
  const config = (i: number): Obj => ({
    name: `app-${i}`,
    flavor_name: 'm1.tiny',
    image_name: 'cirros-0.6.2-x86_64-disk',
    network: [{ name: 'private' }],
    security_groups: ['default'],
    metadata: { role: 'app', index: String(i) },
    tags: ['bench'],
  });
  const t0 = performance.now();
  const r = await counted(
    running,
    [
      ['GET', '/**/servers/detail'],
      ['POST', '/**/servers'],
      ['GET', '/**/servers/*/os-interface'],
      ['*', '/**/servers/*/tags'],
      ['GET', '/**/servers/*'],
      ['GET', '/**/flavors/**'],
      ['GET', '/**/images'],
      ['GET', '/**/networks'],
      ['GET', '/**/security-groups'],
    ],
    () =>
      pool(CREATES, PARALLEL, async (i) => {
        const t = performance.now();
        const state = await serverResource.create(conn, config(i));
        perCreate.push(ms(t));
        if (state.status !== 'ACTIVE') throw new Error(`server ${i}: ${String(state.status)}`);
      }),
  );
  const wall = ms(t0);
  await conn.close();
  await running.close();
  const limit = (CREATES / PARALLEL) * BUILD_MS;
  console.log(
    `${CREATES} creates, ${PARALLEL} in parallel, ${BUILD_MS} ms build: ` +
      `${(wall / 1000).toFixed(2)} s (physical limit ${limit / 1000} s); ` +
      `per create median ${median(perCreate).toFixed(0)} ms, max ${Math.max(...perCreate).toFixed(0)} ms`,
  );
  console.log(`  ${r.total} API calls (${(r.total / CREATES).toFixed(1)} per create): ${JSON.stringify(r.hits)}`);
  return wall / limit;
}

/** Desired configurations for `states`, each with a few changes of the kinds users make. */
function desiredFrom(states: Obj[], n: number): { prior: Obj; config: Obj }[] {
  const inputs = Object.entries(serverSchema.fields)
    .filter(([, f]) => f.mode !== 'computed')
    .map(([k]) => k);
  return Array.from({ length: n }, (_, i) => {
    const prior = states[i % states.length];
    const config: Obj = Object.fromEntries(
      inputs.filter((k) => prior[k] !== undefined && prior[k] !== null).map((k) => [k, prior[k]]),
    );
    config.metadata = { ...(prior.metadata as Obj), owner: `team-${i % 7}` };
    config.tags = ['bench', `t${i % 5}`];
    if (i % 3 === 0) config.name = `${String(prior.name)}-renamed`;
    if (i % 10 === 0) config.power_state = 'shutoff';
    if (i % 50 === 0) config.flavor_name = 'm1.small';
    return { prior, config };
  });
}

function diff(states: Obj[]): number {
  const work = desiredFrom(states, DIFFS);
  const passes: number[] = [],
    cpu: number[] = [];
  const actions: Record<string, number> = {};
  // The first pass is the figure (a plan runs each resource once, JIT warming up on the way); the warm
  // passes and the CPU time (what the load on a shared machine does not inflate) are printed alongside.
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now(),
      c0 = process.cpuUsage();
    for (const { prior, config } of work) {
      const plan = planFromSchema(serverSchema, prior, config);
      if (pass === 0) actions[plan.action] = (actions[plan.action] ?? 0) + 1;
    }
    passes.push(ms(t0));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const show = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
  console.log(
    `diff/plan of ${DIFFS} servers (3 passes): wall ${show(passes)} ms, CPU ${show(cpu)} ms; ` +
      `actions ${JSON.stringify(actions)}`,
  );
  return passes[0];
}

async function main() {
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
  const r = await refresh();
  const applyRatio = await apply();
  const diffMs = diff(r.states);
  console.log(
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  fs.rmSync(cwd, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      refresh_1000_api_calls: r.calls,
      refresh_ratio_vs_per_resource_get: Number(r.ratio.toFixed(3)),
      apply_100_ratio_to_limit: Number(applyRatio.toFixed(3)),
      diff_10000_ms: Number(diffMs.toFixed(1)),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
