// No orphans when the Pulumi engine dies: a driver that keeps a checkpoint as Pulumi does (pending operation
// before the call, result after) drives the bundled plugin over gRPC to create (and destroy) eight servers on
// the served engine, and is killed with SIGKILL, the whole process group (driver and plugin), at chosen
// points — between a Create's return and the checkpoint, while servers build, between a Delete's return and
// the checkpoint, while servers are deleted — and at random moments. The re-run handles the pending
// operations as Pulumi does (a pending create is created again, so the plugin's Create runs again for the
// URN and adopts; a pending delete is deleted again). After each re-run the engine's servers are exactly the
// checkpoint's, no name twice, nothing left after a destroy. NOVAFORM_KILLS sets the number of kills.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverStatus, startEngine, type RunningEngine } from '../../../engine';
import { ensureBuilt } from '../terraform/terraform';
import { killCount, killGroup, killSeed, noFigures, seeded, when, type Figures, tally } from './kill-points';

const KILLS = killCount(8);
const SERVERS = 8;
// Generous: on a loaded 2-core machine one kill and its re-run take 10-30 s.
jest.setTimeout(60_000 + KILLS * 40_000);

const DRIVER = path.join(__dirname, 'fixtures', 'pulumi-driver.ts');
let running: RunningEngine;
let dir: string;
let checkpoint: string;
beforeAll(async () => {
  ensureBuilt();
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:', durations: { build: 400, delete: 150 } });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-pulumi-kill-'));
  checkpoint = path.join(dir, 'checkpoint.json');
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await running.close();
});

const demo = () => running.engine.callerFor('demo');
const engineServers = () =>
  running.engine.servers
    .list(demo(), {})
    .servers.filter((s) => s.name.startsWith('pk-'))
    .map((s) => ({ id: s.id, name: s.name, status: serverStatus(s) }));
const checkpointIds = (): string[] =>
  fs.existsSync(checkpoint)
    ? (JSON.parse(fs.readFileSync(checkpoint, 'utf8')) as { resources: { id: string }[] }).resources.map((r) => r.id)
    : [];

type Point = { name: string; line?: RegExp; reached?: () => boolean; afterMs?: number };

/** Runs the driver; with a point, kills its process group there (false if it ended first). */
async function drive(
  mode: 'up' | 'destroy',
  point?: Point,
): Promise<{ killed: boolean; code: number | null; out: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', DRIVER, running.authUrl, checkpoint, mode, String(SERVERS)],
    {
      cwd: path.resolve(__dirname, '..', '..', '..'),
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  // Answers to a driver that was just killed go nowhere: not an error.
  child.stdin.on('error', () => undefined);
  let out = '';
  let killAt: (() => void) | undefined;
  const killLine = new Promise<void>((resolve) => (killAt = resolve));
  child.stdout.on('data', (d: Buffer) => {
    for (const line of d.toString().split('\n').filter(Boolean)) {
      out += `${line}\n`;
      // Between the call's return and the checkpoint: kill instead of letting it save.
      if (point?.line?.test(line)) killAt!();
      else child.stdin.write('go\n');
    }
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (!point) return { killed: false, code: await exited, out };
  const t0 = Date.now();
  const ended = exited.then(() => undefined);
  const reached = point.line
    ? await Promise.race([killLine.then(() => true), ended.then(() => false)])
    : point.afterMs !== undefined
      ? await when(() => Date.now() - t0 >= point.afterMs!, ended)
      : await when(point.reached!, ended);
  if (!reached) return { killed: false, code: await exited, out };
  await killGroup(child);
  return { killed: true, code: null, out };
}

function check(f: Figures, after: 'up' | 'destroy', label: string): void {
  tally(f, { live: engineServers(), saved: checkpointIds() }, after === 'destroy' ? 'destroy' : 'up', SERVERS, label);
}

test(`${KILLS} kills of the Pulumi engine (up, destroy): no orphan, no duplicate, no failed re-run`, async () => {
  const seed = killSeed();
  const random = seeded(seed);
  const f = noFigures();
  let upMs = 3000;
  let destroyMs = 2000;
  const upPoints = (): Point[] => [
    { name: 'up: between Create and the checkpoint', line: /^created / },
    { name: 'up: while servers build', reached: () => engineServers().some((s) => s.status === 'BUILD') },
    { name: 'up: random', afterMs: Math.floor(random() * upMs) },
  ];
  const destroyPoints = (): Point[] => [
    { name: 'destroy: between Delete and the checkpoint', line: /^deleted / },
    { name: 'destroy: while servers are deleted', reached: () => engineServers().length < SERVERS },
    { name: 'destroy: random', afterMs: Math.floor(random() * destroyMs) },
  ];
  const count = (p: Point) => {
    f.kills++;
    f.byPoint[p.name] = (f.byPoint[p.name] ?? 0) + 1;
  };
  for (let cycle = 0; f.kills < KILLS; cycle++) {
    const up = upPoints()[cycle % 3];
    if ((await drive('up', up)).killed) count(up);
    const t0 = Date.now();
    const re = await drive('up');
    upMs = Math.max(800, (upMs + Date.now() - t0) / 2);
    if (re.code !== 0) {
      f.failedReruns++;
      f.problems.push(`up re-run after "${up.name}" exited ${String(re.code)}: ${re.out.slice(-1500)}`);
    }
    check(f, 'up', `after "${up.name}" (cycle ${cycle})`);
    if (f.kills >= KILLS) break;
    const down = destroyPoints()[cycle % 3];
    if ((await drive('destroy', down)).killed) count(down);
    const t1 = Date.now();
    const rd = await drive('destroy');
    destroyMs = Math.max(500, (destroyMs + Date.now() - t1) / 2);
    if (rd.code !== 0) {
      f.failedReruns++;
      f.problems.push(`destroy re-run after "${down.name}" exited ${String(rd.code)}: ${rd.out.slice(-1500)}`);
    }
    check(f, 'destroy', `after "${down.name}" (cycle ${cycle})`);
  }
  const last = await drive('destroy');
  if (last.code !== 0) f.failedReruns++;
  check(f, 'destroy', 'final destroy');
  console.log(`pulumi kill test (seed ${seed}): ${JSON.stringify({ ...f, problems: f.problems.length })}`);
  expect(f.problems).toEqual([]);
  expect(f).toMatchObject({ orphans: 0, duplicates: 0, missing: 0, failedReruns: 0, leftAfterDestroy: 0 });
  expect(f.kills).toBeGreaterThanOrEqual(KILLS);
});
