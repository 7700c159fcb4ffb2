// Response shapes against Nova's own API samples (test/fixtures/nova-api-samples, copied from
// openstack/nova doc/api_samples): for each sample, the engine's answer to the same request at the same
// microversion must have exactly the sample's keys, recursively — none extra, none missing.
import { DEFAULT_SEED } from '../../../engine';
import { bootServer, serve, type Client, type Served } from '../../helpers/http';
import { sample, shape, shapeDiff } from './shape';

let s: Served;
let server: string;
let group64: string;
const VOL = 'a26887c6-c47b-4654-abb5-dfadf7d3f803';

beforeAll(async () => {
  s = await serve({
    seed: { ...DEFAULT_SEED, quotas: { projects: { demo: { instances: 100, cores: 200, ram: 1_000_000 } } } },
  });
  server = await bootServer(s.demo, s, { name: 'new-server-test', metadata: { 'My Server Name': 'Apache1' } });
  await s.demo.post(`/v2.1/servers/${server}/os-volume_attachments`, { volumeAttachment: { volumeId: VOL } });
  await s.demo.post(`/v2.1/servers/${server}/action`, { 'os-stop': null });
  s.settle();
  await s.demo.post(`/v2.1/servers/${server}/action`, { 'os-start': null });
  s.settle();
  await s.demo.post('/v2.1/os-keypairs', { keypair: { name: 'shape-kp' } });
  group64 = (
    await s.demo.at('2.64').post('/v2.1/os-server-groups', {
      server_group: { name: 'g', policy: 'anti-affinity', rules: { max_server_per_host: 3 } },
    })
  ).body.server_group.id;
});
afterAll(async () => {
  await s.running.close();
});

const who = (role: 'admin' | 'member'): Client => (role === 'admin' ? s.admin : s.demo);

async function expectShape(c: Client, mv: string | undefined, path: string, fixture: string, ignore: string[] = []) {
  const res = await c.at(mv).get(path);
  expect(res.status).toBe(200);
  const diff = shapeDiff(shape(res.body), shape(sample(fixture))).filter(
    (d) => !ignore.some((i) => d.endsWith(` ${i}`)),
  );
  expect({ fixture, diff }).toEqual({ fixture, diff: [] });
}

describe('servers', () => {
  // Samples taken as admin carry the extended attributes; 2.90+ samples are a member's view.
  test.each([
    ['2.3', 'admin', 'servers/v2.3/server-get-resp.json'],
    ['2.19', 'admin', 'servers/v2.19/server-get-resp.json'],
    ['2.47', 'admin', 'servers/v2.47/server-get-resp.json'],
    ['2.63', 'admin', 'servers/v2.63/server-get-resp.json'],
    ['2.71', 'admin', 'servers/v2.71/server-get-resp.json'],
    ['2.73', 'admin', 'servers/v2.73/server-get-resp.json'],
    ['2.90', 'member', 'servers/v2.90/server-get-resp.json'],
    ['2.96', 'member', 'servers/v2.96/server-get-resp.json'],
  ] as const)('GET /servers/{id} at %s as %s', async (mv, role, fixture) => {
    await expectShape(who(role), mv, `/v2.1/servers/${server}`, fixture);
  });

  test.each([['2.47', 'admin', 'servers/v2.47/servers-details-resp.json']] as const)(
    'GET /servers/detail at %s as %s',
    async (mv, role, fixture) => {
      // The sample is a full page (it has servers_links), so ask for one.
      await expectShape(who(role), mv, '/v2.1/servers/detail?name=^new-server-test$&limit=1&all_tenants=1', fixture);
    },
  );

  test.each([
    ['2.16', 'servers/v2.16/servers-list-resp.json'],
    ['2.47', 'servers/v2.47/servers-list-resp.json'],
    ['2.96', 'servers/v2.96/servers-list-resp.json'],
  ] as const)('GET /servers at %s', async (mv, fixture) => {
    await expectShape(s.demo, mv, '/v2.1/servers?name=^new-server-test$&limit=1', fixture);
  });

  test('POST /servers response', async () => {
    const res = await s.demo.post('/v2.1/servers', {
      server: { name: 'shape-create', flavorRef: '1', imageRef: '70a599e0-31e7-49b7-b260-868f441e862b' },
    });
    expect(res.status).toBe(202);
    expect(shapeDiff(shape(res.body), shape(sample('servers/server-create-resp.json')))).toEqual([]);
  });

  test('GET ips, ips/{network}, metadata, tags', async () => {
    await expectShape(s.demo, undefined, `/v2.1/servers/${server}/ips`, 'server-ips/server-ips-resp.json');
    const byNet = (await s.demo.get(`/v2.1/servers/${server}/ips/private`)).body;
    expect(
      shapeDiff(
        shape(Object.values(byNet)[0]),
        shape(Object.values(sample('server-ips/server-ips-network-resp.json'))[0]),
      ),
    ).toEqual([]);
    await expectShape(
      s.demo,
      undefined,
      `/v2.1/servers/${server}/metadata`,
      'server-metadata/server-metadata-all-resp.json',
    );
    await expectShape(
      s.demo,
      '2.26',
      `/v2.1/servers/${server}/tags`,
      'os-server-tags/v2.26/server-tags-index-resp.json',
    );
  });
});

