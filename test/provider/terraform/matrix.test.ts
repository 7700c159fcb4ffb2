// Issue #7's acceptance matrix: every resource type in ONE configuration, driven through the real terraform
// CLI against both engines — embedded (no provider settings; the plugin runs the engine on
// .novaform/engine.db in the working directory) and served over HTTP (startEngine on loopback + the demo
// provider block). Each terraform command covers all seven types at once: create, no-op plan, in-place
// update, replacement with the reason shown, out-of-band drift corrected, import of everything, destroy.
// Out-of-band changes and the checks go through the engine's programmatic API (on the same store file for
// the embedded engine, on the served engine's own instance otherwise). Eleven terraform commands per engine;
// the apply outputs carry the plans that are checked (update, replace, drift, import).
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, serverStatus, startEngine, type Engine, type RunningEngine } from '../../../engine';
import { containerGroupHcl, HEADER, Workdir, demoProvider, type Run } from './terraform';

jest.setTimeout(600_000);

const IMAGE = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c'; // cirros-0.6.2-x86_64-disk
const NETWORK = 'fb68519f-a7c0-476e-98d4-2e4cf6de6def'; // demo's "private"
const TYPES = [
  'novaform_server',
  'novaform_keypair',
  'novaform_volume',
  'novaform_volume_attachment',
  'novaform_interface_attachment',
  'novaform_server_group',
  'novaform_container_group',
] as const;

const addr: Record<(typeof TYPES)[number], string> = {
  novaform_server: 's',
  novaform_keypair: 'k',
  novaform_volume: 'v',
  novaform_volume_attachment: 'va',
  novaform_interface_attachment: 'ia',
  novaform_server_group: 'g',
  novaform_container_group: 'cg',
};

/** The knobs the phases turn; everything else stays as created. */
interface Knobs {
  server: string;
  metadata: string;
  power: 'active' | 'shutoff';
  configDrive: boolean;
  key: string;
  volume: string;
  size: number;
  deleteOnTermination: boolean;
  deviceTag: string;
  group: string;
  eci: string;
  restart: 'Never' | 'Always';
  tags: boolean;
}

const stack = (k: Knobs) => `resource "novaform_server" "s" {
  name         = "${k.server}"
  flavor_id    = "1"
  image_id     = "${IMAGE}"
  metadata     = { role = "${k.metadata}" }
  power_state  = "${k.power}"
  config_drive = ${k.configDrive}
  network {
    uuid = "${NETWORK}"
  }
}
resource "novaform_keypair" "k" {
  name = "${k.key}"
}
resource "novaform_volume" "v" {
  name     = "${k.volume}"
  size     = ${k.size}
  metadata = { tier = "gold" }
}
resource "novaform_volume_attachment" "va" {
  instance_id           = novaform_server.s.id
  volume_id             = novaform_volume.v.id
  delete_on_termination = ${k.deleteOnTermination}
  tag                   = "${k.deviceTag}"
}
resource "novaform_interface_attachment" "ia" {
  instance_id = novaform_server.s.id
  network_id  = "${NETWORK}"
}
resource "novaform_server_group" "g" {
  name     = "${k.group}"
  policies = ["anti-affinity"]
}
${containerGroupHcl(k.eci, k.restart, k.tags ? '  tags {\n    key   = "env"\n    value = "prod"\n  }\n' : '')}`;

const CREATED: Knobs = {
  server: 'mx-web',
  metadata: 'web',
  power: 'active',
  configDrive: false,
  key: 'mx-key',
  volume: 'mx-data',
  size: 1,
  deleteOnTermination: false,
  deviceTag: 'data',
  group: 'mx-group',
  eci: 'mx-eci',
  restart: 'Never',
  tags: false,
};
// keypair, server group and interface attachment have no in-place attribute (every input replaces them),
// so this phase leaves them as they are.
const UPDATED: Knobs = {
  ...CREATED,
  server: 'mx-web-2',
  metadata: 'api',
  power: 'shutoff',
  volume: 'mx-data-2',
  size: 2,
  deleteOnTermination: true,
  restart: 'Always',
  tags: true,
};
// One replace-only attribute per type. The server's replacement also changes both attachments' instance_id;
// the volume attachment additionally gets a new device tag, its own replace-only attribute.
const REPLACED: Knobs = {
  ...UPDATED,
  power: 'active',
  configDrive: true,
  key: 'mx-key-2',
  size: 1,
  deviceTag: 'data2',
  group: 'mx-group-2',
  eci: 'mx-eci-2',
};

interface Target {
  provider: string;
  engine(): Engine;
  close(): Promise<void>;
}

