// `npm start` for now: a short session against the embedded engine through its programmatic API, on the
// real clock with the engine's short default durations. Later issues turn this into the Terraform quickstart.
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEngine, serverStatus, type Caller, type Engine, type Server } from '../../engine';

const PRIVATE_NET = 'fb68519f-a7c0-476e-98d4-2e4cf6de6def';
const CIRROS = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c';

async function waitFor(engine: Engine, caller: Caller, ids: string[], done: (s: Server) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const servers = ids.map((id) => engine.servers.get(caller, id));
    if (servers.every(done)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

function table(rows: Record<string, string>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width[i])).join('  ');
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

export async function quickstart(opts: { data: string }): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(opts.data + suffix, { force: true });
  const engine = createEngine({ data: opts.data });
  try {
    const demo = engine.callerFor('demo');
    console.log(`Embedded engine, store ${opts.data} (fresh), acting as the seeded 'demo' member.\n`);
    const kp = engine.keypairs.create(demo, { name: 'quickstart' });
    console.log(`1. Generated keypair 'quickstart' (fingerprint ${kp.keypair.fingerprint}); the private key is not printed.`);
    const { servers } = engine.servers.create(demo, {
      name: 'web', flavorRef: '2', imageRef: CIRROS, networks: [{ uuid: PRIVATE_NET }], key_name: 'quickstart', min_count: 2, max_count: 2,
      metadata: { role: 'web' },
    });
    const ids = servers.map((s) => s.id);
    console.log(`2. Requested two servers (${servers.map((s) => s.name).join(', ')}); they start in ${serverStatus(servers[0])}.`);
    await waitFor(engine, demo, ids, (s) => serverStatus(s) === 'ACTIVE', 'the servers to become ACTIVE');
    console.log('3. Both are ACTIVE.');
    engine.servers.action(demo, ids[1], 'os-stop');
    await waitFor(engine, demo, [ids[1]], (s) => serverStatus(s) === 'SHUTOFF', 'the stop');
    engine.servers.action(demo, ids[1], 'lock', { locked_reason: 'quickstart: keep it stopped' });
    console.log(`4. Stopped ${servers[1].name} and locked it.`);
    try {
      engine.servers.action(demo, ids[1], 'os-start');
    } catch (err) {
      console.log(`5. Starting it now is refused, as Nova would: ${(err as Error).message}\n`);
    }
    const rows = engine.servers.list(demo).servers.reverse().map((s) => ({
      ID: s.id.slice(0, 8), NAME: s.name, STATUS: serverStatus(s), TASK: s.taskState ?? '-', POWER: String(s.powerState),
      HOST: s.host ?? '-', LOCKED: s.locked ? `yes (${s.lockedReason})` : 'no',
      ADDRESSES: engine.servers.listInterfaces(demo, s.id).flatMap((p) => p.fixedIps.map((f) => f.ipAddress)).join(', '),
    }));
    console.log(table(rows));
  } finally {
    engine.close();
  }
}