describe('other resources', () => {
  test.each([
    [undefined, 'flavors/flavor-get-resp.json'],
    ['2.55', 'flavors/v2.55/flavor-get-resp.json'],
    ['2.61', 'flavors/v2.61/flavor-get-resp.json'],
    ['2.75', 'flavors/v2.75/flavor-get-resp.json'],
  ] as const)('GET /flavors/{id} at %s', async (mv, fixture) => {
    await expectShape(s.demo, mv, '/v2.1/flavors/1', fixture);
  });

  test.each([
    [undefined, '/v2.1/flavors', 'flavors/flavors-list-resp.json'],
    [undefined, '/v2.1/flavors/detail', 'flavors/flavors-detail-resp.json'],
    ['2.61', '/v2.1/flavors', 'flavors/v2.61/flavors-list-resp.json'],
    ['2.75', '/v2.1/flavors/detail', 'flavors/v2.75/flavors-detail-resp.json'],
  ] as const)('flavor lists at %s: %s', async (mv, path, fixture) => {
    await expectShape(s.demo, mv, path, fixture);
  });

  test('flavor extra specs', async () => {
    await expectShape(
      s.demo,
      undefined,
      '/v2.1/flavors/1/os-extra_specs',
      'flavor-extra-specs/flavor-extra-specs-list-resp.json',
    );
  });

  test.each([
    [undefined, '/v2.1/os-keypairs', 'os-keypairs/keypairs-list-resp.json'],
    [undefined, '/v2.1/os-keypairs/shape-kp', 'os-keypairs/keypairs-get-resp.json'],
  ] as const)('keypairs at %s: %s', async (mv, path, fixture) => {
    await expectShape(s.demo, mv, path, fixture);
  });

  test.each([
    [undefined, 'os-keypairs/keypairs-post-resp.json'],
    ['2.2', 'os-keypairs/v2.2/keypairs-post-resp.json'],
  ] as const)('keypair create at %s', async (mv, fixture) => {
    const res = await s.demo
      .at(mv)
      .post('/v2.1/os-keypairs', { keypair: { name: `shape-${(mv ?? '2.1').replace('.', '_')}` } });
    expect(shapeDiff(shape(res.body), shape(sample(fixture)))).toEqual([]);
  });

  test('keypair import at 2.92', async () => {
    const pub = (await s.demo.get('/v2.1/os-keypairs/shape-kp')).body.keypair.public_key;
    const res = await s.demo
      .at('2.92')
      .post('/v2.1/os-keypairs', { keypair: { name: 'shape-imported', public_key: pub, type: 'ssh' } });
    expect(shapeDiff(shape(res.body), shape(sample('os-keypairs/v2.92/keypairs-import-post-resp.json')))).toEqual([]);
  });

  test.each([
    [undefined, 'os-volumes/volume-attachment-detail-resp.json'],
    ['2.89', 'os-volumes/v2.89/volume-attachment-detail-resp.json'],
  ] as const)('volume attachment show at %s', async (mv, fixture) => {
    await expectShape(s.demo, mv, `/v2.1/servers/${server}/os-volume_attachments/${VOL}`, fixture);
  });

  test.each([
    [undefined, 'os-volumes/list-volume-attachments-resp.json'],
    ['2.79', 'os-volumes/v2.79/list-volume-attachments-resp.json'],
  ] as const)('volume attachment list at %s', async (mv, fixture) => {
    await expectShape(s.demo, mv, `/v2.1/servers/${server}/os-volume_attachments`, fixture);
  });

  test.each([
    [undefined, 'os-volumes/attach-volume-to-server-resp.json'],
    ['2.49', 'os-volumes/v2.49/attach-volume-to-server-resp.json'],
    ['2.70', 'os-volumes/v2.70/attach-volume-to-server-resp.json'],
    ['2.79', 'os-volumes/v2.79/attach-volume-to-server-resp.json'],
    ['2.89', 'os-volumes/v2.89/attach-volume-to-server-resp.json'],
  ] as const)('volume attach response at %s', async (mv, fixture) => {
    const other = await bootServer(s.demo, s, { name: `attach-${mv}` });
    const vol = s.running.engine.volumes.create(s.running.engine.callerFor('demo'), { size: 1 });
    const res = await s.demo
      .at(mv)
      .post(`/v2.1/servers/${other}/os-volume_attachments`, { volumeAttachment: { volumeId: vol.id } });
    expect(res.status).toBe(200);
    expect(shapeDiff(shape(res.body), shape(sample(fixture)))).toEqual([]);
  });

  test.each([
    [undefined, '/v2.1/os-server-groups', 'os-server-groups/server-groups-list-resp.json'],
    ['2.64', '/v2.1/os-server-groups', 'os-server-groups/v2.64/server-groups-list-resp.json'],
  ] as const)('server groups at %s', async (mv, path, fixture) => {
    await expectShape(s.demo, mv, path, fixture);
  });

  test('server group show and 2.13 create', async () => {
    await expectShape(
      s.demo,
      undefined,
      `/v2.1/os-server-groups/${group64}`,
      'os-server-groups/server-groups-get-resp.json',
    );
    const res = await s.demo
      .at('2.13')
      .post('/v2.1/os-server-groups', { server_group: { name: 'g13', policies: ['affinity'] } });
    expect(shapeDiff(shape(res.body), shape(sample('os-server-groups/v2.13/server-groups-post-resp.json')))).toEqual(
      [],
    );
    const r64 = await s.demo.at('2.64').post('/v2.1/os-server-groups', {
      server_group: { name: 'g64', policy: 'anti-affinity', rules: { max_server_per_host: 2 } },
    });
    expect(shapeDiff(shape(r64.body), shape(sample('os-server-groups/v2.64/server-groups-post-resp.json')))).toEqual(
      [],
    );
  });

  // The stored 2.1 limits sample predates the used-limits fields Nova returns; only 2.36's is current.
  test.each([['2.36', 'limits/v2.36/limit-get-resp.json']] as const)('limits at %s', async (mv, fixture) => {
    await expectShape(s.demo, mv, '/v2.1/limits', fixture);
  });

  test('availability zones (admin detail)', async () => {
    await expectShape(
      s.admin,
      undefined,
      '/v2.1/os-availability-zone/detail',
      'os-availability-zone/availability-zone-detail-resp.json',
    );
  });

  test.each([
    ['2.33', '/v2.1/os-hypervisors', 'os-hypervisors/v2.33/hypervisors-list-resp.json'],
    ['2.53', '/v2.1/os-hypervisors', 'os-hypervisors/v2.53/hypervisors-list-resp.json'],
    ['2.88', '/v2.1/os-hypervisors', 'os-hypervisors/v2.88/hypervisors-list-resp.json'],
    ['2.88', '/v2.1/os-hypervisors/detail', 'os-hypervisors/v2.88/hypervisors-detail-resp.json'],
  ] as const)('hypervisors at %s: %s', async (mv, path, fixture) => {
    // The list samples page with hypervisors_links; a full list has none.
    await expectShape(s.admin, mv, path, fixture, ['hypervisors_links']);
  });

  test.each([
    ['2.53', 'os-hypervisors/v2.53/hypervisors-show-resp.json'],
    ['2.88', 'os-hypervisors/v2.88/hypervisors-show-resp.json'],
  ] as const)('hypervisor show at %s', async (mv, fixture) => {
    const list = (await s.admin.at(mv).get('/v2.1/os-hypervisors')).body.hypervisors;
    await expectShape(s.admin, mv, `/v2.1/os-hypervisors/${list[0].id}`, fixture);
  });

  test.each([
    [undefined, 'os-instance-actions/instance-action-get-resp.json'],
    ['2.58', 'os-instance-actions/v2.58/instance-action-get-resp.json'],
    ['2.84', 'os-instance-actions/v2.84/instance-action-get-resp.json'],
  ] as const)('instance action show at %s (admin)', async (mv, fixture) => {
    const list = (await s.admin.at(mv).get(`/v2.1/servers/${server}/os-instance-actions`)).body.instanceActions;
    const stop = list.find((a: { action: string }) => a.action === 'stop');
    await expectShape(s.admin, mv, `/v2.1/servers/${server}/os-instance-actions/${stop.request_id}`, fixture);
  });

  test.each([
    [undefined, 'os-instance-actions/instance-actions-list-resp.json'],
    ['2.58', 'os-instance-actions/v2.58/instance-actions-list-resp.json'],
  ] as const)('instance action list at %s', async (mv, fixture) => {
    await expectShape(s.demo, mv, `/v2.1/servers/${server}/os-instance-actions`, fixture, ['links']);
  });

  test('image proxy', async () => {
    // OS-DCF:diskConfig appears only for images with an auto_disk_config property, as in the sample's image.
    await expectShape(
      s.demo,
      undefined,
      '/v2.1/images/70a599e0-31e7-49b7-b260-868f441e862b',
      'images/image-get-resp.json',
      ['image.OS-DCF:diskConfig', 'image.server'],
    );
    await expectShape(s.demo, undefined, '/v2.1/images', 'images/images-list-get-resp.json');
  });

  test('version documents', async () => {
    const root = await (await fetch(`${s.url}/`)).json();
    expect(shapeDiff(shape(root), shape(sample('versions/versions-get-resp.json')))).toEqual([]);
    const v21 = await (await fetch(`${s.url}/v2.1`)).json();
    expect(shapeDiff(shape(v21), shape(sample('versions/v21-version-get-resp.json')))).toEqual([]);
  });
});