// Every transition (build, stop, delete, ECI update) completes at once, so nothing here waits on a clock.
const DURATIONS = { build: 0, delete: 0, default: 0 };

async function embedded(w: Workdir): Promise<Target> {
  // Seeding the store first persists the durations, which the plugin's embedded engine then reads.
  fs.mkdirSync(path.join(w.dir, '.novaform'));
  const engine = createEngine({ data: path.join(w.dir, '.novaform', 'engine.db'), durations: DURATIONS });
  return {
    provider: '', // nothing configured: the plugin falls back to the embedded engine
    engine: () => engine,
    close: async () => engine.close(),
  };
}

async function served(): Promise<Target> {
  const running: RunningEngine = await startEngine({
    host: '127.0.0.1',
    port: 0,
    data: ':memory:',
    durations: DURATIONS,
  });
  return { provider: demoProvider(running.authUrl), engine: () => running.engine, close: () => running.close() };
}

const CLI = ['-input=false', '-no-color'];
/** One resource's block of a plan: from its "# address ..." line to the next resource's. */
const planBlock = (r: Run, address: string) => {
  const at = r.stdout.indexOf(`# ${address} `);
  if (at < 0) throw new Error(`${address} is not in the plan`);
  const next = r.stdout.slice(at + 2).search(/\n\s*# novaform_|\nPlan: /);
  return r.stdout.slice(at, next < 0 ? undefined : at + 2 + next);
};
/** The lines of a plan that announce an action on a resource, e.g. "novaform_volume.v will be updated in-place". */
const actions = (r: Run) =>
  [...r.stdout.matchAll(/^\s*# (novaform_\w+\.\w+) (.+)$/gm)].map((m) => `${m[1]} ${m[2]}`).sort();

describe.each([['embedded'], ['served']])('%s engine', (kind: string) => {
  let w: Workdir;
  let target: Target;
  const times: Record<string, number> = {};
  const write = (k: Knobs, extra = '') => w.write(HEADER + target.provider + stack(k) + extra);
  const tf = async (phase: string, args: string[], codes: number[] = [0]) => {
    const r = await w.ok(args[0] === 'state' ? args : [...args, ...CLI], codes);
    times[phase] = r.ms;
    return r;
  };
  const ids = () =>
    Object.fromEntries(
      TYPES.map((t) => [t, String(w.state().resources.find((r) => r.type === t)!.instances[0].attributes.id)]),
    ) as Record<(typeof TYPES)[number], string>;

  beforeAll(async () => {
    w = Workdir.create();
    target = kind === 'embedded' ? await embedded(w) : await served();
  });
  afterAll(async () => {
    // Unset when a beforeAll failed part-way.
    await (target as Target | undefined)?.close();
    (w as Workdir | undefined)?.cleanup();
    console.log(`${kind} engine, terraform ms per phase: ${JSON.stringify(times)}`);
  });

  test('create, no-op, in-place update, replacement, drift, import, destroy — all seven types at once', async () => {
    // 1. create
    write(CREATED);
    await tf('init', ['init']);
    const created = await tf('create', ['apply', '-auto-approve']);
    expect(created.stdout).toMatch(/Apply complete! Resources: 7 added, 0 changed, 0 destroyed/);
    expect(
      w
        .state()
        .resources.map((r) => r.type)
        .sort(),
    ).toEqual([...TYPES].sort());
    const e = target.engine();
    const demo = e.callerFor('demo');
    const first = ids();
    expect(e.servers.get(demo, first.novaform_server)).toMatchObject({ name: 'mx-web' });
    expect(e.keypairs.get(demo, 'mx-key').name).toBe('mx-key');
    expect(e.volumes.get(demo, first.novaform_volume)).toMatchObject({ name: 'mx-data', size: 1, status: 'in-use' });
    expect(first.novaform_volume_attachment).toBe(`${first.novaform_server}/${first.novaform_volume}`);
    const port = String(w.attrs('novaform_interface_attachment', 'ia').port_id);
    expect(first.novaform_interface_attachment).toBe(`${first.novaform_server}/${port}`);
    expect(e.servers.listInterfaces(demo, first.novaform_server).map((p) => p.id)).toContain(port);
    expect(e.serverGroups.get(demo, first.novaform_server_group).name).toBe('mx-group');
    expect(e.eci.get(demo, first.novaform_container_group)).toMatchObject({ name: 'mx-eci' });

    // 2. nothing to do
    const noop = await tf('noop plan', ['plan', '-detailed-exitcode']);
    expect(noop.stdout).toMatch(/No changes/);

    // 3. in place: every type that has an updatable attribute, each keeping its id
    write(UPDATED);
    const updated = await tf('update', ['apply', '-auto-approve']);
    expect(actions(updated)).toEqual([
      'novaform_container_group.cg will be updated in-place',
      'novaform_server.s will be updated in-place',
      'novaform_volume.v will be updated in-place',
      'novaform_volume_attachment.va will be updated in-place',
    ]);
    expect(updated.stdout).not.toMatch(/forces replacement|must be replaced/);
    expect(updated.stdout).toMatch(/Resources: 0 added, 4 changed, 0 destroyed/);
    expect(ids()).toEqual(first);
    expect(e.servers.get(demo, first.novaform_server)).toMatchObject({ name: 'mx-web-2', metadata: { role: 'api' } });
    expect(w.attrs('novaform_server', 's')).toMatchObject({ status: 'SHUTOFF', power_state: 'shutoff' });
    expect(e.volumes.get(demo, first.novaform_volume)).toMatchObject({ name: 'mx-data-2', size: 2 });
    expect(w.attrs('novaform_volume_attachment', 'va').delete_on_termination).toBe(true);
    expect(e.eci.get(demo, first.novaform_container_group).spec).toMatchObject({
      restartPolicy: 'Always',
      tags: expect.arrayContaining([{ key: 'env', value: 'prod' }]),
    });

    // 4. replace: one replace-only attribute per type; the plan marks it and the provider says why
    write(REPLACED);
    const replaced = await tf('replace', ['apply', '-auto-approve']);
    const out = replaced.stdout + replaced.stderr;
    expect(actions(replaced)).toEqual(TYPES.map((t) => `${t}.${addr[t]} must be replaced`).sort());
    for (const [type, attr, reason] of [
      ['novaform_server', 'config_drive', 'the config drive is built at boot'],
      ['novaform_keypair', 'name', "the name is the keypair's identity"],
      ['novaform_volume', 'size', 'a volume cannot shrink (Cinder only extends)'],
      ['novaform_volume_attachment', 'tag', 'device tags are set when the volume is attached'],
      // an interface attachment has no input of its own to change here: the new server's id replaces it
      ['novaform_interface_attachment', 'instance_id', 'an interface attachment cannot change'],
      ['novaform_server_group', 'name', 'a server group cannot change after it is created'],
      ['novaform_container_group', 'container_group_name', 'ECI cannot rename a container group'],
    ] as const) {
      const block = planBlock(replaced, `${type}.${addr[type]}`);
      expect([type, block]).toEqual([
        type,
        expect.stringMatching(new RegExp(`\\n\\s*[~+-] ${attr}\\s+= .* # forces replacement\\n`)),
      ]);
      // the provider's reason, as a warning diagnostic on that resource (terraform wraps long lines)
      const warning = new RegExp(
        `Warning: ${type}: changing ${attr} forces replacement\\s+with ` +
          `${type}\\.${addr[type]},(?:(?!Warning:)[^])*?${reason.replace(/[()]/g, '\\$&').replace(/ /g, '\\s+')}`,
      );
      expect([type, out]).toEqual([type, expect.stringMatching(warning)]);
    }
    expect(replaced.stdout).toMatch(/Resources: 7 added, 0 changed, 7 destroyed/);
    const second = ids();
    for (const t of TYPES) expect([t, second[t] === first[t]]).toEqual([t, false]);
    expect(() => e.servers.get(demo, first.novaform_server)).toThrow();
    expect(e.keypairs.list(demo).map((x: { name: string }) => x.name)).toEqual(['mx-key-2']);
    expect(w.attrs('novaform_server', 's').status).toBe('ACTIVE');

    // 5. drift behind terraform's back, one change per type; one apply shows and corrects all of it
    e.servers.update(demo, second.novaform_server, { name: 'renamed' });
    e.servers.action(demo, second.novaform_server, 'os-stop');
    e.keypairs.delete(demo, 'mx-key-2');
    e.volumes.update(demo, second.novaform_volume, { metadata: { tier: 'bronze' } });
    e.servers.detachVolume(demo, second.novaform_server, second.novaform_volume);
    const port2 = String(w.attrs('novaform_interface_attachment', 'ia').port_id);
    e.servers.detachInterface(demo, second.novaform_server, port2);
    e.serverGroups.delete(demo, second.novaform_server_group);
    e.eci.update(demo, second.novaform_container_group, { restartPolicy: 'Never' });
    expect(serverStatus(e.servers.get(demo, second.novaform_server))).toBe('SHUTOFF');
    expect(e.eci.get(demo, second.novaform_container_group).status).toBe('Running');
    const drift = await tf('drift', ['apply', '-auto-approve']);
    expect(actions(drift)).toEqual([
      'novaform_container_group.cg will be updated in-place',
      'novaform_interface_attachment.ia will be created',
      'novaform_keypair.k will be created',
      'novaform_server.s will be updated in-place',
      'novaform_server_group.g will be created',
      'novaform_volume.v will be updated in-place',
      'novaform_volume_attachment.va will be created',
    ]);
    expect(drift.stdout).toMatch(/~ name\s+= "renamed" -> "mx-web-2"/);
    expect(drift.stdout).toMatch(/~ power_state\s+= "shutoff" -> "active"/);
    expect(drift.stdout).toMatch(/~ "tier" = "bronze" -> "gold"/);
    expect(drift.stdout).toMatch(/~ restart_policy\s+= "Never" -> "Always"/);
    expect(drift.stdout).toMatch(/Resources: 4 added, 3 changed, 0 destroyed/);
    const converged = await tf('plan after drift', ['plan', '-detailed-exitcode']);
    expect(converged.stdout).toMatch(/No changes/);
    const third = ids();
    expect(e.servers.get(demo, third.novaform_server)).toMatchObject({ name: 'mx-web-2' });
    expect(w.attrs('novaform_server', 's').status).toBe('ACTIVE');
    expect(e.volumes.get(demo, third.novaform_volume).metadata).toEqual({ tier: 'gold' });
    expect(e.eci.get(demo, third.novaform_container_group).spec).toMatchObject({ restartPolicy: 'Always' });
    expect(e.keypairs.get(demo, 'mx-key-2').name).toBe('mx-key-2');
    expect(e.serverGroups.get(demo, third.novaform_server_group).name).toBe('mx-group-2');
    expect(e.servers.listVolumeAttachments(demo, third.novaform_server).map((a) => a.volumeId)).toEqual([
      third.novaform_volume,
    ]);
    expect(e.servers.listInterfaces(demo, third.novaform_server).map((p) => p.id)).toContain(
      String(w.attrs('novaform_interface_attachment', 'ia').port_id),
    );

    // 6. import: forget everything, then adopt it all back by the documented ids
    await tf('state rm', [
      'state',
      'rm',
      'novaform_server.s',
      'novaform_keypair.k',
      'novaform_volume.v',
      'novaform_volume_attachment.va',
      'novaform_interface_attachment.ia',
      'novaform_server_group.g',
      'novaform_container_group.cg',
    ]);
    const importId = { ...third, novaform_keypair: 'mx-key-2' };
    const blocks = TYPES.map((t) => `import {\n  to = ${t}.${addr[t]}\n  id = "${importId[t]}"\n}\n`).join('');
    // Nova does not say which of a server's NICs it booted with: the imported server lists the interface
    // attachment's NIC too (network_from_import), and the first apply keeps only the NICs the configuration
    // declares — an in-place update that sends nothing, never a replacement.
    write(REPLACED, blocks);
    const imported = await tf('import', ['apply', '-auto-approve']);
    expect(imported.stdout).not.toMatch(/must be replaced|will be created|will be destroyed|forces replacement/);
    expect(imported.stdout.match(/will be imported|will be updated in-place/g)).toHaveLength(7);
    // The one in-place update after import sends nothing: the server keeps the NICs its configuration declares.
    // The container group adopts nothing (the configuration restates no replace-only attribute the API never
    // returns), so it stays a plain import and keeps its unverified_attributes.
    expect(
      actions(imported)
        .filter((a) => a.endsWith('in-place'))
        .sort(),
    ).toEqual(['novaform_server.s will be updated in-place']);
    expect(imported.stdout).toMatch(/Resources: 7 imported, 0 added, 1 changed, 0 destroyed/);
    expect(w.attrs('novaform_server', 's').network).toHaveLength(1);
    expect(w.attrs('novaform_server', 's').network_from_import).toBe(false);
    expect(ids()).toEqual(third);
    const settled = await tf('plan after import', ['plan', '-detailed-exitcode']);
    expect(settled.stdout).toMatch(/No changes/);

    // 7. destroy
    const destroyed = await tf('destroy', ['destroy', '-auto-approve']);
    expect(destroyed.stdout).toMatch(/Destroy complete! Resources: 7 destroyed/);
    expect(e.servers.list(demo).servers.map((s) => s.id)).not.toContain(third.novaform_server);
    expect(e.keypairs.list(demo)).toEqual([]);
    expect(e.volumes.list(demo).map((v: { id: string }) => v.id)).not.toContain(third.novaform_volume);
    expect(e.serverGroups.list(demo)).toEqual([]);
    expect(e.eci.list(demo).map((g: { id: string }) => g.id)).not.toContain(third.novaform_container_group);
  });
});
