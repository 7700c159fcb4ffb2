// The plugin against a served engine (HTTP on 127.0.0.1, Keystone password auth from the provider block):
// a server booted with a generated keypair and an admin password, whose secrets stay masked in the plan and
// out of TF_LOG; a create that outlives its `timeouts` block and a build the engine fails both leave the
// server in state, tainted (nothing orphaned); the next apply replaces it and converges. Then OS_* variables
// instead of a provider block, imports by id (a server; attachments by their composite ids), and a container group.
import fs from 'node:fs';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../../../engine';
import { login, type Client } from '../../helpers/http';
import { containerGroupHcl, HEADER, rpcCounts, Workdir, demoProvider } from './terraform';

jest.setTimeout(300_000);

const ADMIN_PASS = 'Adm1n-pass-never-logged';
let running: RunningEngine;
let admin: Client;
let w: Workdir;

beforeAll(async () => {
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:' });
  admin = await login(running.url, 'admin');
  w = Workdir.create();
});
afterAll(async () => {
  // Unset when a beforeAll failed part-way.
  (w as Workdir | undefined)?.cleanup();
  await (running as RunningEngine | undefined)?.close();
});

const provider = () => demoProvider(running.authUrl);

const server = (name: string, extra = '') => `resource "novaform_server" "${name}" {
  name      = "${name}"
  flavor_id = "1"
  image_id  = "9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c"
  network {
    uuid = "fb68519f-a7c0-476e-98d4-2e4cf6de6def"
  }
${extra}}
`;

const serverStatus = async (id: string) =>
  (await admin.get(`/v2.1/servers/${id}?all_tenants=1`)).body?.server?.status as string | undefined;
const instance = (name: string) =>
  w.state().resources.find((r) => r.type === 'novaform_server' && r.name === name)?.instances[0];

test('secrets: masked in the plan, absent from TF_LOG; write-only never stored', async () => {
  w.write(
    HEADER +
      provider() +
      'resource "novaform_keypair" "k" {\n  name = "served-key"\n}\n' +
      'data "novaform_flavor" "tiny" {\n  name = "m1.tiny"\n}\ndata "novaform_image" "cirros" {\n  name = ' +
      '"cirros-0.6.2-x86_64-disk"\n}\n' +
      server('web', `  key_pair   = novaform_keypair.k.name\n  admin_pass = "${ADMIN_PASS}"\n`)
        .replace('flavor_id = "1"', 'flavor_id = data.novaform_flavor.tiny.flavor_id')
        .replace(/image_id {2}= "[^"]+"/, 'image_id  = data.novaform_image.cirros.id') +
      server('wo', '  admin_pass_wo         = "Wr1te-only-pass"\n  admin_pass_wo_version = 1\n'),
  );
  await w.ok(['init', '-input=false', '-no-color']);
  const log = path.join(w.dir, 'apply.log');
  const r = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color'], [0], {
    TF_LOG: 'trace',
    TF_LOG_PATH: log,
    NOVAFORM_LOG_LEVEL: 'debug',
  });
  expect(r.stdout).toMatch(/admin_pass\s+= \(sensitive value\)/);
  expect(r.stdout).toMatch(/private_key\s+= \(sensitive value\)/);
  expect(r.stdout).toMatch(/admin_pass_wo\s+= \(write-only attribute\)/);
  expect(r.stdout).toMatch(/Resources: 3 added/);
  const privateKey = String(w.attrs('novaform_keypair', 'k').private_key);
  expect(privateKey).toMatch(/PRIVATE KEY/);
  const keyBody = privateKey.split('\n')[1];
  const text = fs.readFileSync(log, 'utf8');
  expect(rpcCounts(log).ApplyResourceChange).toBe(3); // the plugin's own debug lines reached the log
  for (const secret of [ADMIN_PASS, 'Wr1te-only-pass', keyBody, 'demo-secret'])
    expect([secret, text.includes(secret)]).toEqual([secret, false]);
  expect(w.attrs('novaform_server', 'wo').admin_pass_wo).toBeNull();
  expect(fs.readFileSync(path.join(w.dir, 'terraform.tfstate'), 'utf8')).not.toContain('Wr1te-only-pass');
  expect(await serverStatus(String(w.attrs('novaform_server', 'web').id))).toBe('ACTIVE');
  expect(w.attrs('novaform_server', 'web')).toMatchObject({
    flavor_id: '1',
    image_id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
  });
});

