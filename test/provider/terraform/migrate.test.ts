// Migration from terraform-provider-openstack: objects a tf-openstack stack made (here made through the served
// engine's HTTP API: a keypair, an anti-affinity group, a server in it, a volume attached to it and a second
// NIC attached later), its state file as tf-openstack writes it (tf-openstack-state.ts), then
// `novaform migrate --from-state` → a configuration whose plan is imports only, applied, then an empty plan.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../../../engine';
import { login, type Client, type Res } from '../../helpers/http';
import { demoProvider, ROOT, Workdir, type Run } from './terraform';
import { tfOpenstackState } from './tf-openstack-state';

jest.setTimeout(300_000);

const IMAGE = { id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c', name: 'cirros-0.6.2-x86_64-disk' };
const NETWORK = { id: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def', name: 'private' };
const CLI = ['-input=false', '-no-color'];

let running: RunningEngine;
let demo: Client;
let w: Workdir;

beforeAll(async () => {
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:', durations: { default: 0, build: 0 } });
  demo = await login(running.url, 'demo');
  w = Workdir.create();
});
afterAll(async () => {
  (w as Workdir | undefined)?.cleanup();
  await (running as RunningEngine | undefined)?.close();
});

async function ok(res: Promise<Res>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status} ${r.text}`);
  return r.body;
}

/** What a tf-openstack apply would have left in the cloud. */
async function tfOpenstackStack() {
  const kp = (await ok(demo.post('/v2.1/os-keypairs', { keypair: { name: 'deploy' } }))).keypair;
  const group = (
    await ok(demo.post('/v2.1/os-server-groups', { server_group: { name: 'web', policies: ['anti-affinity'] } }))
  ).server_group;
  const created = await ok(
    demo.at('2.74').post('/v2.1/servers', {
      server: {
        name: 'web-1',
        flavorRef: '1',
        imageRef: IMAGE.id,
        key_name: 'deploy',
        metadata: { role: 'web' },
        networks: [{ uuid: NETWORK.id }],
        user_data: Buffer.from('#cloud-config\n').toString('base64'),
      },
      'os:scheduler_hints': { group: group.id },
    }),
  );
  const id = created.server.id as string;
  let server: Res['body'];
  for (let i = 0; i < 100 && server?.status !== 'ACTIVE'; i++)
    server = (await ok(demo.at('2.74').get(`/v2.1/servers/${id}`))).server;
  const [own] = (await ok(demo.get(`/v2.1/servers/${id}/os-interface`))).interfaceAttachments;
  const volume = (await ok(demo.post(`/volume/v3/${demo.projectId}/volumes`, { volume: { name: 'data', size: 1 } })))
    .volume;
  await ok(demo.post(`/v2.1/servers/${id}/os-volume_attachments`, { volumeAttachment: { volumeId: volume.id } }));
  const attached = (
    await ok(demo.post(`/v2.1/servers/${id}/os-interface`, { interfaceAttachment: { net_id: NETWORK.id } }))
  ).interfaceAttachment;
  const vol = (await ok(demo.get(`/volume/v3/${demo.projectId}/volumes/${volume.id}`))).volume;
  return tfOpenstackState({
    server: {
      id,
      name: 'web-1',
      port: own.port_id,
      ip: own.fixed_ips[0].ip_address,
      mac: own.mac_addr,
      created: server.created,
      az: server['OS-EXT-AZ:availability_zone'],
    },
    keypair: {
      name: 'deploy',
      publicKey: kp.public_key,
      fingerprint: kp.fingerprint,
      privateKey: kp.private_key,
      userId: kp.user_id ?? '',
    },
    group: { id: group.id, name: 'web' },
    volume: { id: volume.id, name: 'data', size: 1, az: vol.availability_zone },
    attachedPort: { port: attached.port_id, ip: attached.fixed_ips[0].ip_address },
    network: NETWORK,
    image: IMAGE,
  });
}

const summary = (r: Run) => [...r.stdout.matchAll(/(Plan: |Apply complete! )[^\n]*/g)].pop()?.[0];

test('a tf-openstack state becomes a novaform stack: imports only, no replacement, then nothing to do', async () => {
  const state = await tfOpenstackStack();
  const stateFile = path.join(w.dir, 'openstack.tfstate');
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
  const migrate = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'provider', 'bin', 'novaform'),
      'migrate',
      '--from-state',
      stateFile,
      '--out',
      path.join(w.dir, 'main.tf'),
    ],
    { encoding: 'utf8', env: w.env },
  );
  expect(migrate.stderr).toMatch(/wrote .*main\.tf: 6 import\(s\)/);
  // What cannot be carried is said, per resource.
  expect(migrate.stderr).toMatch(/openstack_compute_instance_v2\.web: user_data is not carried/);
  expect(migrate.stderr).toMatch(/openstack_compute_instance_v2\.web: scheduler_hints are not carried/);
  expect(migrate.stderr).toMatch(/openstack_compute_keypair_v2\.deploy: private_key .* is not carried/);
  expect(migrate.status).toBe(0);
  const hcl = fs.readFileSync(path.join(w.dir, 'main.tf'), 'utf8');
  expect(hcl).toMatch(/instance_id = novaform_server\.web\.id/);
  expect(hcl).toMatch(/key_pair\s+= novaform_keypair\.deploy\.name/);
  expect(hcl).not.toContain(state.resources[3].instances[0].attributes.private_key as string);
  w.write(demoProvider(running.authUrl), 'provider.tf');

  await w.ok(['init', ...CLI]);
  const plan = await w.ok(['plan', ...CLI]);
  expect(plan.stdout).not.toMatch(
    /must be replaced|forces replacement|will be created|will be destroyed|updated in-place/,
  );
  expect(summary(plan) === 'Plan: 6 to import, 0 to add, 0 to change, 0 to destroy.' ? '' : plan.stdout).toBe('');
  const applied = await w.ok(['apply', '-auto-approve', ...CLI]);
  expect(summary(applied)).toBe('Apply complete! Resources: 6 imported, 0 added, 0 changed, 0 destroyed.');
  const again = await w.ok(['plan', '-detailed-exitcode', ...CLI]);
  expect(again.stdout).toMatch(/No changes/);
  // The server owns its boot NIC only; the hot-plugged one is the interface attachment's.
  const server = w.state().resources.find((r) => r.type === 'novaform_server')!.instances[0].attributes;
  expect((server.network as unknown[]).length).toBe(1);
  expect(server.network_from_import).toBe(false);
});
