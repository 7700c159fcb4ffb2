// Issue #17's defects as a terraform-provider-openstack user hits them, through the real `terraform` CLI
// against a served engine: what reaches Nova is read back with an admin client.
import { startEngine, type RunningEngine } from '../../../engine';
import { login, type Client } from '../../helpers/http';
import { recordingProxy } from '../../helpers/recording-proxy';
import { demoProvider, HEADER, Workdir } from './terraform';

jest.setTimeout(300_000);

let running: RunningEngine;
let admin: Client;
const dirs: Workdir[] = [];

beforeAll(async () => {
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:' });
  admin = (await login(running.url, 'admin')).at('2.96');
});
afterAll(async () => {
  for (const w of dirs) w.cleanup();
  await running.close();
});

/** A fresh working directory with the demo provider. */
function workdir(): Workdir {
  const w = Workdir.create();
  dirs.push(w);
  return w;
}

const server = (
  name: string,
  extra = '',
  network = '  network {\n    uuid = "fb68519f-a7c0-476e-98d4-2e4cf6de6def"\n  }\n',
) =>
  `resource "novaform_server" "${name}" {
  name      = "${name}"
  flavor_id = "1"
  image_id  = "9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c"
${network}${extra}}
`;

const apply = ['apply', '-auto-approve', '-input=false', '-no-color'];
const plan = ['plan', '-input=false', '-no-color', '-detailed-exitcode'];
const nova = async (id: unknown) => (await admin.get(`/v2.1/servers/${String(id)}?all_tenants=1`)).body.server;

const CLOUD_CONFIG = '#cloud-config\npackages:\n  - nginx\n';
const ENCODED = Buffer.from(CLOUD_CONFIG).toString('base64');

test('user_data: base64 is sent as it is, plain text encoded once; a change of spelling replaces nothing', async () => {
  const w = workdir();
  const hcl = (plain: string, encoded: string) =>
    HEADER +
    demoProvider(running.authUrl) +
    server('plain', `  user_data = ${plain}\n`) +
    server('encoded', `  user_data = ${encoded}\n`);
  w.write(hcl('local.cc', 'base64encode(local.cc)') + `locals {\n  cc = ${JSON.stringify(CLOUD_CONFIG)}\n}\n`);
  await w.ok(['init', '-input=false', '-no-color']);
  await w.ok(apply);
  for (const name of ['plain', 'encoded'])
    expect([name, (await nova(w.attrs('novaform_server', name).id))['OS-EXT-SRV-ATTR:user_data']]).toEqual([
      name,
      ENCODED,
    ]);
  // Each server's user data in the other spelling: the same bytes reach the guest, so no replacement.
  w.write(hcl('base64encode(local.cc)', 'local.cc') + `locals {\n  cc = ${JSON.stringify(CLOUD_CONFIG)}\n}\n`);
  const ids = ['plain', 'encoded'].map((n) => w.attrs('novaform_server', n).id);
  const swapped = await w.ok(plan, [0, 2]);
  expect(swapped.stdout).not.toMatch(/must be replaced|forces replacement/);
  await w.ok(apply);
  expect(['plain', 'encoded'].map((n) => w.attrs('novaform_server', n).id)).toEqual(ids);
  expect((await w.ok(plan, [0])).code).toBe(0);
  // Different content is a replacement.
  w.write(hcl('"#cloud-config\\n"', 'local.cc') + `locals {\n  cc = ${JSON.stringify(CLOUD_CONFIG)}\n}\n`);
  expect((await w.ok(plan, [2])).stdout).toMatch(/novaform_server\.plain must be replaced/);
});

test("user_data: the size is checked on the base64 form, against Nova's 65535-byte limit", async () => {
  const w = workdir();
  // 50,000 bytes of text (not base64: it has spaces) are 66,668 once encoded: Nova refuses them, so validation must.
  w.write('a '.repeat(25_000), 'big.txt');
  w.write(HEADER + demoProvider(running.authUrl) + server('big', '  user_data = file("big.txt")\n'));
  await w.ok(['init', '-input=false', '-no-color']);
  const big = await w.tf(plan);
  expect(big.code).toBe(1);
  expect(big.stderr).toMatch(/user_data:? is 66668 bytes once base64-encoded; Nova's limit is 65535 bytes of base64/);
  // 49,000 bytes encode to 65,336: accepted and sent.
  w.write('a '.repeat(24_500), 'big.txt');
  await w.ok(apply);
  expect((await nova(w.attrs('novaform_server', 'big').id))['OS-EXT-SRV-ATTR:user_data']).toHaveLength(65336);
});

test('fixed_ip_v4 and fixed_ip_v6 on one NIC are refused at validation, naming both fields', async () => {
  const w = workdir();
  const nic =
    '  network {\n    uuid        = "fb68519f-a7c0-476e-98d4-2e4cf6de6def"\n' +
    '    fixed_ip_v4 = "10.0.0.50"\n    fixed_ip_v6 = "fd00::50"\n  }\n';
  w.write(HEADER + demoProvider(running.authUrl) + server('dual', '', nic));
  await w.ok(['init', '-input=false', '-no-color']);
  const r = await w.tf(plan);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/network\[0\]\.fixed_ip_v6:? conflicts with network\[0\]\.fixed_ip_v4/);
  expect(r.stderr).toMatch(/one fixed IP per NIC/);
});

