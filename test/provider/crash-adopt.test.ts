// No orphans: a provider process killed right after POST /servers returned 202 leaves a server carrying its
// idempotency token; the re-run (same resource, same configuration) adopts it instead of making another.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ManualClock, startEngine, type RunningEngine } from '../../engine';
import { connect, type Connection } from '../../provider/client/connection';
import { serverResource } from '../../provider/resources/server';

let running: RunningEngine;
let conn: Connection;
const clock = new ManualClock(Date.now());
beforeAll(async () => {
  running = await startEngine({ clock, durations: { build: 60_000, delete: 0, default: 0 } });
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
});
afterAll(async () => {
  await conn.close();
  await running.close();
});

const demo = () => running.engine.callerFor('demo');
const servers = () => running.engine.servers.list(demo(), {}).servers;

async function killedAfterPost(config: Record<string, unknown>, urn?: string): Promise<string> {
  const before = new Set(servers().map((s) => s.id));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(__dirname, 'fixtures/create-server.ts'),
      running.authUrl,
      JSON.stringify(config),
      ...(urn ? [urn] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // The build takes a minute of virtual time: the child sits in its wait once the 202 came back.
  for (let i = 0; i < 600; i++) {
    const made = servers().filter((s) => !before.has(s.id));
    if (made.length) {
      child.kill('SIGKILL');
      await exited;
      return made[0].id;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`the child never created a server (exit ${String(await exited)})`);
}

test.each([
  ['Terraform (token from type, project, name and configuration)', undefined],
  ['Pulumi (token from the URN)', 'urn:pulumi:dev::proj::novaform:index:Server::web'],
])(
  '%s: the re-run adopts the server the killed process created',
  async (_how, urn) => {
    const config = {
      name: `crash-${urn ? 'pulumi' : 'tf'}`,
      flavor_name: 'm1.tiny',
      image_name: 'cirros-0.6.2-x86_64-disk',
      network: [{ name: 'private' }],
    };
    const orphan = await killedAfterPost(config, urn);
    const count = servers().length;
    clock.advance(60_000);
    const state = await serverResource.create(conn, config, urn ? { urn } : {});
    expect(state.id).toBe(orphan);
    expect(servers().length).toBe(count);
    expect(servers().filter((s) => s.name === config.name)).toHaveLength(1);
    // The token stays until the engine has certainly saved the server (its first update gives it up).
    const tags = running.engine.servers.get(demo(), orphan).tags;
    expect(tags.some((t) => t.startsWith('novaform-idem-'))).toBe(true);
  },
  60_000,
);
