// Adopting what already runs, Terraform's way (1.5+): objects made out of band through the served engine's
// HTTP API, `import` blocks, `terraform plan -generate-config-out=generated.tf`, and then — with no edit of
// the generated file — a plan of imports only, an apply, and an empty plan. One test per resource type, each
// in its own working directory against one served engine; a last test imports a server together with a NIC
// hot-plugged later, which the generated configuration claims twice (the README says which block to delete).
import fs from 'node:fs';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../../../engine';
import { eciRegionId } from '../../../engine/api/routes/eci';
import { login, type Client, type Res } from '../../helpers/http';
import { HEADER, Workdir, demoProvider, type Run } from './terraform';

jest.setTimeout(300_000);

const IMAGE = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c'; // cirros
const PRIVATE = 'fb68519f-a7c0-476e-98d4-2e4cf6de6def';
const CLI = ['-input=false', '-no-color'];

let running: RunningEngine;
let demo: Client;
const workdirs: Workdir[] = [];

beforeAll(async () => {
  running = await startEngine({
    host: '127.0.0.1',
    port: 0,
    data: ':memory:',
    durations: { build: 0, delete: 0, default: 0 },
  });
  demo = await login(running.url, 'demo');
});
afterAll(async () => {
  for (const w of workdirs) w.cleanup();
  await (running as RunningEngine | undefined)?.close();
});

async function ok(res: Promise<Res>, status: number[] = [200, 201, 202]) {
  const r = await res;
  if (!status.includes(r.status)) throw new Error(`${r.status} ${r.text}`);
  return r.body;
}

/** The engine completes transitions on its next call; poll the API (never sleep) until a condition holds. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function bootServer(name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const body = await ok(
    demo.at('2.74').post('/v2.1/servers', {
      server: { name, flavorRef: '1', imageRef: IMAGE, networks: [{ uuid: PRIVATE }], ...extra },
    }),
  );
  const id = body.server.id as string;
  await until(
    () => demo.get(`/v2.1/servers/${id}`),
    (r) => r.body.server.status === 'ACTIVE',
    `server ${name}`,
  );
  return id;
}

async function createVolume(name: string): Promise<string> {
  const body = await ok(
    demo.post(`/volume/v3/${demo.projectId}/volumes`, { volume: { name, size: 1, metadata: { tier: 'gold' } } }),
  );
  const id = body.volume.id as string;
  await until(
    () => demo.get(`/volume/v3/${demo.projectId}/volumes/${id}`),
    (r) => r.body.volume.status === 'available',
    `volume ${name}`,
  );
  return id;
}

async function hotPlug(server: string, network: string = PRIVATE): Promise<string> {
  const body = await ok(
    demo.post(`/v2.1/servers/${server}/os-interface`, { interfaceAttachment: { net_id: network } }),
  );
  return body.interfaceAttachment.port_id as string;
}

interface Imported {
  /** `import` blocks (and anything else the configuration needs besides what Terraform generates). */
  config: string;
  /** How many resources the plan imports. */
  count: number;
}

/** Each resource type made out of band, and the import blocks that adopt it. */
const CASES: [string, () => Promise<Imported>][] = [
  [
    'novaform_server',
    async () => {
      // Two NICs at boot, a keypair, a security group by name, metadata and tags: everything the read fills in.
      await ok(demo.post('/v2.1/os-keypairs', { keypair: { name: 'gen-server-key' } }));
      const id = await bootServer('gen-server', {
        networks: [{ uuid: PRIVATE }, { uuid: PRIVATE }],
        key_name: 'gen-server-key',
        metadata: { role: 'web' },
        tags: ['blue'],
        security_groups: [{ name: 'default' }],
      });
      return { config: importBlock('novaform_server', 'web', id), count: 1 };
    },
  ],
  [
    'novaform_keypair',
    async () => {
      await ok(demo.post('/v2.1/os-keypairs', { keypair: { name: 'gen-key' } }));
      return { config: importBlock('novaform_keypair', 'key', 'gen-key'), count: 1 };
    },
  ],
  [
    'novaform_volume',
    async () => ({ config: importBlock('novaform_volume', 'data', await createVolume('gen-volume')), count: 1 }),
  ],
  [
    'novaform_volume_attachment',
    async () => {
      const server = await bootServer('gen-va-server');
      const volume = await createVolume('gen-va-volume');
      await ok(demo.post(`/v2.1/servers/${server}/os-volume_attachments`, { volumeAttachment: { volumeId: volume } }));
      await until(
        () => demo.get(`/volume/v3/${demo.projectId}/volumes/${volume}`),
        (r) => r.body.volume.status === 'in-use',
        'the attachment',
      );
      return { config: importBlock('novaform_volume_attachment', 'va', `${server}/${volume}`), count: 1 };
    },
  ],
  [
    'novaform_interface_attachment',
    async () => {
      const server = await bootServer('gen-ia-server');
      const port = await hotPlug(server);
      return { config: importBlock('novaform_interface_attachment', 'ia', `${server}/${port}`), count: 1 };
    },
  ],
  [
    'novaform_server_group',
    async () => {
      const body = await ok(
        demo.at('2.64').post('/v2.1/os-server-groups', {
          server_group: { name: 'gen-group', policy: 'anti-affinity', rules: { max_server_per_host: 2 } },
        }),
      );
      return { config: importBlock('novaform_server_group', 'g', body.server_group.id), count: 1 };
    },
  ],
  [
    'novaform_container_group',
    async () => {
      const res = await demo.call(
        'POST',
        '/eci/api/v1/containers/createContainerGroup',
        {
          containerGroupName: 'gen-eci',
          cpu: 1,
          memory: 1,
          restartPolicy: 'Always',
          vpcId: 'vpc-ctt6yag121',
          vSwitchId: 'subnet-y9n723knrg',
          securityGroupId: 'sg-5bvqyvrmch',
          azInfo: [{ azName: 'cn-huadong1-jsnj1A-public-ctcloud' }],
          containers: [
            {
              name: 'web',
              cpu: 1,
              memory: 1,
              image: 'nginx:latest',
              environmentVar: [{ key: 'MODE', value: 'prod' }],
              ports: [{ port: 80, protocol: 'TCP' }],
            },
          ],
          tags: [{ key: 'env', value: 'prod' }],
        },
        { regionid: eciRegionId('RegionOne') },
      );
      if (res.status !== 200) throw new Error(`createContainerGroup: ${res.status} ${res.text}`);
      const id = res.body.returnObj.containerGroupId as string;
      await until(
        () =>
          demo.call('GET', `/eci/api/v1/containers/describeContainerGroup/${id}`, undefined, {
            regionid: eciRegionId('RegionOne'),
          }),
        (r) => r.body.returnObj?.status === 'Running',
        'the container group',
      );
      return { config: importBlock('novaform_container_group', 'cg', id), count: 1 };
    },
  ],
];