test('a rebuild (new image) sends the write-only admin_pass_wo', async () => {
  const proxy = await recordingProxy(running.url);
  try {
    const w = workdir();
    const wo = '  admin_pass_wo         = "Wr1te-only-rebuild"\n  admin_pass_wo_version = 1\n';
    const hcl = (image: string) =>
      HEADER + demoProvider(proxy.authUrl) + server('rebuilt', wo).replace(/image_id {2}= "[^"]+"/, image);
    w.write(hcl('image_id  = "9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c"'));
    await w.ok(['init', '-input=false', '-no-color']);
    await w.ok(apply);
    w.write(hcl('image_name = "ubuntu-24.04-server"'));
    const r = await w.ok(apply);
    expect(r.stdout).toMatch(/1 changed/);
    const rebuilds = proxy.requests
      .filter((q) => q.method === 'POST' && q.path.endsWith('/action') && q.body.includes('"rebuild"'))
      .map((q) => JSON.parse(q.body).rebuild);
    expect(rebuilds).toHaveLength(1);
    expect(rebuilds[0].adminPass).toBe('Wr1te-only-rebuild');
    expect(w.attrs('novaform_server', 'rebuilt').admin_pass_wo).toBeNull();
  } finally {
    await proxy.close();
  }
});

test('availability_zone = "zone:host" (a forced host) is not drift: the zone part is compared', async () => {
  const hosts = ((await admin.get('/_novaform/hosts')).body.hosts as { name: string; az: string }[]).map((h) => ({
    name: h.name,
    zone: h.az,
  }));
  const host = hosts.find((h) => h.zone === 'eu-de-01') ?? hosts[0];
  const w = workdir();
  const adminProvider = demoProvider(running.authUrl)
    .replace('"demo"\n  password            = "demo-secret"', '"admin"\n  password            = "admin-secret"')
    .replace('project_name        = "demo"', 'project_name        = "admin"');
  w.write(
    HEADER +
      adminProvider +
      server('pinned', `  availability_zone = "${host.zone}:${host.name}"\n`, '  network_mode = "none"\n'),
  );
  await w.ok(['init', '-input=false', '-no-color']);
  await w.ok(apply);
  const view = await nova(w.attrs('novaform_server', 'pinned').id);
  expect(view['OS-EXT-AZ:availability_zone']).toBe(host.zone);
  expect(view['OS-EXT-SRV-ATTR:host']).toBe(host.name);
  const again = await w.tf(plan);
  expect([again.code, again.stdout]).toEqual([0, expect.stringMatching(/No changes/)]);
  // Another zone is still a replacement.
  const other = hosts.find((h) => h.zone !== host.zone)!;
  w.write(
    HEADER + adminProvider + server('pinned', `  availability_zone = "${other.zone}"\n`, '  network_mode = "none"\n'),
  );
  expect((await w.ok(plan, [2])).stdout).toMatch(/must be replaced/);
});

test("growing an attached volume sends Cinder's volume 3.42, and says plainly where the cloud lacks it", async () => {
  const proxy = await recordingProxy(running.url);
  try {
    const w = workdir();
    const hcl = (size: number) =>
      HEADER +
      demoProvider(proxy.authUrl) +
      server('holder') +
      `resource "novaform_volume" "data" {\n  name = "data"\n  size = ${size}\n}\n` +
      'resource "novaform_volume_attachment" "att" {\n' +
      '  instance_id = novaform_server.holder.id\n  volume_id   = novaform_volume.data.id\n}\n';
    w.write(hcl(1));
    await w.ok(['init', '-input=false', '-no-color']);
    await w.ok(apply);
    const id = String(w.attrs('novaform_volume', 'data').id);
    w.write(hcl(2));
    expect((await w.ok(apply)).stdout).toMatch(/1 changed/);
    const extends_ = proxy.requests.filter((q) => q.path.endsWith(`/volumes/${id}/action`));
    expect(extends_.map((q) => q.headers['openstack-api-version'])).toEqual(['volume 3.42']);
    const demo = await login(running.url, 'demo');
    const cinder = await demo.get(`/volume/v3/${demo.projectId}/volumes/${id}`);
    expect(cinder.body.volume).toMatchObject({ size: 2, status: 'in-use' });

    // A cloud whose Cinder stops before 3.42 refuses the version: the error says what is missing and what to do.
    const fault = await admin.post('/_novaform/faults', {
      method: 'POST',
      path: '/volume/v3/*/volumes/*/action',
      status: 406,
      message: 'Version 3.42 is not supported by the API. Minimum is 3.0 and maximum is 3.27.',
    });
    expect(fault.status).toBe(201);
    w.write(hcl(3));
    const old = await w.tf(apply);
    expect(old.code).toBe(1);
    expect(old.stderr.replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        'volume \\S+ is attached \\(in-use\\), and growing an attached volume needs Cinder microversion 3\\.42, ' +
          'which this cloud does not offer',
      ),
    );
    await admin.delete('/_novaform/faults');
  } finally {
    await proxy.close();
  }
});
