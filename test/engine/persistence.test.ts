// The store: state survives reopening, several processes can share one file, and a process killed with
// SIGKILL in the middle of a create burst loses none of the creates it had reported as committed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, ManualClock, serverStatus } from '../../engine';
import { CIRROS, PRIVATE_NET } from '../helpers/engine';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-store-')), 'engine.db');

test('servers, locks, keypairs and host usage survive a reopen; due transitions complete on access', () => {
  const file = tmp();
  const clock = new ManualClock();
  const a = createEngine({ data: file, clock });
  const demo = a.callerFor('demo');
  const kp = a.keypairs.create(demo, { name: 'persisted' });
  const s = a.servers.create(demo, {
    name: 'p',
    flavorRef: '2',
    imageRef: CIRROS,
    networks: [{ uuid: PRIVATE_NET }],
    key_name: 'persisted',
  }).servers[0];
  clock.advance(1000);
  a.servers.action(demo, s.id, 'lock', { locked_reason: 'keep' });
  a.servers.action(a.callerFor('admin'), s.id, 'os-stop');
  a.close();

  // Reopened later: the stop that was in flight is due and completes on the first access.
  const b = createEngine({ data: file, clock: new ManualClock(clock.now() + 5000) });
  const back = b.servers.get(b.callerFor('demo'), s.id);
  expect(serverStatus(back)).toBe('SHUTOFF');
  expect(back).toMatchObject({ locked: true, lockedReason: 'keep', keyName: 'persisted', name: 'p' });
  expect(b.keypairs.get(b.callerFor('demo'), 'persisted').fingerprint).toBe(kp.keypair.fingerprint);
  expect(b.hosts.get(b.callerFor('admin'), back.host!).used.ram).toBe(2048);
  // The seed is applied once: reopening does not duplicate it.
  expect(b.catalog.flavors(b.callerFor('demo')).filter((f) => f.name === 'm1.tiny')).toHaveLength(1);
  b.close();
});

test("two engines on one file see each other: either one advances the other's transitions", () => {
  const file = tmp();
  const clockA = new ManualClock();
  const a = createEngine({ data: file, clock: clockA });
  const b = createEngine({ data: file, clock: new ManualClock(clockA.now() + 10_000) });
  const demoA = a.callerFor('demo');
  const s = a.servers.create(demoA, { name: 'shared', flavorRef: '1', imageRef: CIRROS, networks: 'none' }).servers[0];
  expect(serverStatus(a.servers.get(demoA, s.id))).toBe('BUILD');
  expect(serverStatus(b.servers.get(b.callerFor('demo'), s.id))).toBe('ACTIVE'); // B's clock is past the build
  expect(serverStatus(a.servers.get(demoA, s.id))).toBe('ACTIVE');
  // Host usage written by A is seen by B's scheduler (its host cache notices the other connection's commit).
  const admin = b.callerFor('admin');
  expect(b.hosts.get(admin, s.host!).used.vcpus).toBe(1);
  a.servers.delete(demoA, s.id);
  clockA.advance(10_000);
  a.tick();
  expect(b.hosts.get(admin, s.host!).used.vcpus).toBe(0);
  a.close();
  b.close();
});

test('a create burst killed with SIGKILL keeps every create it reported', async () => {
  const file = tmp();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/create-burst.ts'), file], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const reported: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  await new Promise<void>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      reported.push(...lines.filter(Boolean));
      if (reported.length >= 150 && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited without being killed: ${stderr}`)),
    );
  });
  expect(reported.length).toBeGreaterThanOrEqual(150);
  const engine = createEngine({ data: file, clock: new ManualClock(Date.now() + 60_000) });
  const stored = new Set(engine.servers.list(engine.callerFor('demo')).servers.map((s) => s.id));
  const missing = reported.filter((id) => !stored.has(id));
  expect(missing).toEqual([]);
  expect(stored.size).toBeGreaterThanOrEqual(reported.length);
  engine.close();
}, 60_000);
