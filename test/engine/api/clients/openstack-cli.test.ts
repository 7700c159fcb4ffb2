// The real `openstack` CLI (Debian's python3-openstackclient: OSC 6.0, novaclient 18.1, SDK 0.101)
// against the engine served on 127.0.0.1:0, configured through `novaform engine clouds-yaml`. Every step
// runs the command exactly as a user would and then checks the engine's resulting state.
// `.ci/run` installs the client; where it is missing the suite is skipped with a loud warning.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { serverStatus, startEngine, type RunningEngine } from '../../../../engine';
import type { Json } from '../../../helpers/json';

const run = promisify(execFile);
const OPENSTACK = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v openstack']).toString().trim();
  } catch {
    return '';
  }
})();
if (!OPENSTACK) {
  console.warn(
    '\n*** SKIPPED: the real-client suite needs the `openstack` CLI ' +
      '(apt-get install python3-openstackclient); .ci/run installs it. ***\n',
  );
}
const suite = OPENSTACK ? describe : describe.skip;

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const CIRROS = 'cirros-0.6.2-x86_64-disk';

suite('openstack CLI against the served engine', () => {
  let e: RunningEngine;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  const demo = () => e.engine.callerFor('demo');
  const admin = () => e.engine.callerFor('admin');
  const commands: string[] = [];

  /** Runs `openstack --os-cloud <cloud> …`; JSON output is parsed. Rejects with the CLI's stderr on failure. */
  async function osc(cloud: string, ...args: string[]): Promise<Json> {
    commands.push(`openstack --os-cloud ${cloud} ${args.join(' ')}`);
    const { stdout } = await run(OPENSTACK, ['--os-cloud', cloud, ...args], { env, cwd: dir, timeout: 90_000 });
    return args.includes('json') ? JSON.parse(stdout) : stdout;
  }
  async function oscFails(cloud: string, ...args: string[]): Promise<string> {
    try {
      await osc(cloud, ...args);
    } catch (err) {
      return String((err as { stderr?: string }).stderr ?? err);
    }
    throw new Error(`expected openstack ${args.join(' ')} to fail`);
  }
  const byName = (name: string) => e.engine.servers.list(demo(), { name: `^${name}$` }).servers[0];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-osc-'));
    // Real clock, instant transitions: OSC's --wait polls every 5 s, so each wait costs one poll.
    e = await startEngine({ data: path.join(dir, 'engine.db'), durations: { build: 0, delete: 0, default: 0 } });
    const port = new URL(e.url).port;
    const yaml = execFileSync(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'provider/cli/main.ts'), 'engine', 'clouds-yaml', '--port', port],
      { cwd: ROOT },
    ).toString();
    fs.writeFileSync(path.join(dir, 'clouds.yaml'), yaml);
    env = { ...process.env, OS_CLIENT_CONFIG_FILE: path.join(dir, 'clouds.yaml') };
    for (const k of Object.keys(env)) if (k.startsWith('OS_') && k !== 'OS_CLIENT_CONFIG_FILE') delete env[k];
  }, 60_000);
  afterAll(async () => {
    // beforeAll may have failed before the engine started.
    await (e as RunningEngine | undefined)?.close();
    console.log(`openstack commands run (${commands.length}):\n${commands.map((c) => `  ${c}`).join('\n')}`);
  });

  test('token issue, catalog browsing: flavors, images, networks', async () => {
    const token = await osc('novaform', 'token', 'issue', '-f', 'json');
    expect(token.project_id).toBe(demo().projectId);
    const flavors = await osc('novaform', 'flavor', 'list', '-f', 'json');
    expect(flavors.map((f: { Name: string }) => f.Name)).toEqual(
      expect.arrayContaining(['m1.tiny', 'm1.small', 'c1.large']),
    );
    expect((await osc('novaform', 'flavor', 'show', 'm1.small', '-f', 'json')).ram).toBe(2048);
    const images = await osc('novaform', 'image', 'list', '-f', 'json');
    expect(images.map((i: { Name: string }) => i.Name)).toContain(CIRROS);
    expect((await osc('novaform', 'image', 'show', CIRROS, '-f', 'json')).id).toBe(
      '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
    );
    const nets = await osc('novaform', 'network', 'list', '-f', 'json');
    expect(nets.map((n: { Name: string }) => n.Name)).toEqual(expect.arrayContaining(['private', 'b_tt3_td1b']));
  }, 120_000);

  test('keypairs: generated, imported, listed, shown, deleted', async () => {
    const generated = await osc('novaform', 'keypair', 'create', 'osc-gen');
    expect(generated).toMatch(/-----BEGIN RSA PRIVATE KEY-----/);
    expect(e.engine.keypairs.get(demo(), 'osc-gen').type).toBe('ssh');
    const pubFile = path.join(dir, 'id.pub');
    fs.writeFileSync(pubFile, e.engine.keypairs.get(demo(), 'osc-gen').publicKey);
    const imported = await osc('novaform', 'keypair', 'create', '--public-key', pubFile, 'osc-imp', '-f', 'json');
    expect(imported.fingerprint).toBe(e.engine.keypairs.get(demo(), 'osc-gen').fingerprint);
    expect(
      (await osc('novaform', 'keypair', 'list', '-f', 'json')).map((k: { Name: string }) => k.Name).sort(),
    ).toEqual(['osc-gen', 'osc-imp']);
    expect((await osc('novaform', 'keypair', 'show', 'osc-imp', '-f', 'json')).name).toBe('osc-imp');
    await osc('novaform', 'keypair', 'delete', 'osc-imp');
    expect(e.engine.keypairs.list(demo()).map((k) => k.name)).toEqual(['osc-gen']);
  }, 120_000);

  test('ports and volumes through Neutron and Cinder', async () => {
    const port = await osc('novaform', 'port', 'create', '--network', 'private', 'osc-port', '-f', 'json');
    expect(e.engine.network.getPort(demo(), port.id).status).toBe('DOWN');
    expect((await osc('novaform', 'port', 'list', '-f', 'json')).map((p: { ID: string }) => p.ID)).toContain(port.id);
    const vol = await osc('novaform', 'volume', 'create', '--size', '1', 'osc-vol', '-f', 'json');
    expect(e.engine.volumes.get(demo(), vol.id)).toMatchObject({ status: 'available', size: 1 });
    expect((await osc('novaform', 'volume', 'show', 'osc-vol', '-f', 'json')).status).toBe('available');
    const tmp = await osc('novaform', 'port', 'create', '--network', 'private', 'osc-tmp', '-f', 'json');
    await osc('novaform', 'port', 'delete', 'osc-tmp');
    expect(() => e.engine.network.getPort(demo(), tmp.id)).toThrow();
  }, 120_000);

  test('server create --wait, list, show', async () => {
    const created = await osc(
      'novaform',
      'server',
      'create',
      '--image',
      CIRROS,
      '--flavor',
      'm1.small',
      '--network',
      'private',
      '--key-name',
      'osc-gen',
      '--wait',
      'osc-vm',
      '-f',
      'json',
    );
    expect(created.status).toBe('ACTIVE');
    const s = byName('osc-vm');
    expect(s).toMatchObject({ keyName: 'osc-gen', vmState: 'active' });
    expect(s.flavor.name).toBe('m1.small');
    const list = await osc('novaform', 'server', 'list', '-f', 'json');
    expect(list.find((x: { Name: string }) => x.Name === 'osc-vm')).toMatchObject({
      Status: 'ACTIVE',
      Image: CIRROS,
      Flavor: 'm1.small',
    });
    const long = await osc('novaform', 'server', 'list', '--long', '-f', 'json');
    // JSON output keeps Nova's integer power state.
    expect(long.find((x: { Name: string }) => x.Name === 'osc-vm')['Power State']).toBe(1);
    expect(
      await osc('novaform', 'server', 'list', '--name', 'osc-vm', '--status', 'ACTIVE', '-f', 'json'),
    ).toHaveLength(1);
    const shown = await osc('novaform', 'server', 'show', 'osc-vm', '-f', 'json');
    expect(shown.id).toBe(s.id);
  }, 180_000);

  test('power and state actions: stop, start, reboot, pause, unpause, suspend, resume', async () => {
    const id = byName('osc-vm').id;
    const status = () => serverStatus(e.engine.servers.get(demo(), id));
    for (const [cmd, expected] of [
      ['stop', 'SHUTOFF'],
      ['start', 'ACTIVE'],
      ['reboot', 'ACTIVE'],
      ['pause', 'PAUSED'],
      ['unpause', 'ACTIVE'],
      ['suspend', 'SUSPENDED'],
      ['resume', 'ACTIVE'],
    ]) {
      await osc('novaform', 'server', cmd, 'osc-vm');
      expect([cmd, status()]).toEqual([cmd, expected]);
    }
    const actions = e.engine.servers.instanceActions(demo(), id).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['stop', 'start', 'reboot', 'pause', 'unpause', 'suspend', 'resume']),
    );
  }, 180_000);

  test('lock: a member gets the 409; unlock', async () => {
    await osc('novaform', 'server', 'lock', 'osc-vm');
    expect(byName('osc-vm').locked).toBe(true);
    const err = await oscFails('novaform', 'server', 'stop', 'osc-vm');
    expect(err).toMatch(/is locked \(HTTP 409\)/);
    expect(byName('osc-vm').vmState).toBe('active');
    await osc('novaform', 'server', 'unlock', 'osc-vm');
    expect(byName('osc-vm').locked).toBe(false);
  }, 120_000);

  test('resize and confirm; rebuild; set name and property', async () => {
    await osc('novaform', 'server', 'resize', '--flavor', 'm1.medium', 'osc-vm');
    expect(serverStatus(byName('osc-vm'))).toBe('VERIFY_RESIZE');
    await osc('novaform', 'server', 'resize', 'confirm', 'osc-vm');
    expect(byName('osc-vm')).toMatchObject({ vmState: 'active', prior: null });
    expect(byName('osc-vm').flavor.name).toBe('m1.medium');
    await osc('novaform', 'server', 'rebuild', '--image', 'fedora-coreos', 'osc-vm');
    expect(byName('osc-vm').imageId).toBe('70a599e0-31e7-49b7-b260-868f441e862b');
    await osc('novaform', 'server', 'set', '--name', 'osc-vm2', '--property', 'role=web', 'osc-vm');
    expect(byName('osc-vm2').metadata).toEqual({ role: 'web' });
  }, 180_000);

  test('add/remove volume and port; image create', async () => {
    const id = byName('osc-vm2').id;
    await osc('novaform', 'server', 'add', 'volume', 'osc-vm2', 'osc-vol');
    expect(e.engine.servers.get(demo(), id).volumes.map((v) => v.volumeId)).toHaveLength(1);
    expect(e.engine.volumes.list(demo()).find((v) => v.name === 'osc-vol')!.status).toBe('in-use');
    await osc('novaform', 'server', 'remove', 'volume', 'osc-vm2', 'osc-vol');
    expect(e.engine.volumes.list(demo()).find((v) => v.name === 'osc-vol')!.status).toBe('available');
    await osc('novaform', 'server', 'add', 'port', 'osc-vm2', 'osc-port');
    const portId = e.engine.network.listPorts(demo()).find((p) => p.name === 'osc-port')!.id;
    expect(e.engine.network.getPort(demo(), portId).deviceId).toBe(id);
    await osc('novaform', 'server', 'remove', 'port', 'osc-vm2', 'osc-port');
    expect(e.engine.network.getPort(demo(), portId).deviceId).toBe('');
    await osc('novaform', 'server', 'image', 'create', '--name', 'osc-snap', 'osc-vm2');
    expect(e.engine.catalog.images(demo()).find((i) => i.name === 'osc-snap')!.serverId).toBe(id);
  }, 180_000);

  test("another project sees nothing of demo's; admin acts by id", async () => {
    const id = byName('osc-vm2').id;
    expect(await osc('novaform-alt', 'server', 'list', '-f', 'json')).toEqual([]);
    expect(await oscFails('novaform-alt', 'server', 'show', id)).toMatch(/No server with a name or ID/);
    await osc('novaform-admin', 'server', 'lock', id);
    expect(e.engine.servers.get(admin(), id).lockedBy).toBe('admin');
    await osc('novaform-admin', 'server', 'unlock', id);
  }, 120_000);

  test('server delete --wait; volume and port deleted', async () => {
    const id = byName('osc-vm2').id;
    await osc('novaform', 'server', 'delete', '--wait', 'osc-vm2');
    expect(() => e.engine.servers.get(demo(), id)).toThrow(/could not be found/);
    await osc('novaform', 'volume', 'delete', 'osc-vol');
    await osc('novaform', 'port', 'delete', 'osc-port');
    expect(e.engine.volumes.list(demo()).map((v) => v.name)).not.toContain('osc-vol');
  }, 180_000);
});