const importBlock = (type: string, name: string, id: string) => `import {\n  to = ${type}.${name}\n  id = "${id}"\n}\n`;

/** The summary line of a plan or apply. */
const summary = (r: Run) => [...r.stdout.matchAll(/(Plan: |Apply complete! )[^\n]*/g)].pop()?.[0] ?? '(no summary)';

/** The summary line, with the whole output when it is not the expected one (to see what was planned). */
const expectSummary = (r: Run, line: string) => expect(summary(r) === line ? line : r.stdout).toBe(line);

/** init; plan generating the configuration (imports only); apply; an empty plan. Returns the generated file. */
async function adopt(w: Workdir, imported: Imported): Promise<string> {
  w.write(HEADER + demoProvider(running.authUrl) + imported.config);
  await w.ok(['init', ...CLI]);
  const generated = await w.tf(['plan', '-generate-config-out=generated.tf', ...CLI]);
  const file = path.join(w.dir, 'generated.tf');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '(not written)';
  if (generated.code !== 0) throw new Error(`plan -generate-config-out failed:\n${generated.stderr}\n${text}`);
  expectSummary(generated, `Plan: ${imported.count} to import, 0 to add, 0 to change, 0 to destroy.`);
  const applied = await w.ok(['apply', '-auto-approve', ...CLI]);
  expectSummary(applied, `Apply complete! Resources: ${imported.count} imported, 0 added, 0 changed, 0 destroyed.`);
  const again = await w.ok(['plan', '-detailed-exitcode', ...CLI]);
  expect(again.stdout).toMatch(/No changes\. Your infrastructure matches the configuration/);
  return text;
}

describe.each(CASES)('%s', (type, make) => {
  test('generated configuration plans as imports only, applies, and the next plan is empty', async () => {
    const w = Workdir.create();
    workdirs.push(w);
    const generated = await adopt(w, await make());
    expect(generated).toContain(`resource "${type}"`);
  });
});

test('a hot-plugged NIC is claimed twice; deleting the server block of its port changes nothing', async () => {
  const w = Workdir.create();
  workdirs.push(w);
  const server = await bootServer('gen-hotplug');
  const port = await hotPlug(server);
  const generated = await adopt(w, {
    config:
      importBlock('novaform_server', 'vm', server) +
      importBlock('novaform_interface_attachment', 'nic', `${server}/${port}`),
    count: 2,
  });
  // The server lists the hot-plugged NIC among its own, and the attachment claims the same port.
  expect(generated.match(new RegExp(`port\\s+= "${port}"`, 'g'))).toHaveLength(1);
  expect(generated).toMatch(new RegExp(`port_id\\s+= "${port}"`));

  // Alternatives that contradict each other are refused at plan time, naming both fields and values.
  const file = path.join(w.dir, 'generated.tf');
  const contradicting = generated
    .replace(/flavor_name(\s+)= "m1.tiny"/, 'flavor_name$1= "m1.small"')
    .replace(/(resource "novaform_interface_attachment"[^]*?fixed_ip\s+= )"[^"]+"/, '$1"10.0.3.250"');
  fs.writeFileSync(file, contradicting);
  const refused = await w.tf(['plan', ...CLI]);
  expect(refused.code).toBe(1);
  const err = refused.stderr.replace(/\s+/g, ' ');
  expect(err).toContain('flavor_name = "m1.small" contradicts flavor_id = "1": that flavor is named "m1.tiny"');
  expect(err).toContain(`fixed_ip = "10.0.3.250" contradicts port_id = "${port}": that port is addressed`);

  // The README's advice: delete the server's network block for the attachment's port.
  const own = generated.replace(new RegExp(`\\n\\s*network \\{[^}]*port\\s+= "${port}"[^}]*\\}`), '');
  expect(own).not.toContain(`port        = "${port}"`);
  fs.writeFileSync(file, own);
  const dropped = await w.ok(['apply', '-auto-approve', ...CLI]);
  expect(dropped.stdout).toMatch(/novaform_server\.vm will be updated in-place/);
  expectSummary(dropped, 'Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
  const settled = await w.ok(['plan', '-detailed-exitcode', ...CLI]);
  expect(settled.stdout).toMatch(/No changes/);
  const nics = await ok(demo.get(`/v2.1/servers/${server}/os-interface`));
  expect(nics.interfaceAttachments.map((i: { port_id: string }) => i.port_id)).toContain(port);
  expect(nics.interfaceAttachments).toHaveLength(2);
});