test('a create past its timeout, then a failed build, leave the server tainted; the next apply converges', async () => {
  w.write(HEADER + provider() + server('slow', '  timeouts {\n    create = "1s"\n  }\n'));
  expect((await admin.put('/_novaform/durations', { durations: { build: 60_000 } })).status).toBe(200);
  const timedOut = await w.tf(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(timedOut.code).toBe(1);
  expect(timedOut.stderr).toMatch(/did not become ready/);
  const first = instance('slow');
  expect(first?.status).toBe('tainted');
  expect(await serverStatus(String(first!.attributes.id))).toBe('BUILD');

  // Fast builds again, but the next one fails: the replacement is tainted too, the old one deleted.
  expect((await admin.put('/_novaform/durations', { durations: { build: 0 } })).status).toBe(200);
  expect((await admin.post('/_novaform/fail-next-build', {})).status).toBe(202);
  const failed = await w.tf(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(failed.code).toBe(1);
  expect(failed.stdout).toMatch(/novaform_server\.slow is tainted, so must be replaced/);
  expect(failed.stderr).toMatch(/went to ERROR/);
  const second = instance('slow');
  expect(second?.status).toBe('tainted');
  expect(second!.attributes.id).not.toBe(first!.attributes.id);
  expect(await serverStatus(String(second!.attributes.id))).toBe('ERROR');

  const converged = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(converged.stdout).toMatch(/Resources: 1 added, 0 changed, 1 destroyed/);
  const third = instance('slow');
  expect(third?.status).toBeUndefined();
  expect(await serverStatus(String(third!.attributes.id))).toBe('ACTIVE');
  for (const gone of [first, second])
    expect((await admin.get(`/v2.1/servers/${String(gone!.attributes.id)}?all_tenants=1`)).status).toBe(404);
});

test(
  'a wrong password is a provider diagnostic; OS_* variables configure an empty provider block; ' +
    'import a server by id',
  async () => {
    w.write(HEADER + provider().replace('"demo-secret"', '"wrong-secret"') + server('legacy'));
    const denied = await w.tf(['plan', '-input=false', '-no-color']);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/Error: .*401[\s\S]*with provider\["registry\.terraform\.io\/novaform\/novaform"\]/);

    // Older microversions default the description to the name.
    const demo = (await login(running.url, 'demo')).at('2.96');
    const res = await demo.post('/v2.1/servers', {
      server: {
        name: 'legacy',
        flavorRef: '1',
        imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
        networks: [{ uuid: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def' }],
      },
    });
    expect(res.status).toBe(202);
    const id = res.body.server.id as string;
    const osEnv = {
      OS_AUTH_URL: running.authUrl,
      OS_USERNAME: 'demo',
      OS_PASSWORD: 'demo-secret',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_NAME: 'demo',
      OS_PROJECT_DOMAIN_NAME: 'Default',
    };
    w.write(
      HEADER +
        'provider "novaform" {}\n' +
        server('legacy') +
        `import {\n  to = novaform_server.legacy\n  id = "${id}"\n}\n`,
    );
    const imported = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color'], [0], osEnv);
    // The "slow" server left the configuration.
    expect(imported.stdout).toMatch(/Resources: 1 imported, 0 added, 0 changed, 1 destroyed/);
    expect(w.attrs('novaform_server', 'legacy')).toMatchObject({ id, name: 'legacy', status: 'ACTIVE' });
    const plan = await w.tf(['plan', '-detailed-exitcode', '-input=false', '-no-color'], osEnv);
    expect([plan.code, plan.stdout]).toEqual([0, expect.stringMatching(/No changes/)]);
    expect(fs.existsSync(path.join(w.dir, '.novaform'))).toBe(false); // never fell back to the embedded engine
  },
);

test(
  'attachments and a container group: create, no-op plan, attachments imported by <instance>/<volume> and ' +
    '<instance>/<port>; the server updated in place',
  async () => {
    const attachments = `resource "novaform_volume" "data" {
  name = "data"
  size = 1
}
resource "novaform_volume_attachment" "va" {
  instance_id = novaform_server.legacy.id
  volume_id   = novaform_volume.data.id
}
resource "novaform_interface_attachment" "ia" {
  instance_id = novaform_server.legacy.id
  network_id  = "fb68519f-a7c0-476e-98d4-2e4cf6de6def"
}
${containerGroupHcl('tf-eci', 'Never')}`;
    w.write(HEADER + provider() + server('legacy') + attachments);
    const created = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
    expect(created.stdout).toMatch(/Resources: 4 added, 0 changed, 0 destroyed/);
    const serverId = String(w.attrs('novaform_server', 'legacy').id);
    const va = w.attrs('novaform_volume_attachment', 'va');
    const ia = w.attrs('novaform_interface_attachment', 'ia');
    expect(va.id).toBe(`${serverId}/${String(w.attrs('novaform_volume', 'data').id)}`);
    expect(ia.id).toBe(`${serverId}/${String(ia.port_id)}`);
    expect(String(w.attrs('novaform_container_group', 'cg').id)).toMatch(/^eci-/);
    await w.ok(['plan', '-detailed-exitcode', '-input=false', '-no-color'], [0]);

    // Forget both attachments, then import them back by their composite ids.
    await w.ok(['state', 'rm', 'novaform_volume_attachment.va', 'novaform_interface_attachment.ia']);
    w.write(
      HEADER +
        provider() +
        server('legacy') +
        attachments +
        `import {\n  to = novaform_volume_attachment.va\n  id = "${String(va.id)}"\n}\nimport {\n  to = ` +
        `novaform_interface_attachment.ia\n  id = "${String(ia.id)}"\n}\n`,
    );
    const imported = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
    expect(imported.stdout).toMatch(/Resources: 2 imported, 0 added, 0 changed, 0 destroyed/);
    expect(w.attrs('novaform_volume_attachment', 'va')).toMatchObject({
      id: va.id,
      instance_id: serverId,
      volume_id: va.volume_id,
    });
    expect(w.attrs('novaform_interface_attachment', 'ia')).toMatchObject({
      id: ia.id,
      port_id: ia.port_id,
      network_id: ia.network_id,
    });

    // The server changes in place: metadata and power state, same id.
    w.write(
      HEADER +
        provider() +
        server('legacy', '  metadata    = { role = "api" }\n  power_state = "shutoff"\n') +
        attachments,
    );
    const updated = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
    expect(updated.stdout).toMatch(/novaform_server\.legacy will be updated in-place/);
    expect(updated.stdout).toMatch(/Resources: 0 added, 1 changed, 0 destroyed/);
    expect(w.attrs('novaform_server', 'legacy')).toMatchObject({
      id: serverId,
      status: 'SHUTOFF',
      metadata: { role: 'api' },
    });
    expect(await serverStatus(serverId)).toBe('SHUTOFF');
  },
);
