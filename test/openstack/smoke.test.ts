// Smoke test of the real OpenStack started by `npm run openstack:up`, through plain HTTP: demo logs in,
// finds the seeded flavors, image and networks by the engine's names, boots a server to ACTIVE, stops and
// starts it, deletes it. Skipped loudly when the cloud is absent; a failure in CI (see target.ts).
import { describeRealCloud, login, type CloudSession } from './target';

const CIRROS = 'cirros-0.6.2-x86_64-disk';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeRealCloud('smoke', (cloud) => {
  let demo: CloudSession;
  let serverId: string | undefined;

  /** Polls the server until its status is `want` (ERROR ends the wait early); returns the last status seen. */
  async function waitStatus(want: string, limitMs = 120_000): Promise<string> {
    const deadline = Date.now() + limitMs;
    let status = '';
    while (Date.now() < deadline) {
      const res = await demo.call('compute', 'GET', `/servers/${serverId}`);
      if (res.status === 404) return 'DELETED';
      status = res.body.server.status;
      if (status === want || status === 'ERROR') return status;
      await sleep(500);
    }
    return status;
  }

  beforeAll(async () => {
    demo = await login(cloud.clouds.demo);
  }, 60_000);
  afterAll(async () => {
    if (serverId) await demo.call('compute', 'DELETE', `/servers/${serverId}`);
  });

  test('demo authenticates with the seed password and gets a catalog with every service', () => {
    expect(demo.token).toBeTruthy();
    for (const type of ['compute', 'image', 'network', 'volumev3', 'placement']) {
      expect(demo.endpoint(type)).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    }
  });

  test('flavors, images and networks carry the engine seed names', async () => {
    const flavors = await demo.call('compute', 'GET', '/flavors');
    expect(flavors.status).toBe(200);
    expect(flavors.body.flavors.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining(['m1.tiny', 'm1.small', 'm1.medium', 'c1.large', 'm2.small']),
    );
    const images = await demo.call('image', 'GET', '/v2/images');
    expect(images.status).toBe(200);
    expect(images.body.images.find((i: { name: string }) => i.name === CIRROS)).toMatchObject({ status: 'active' });
    const networks = await demo.call('network', 'GET', '/v2.0/networks');
    expect(networks.status).toBe(200);
    const names = networks.body.networks.map((n: { name: string }) => n.name);
    expect(names).toEqual(expect.arrayContaining(['private', 'b_tt3_td1b']));
    expect(names).not.toContain('alt-private'); // alt_demo's own network is invisible to demo
  }, 60_000);

  test('a server is created to ACTIVE, stopped, started and deleted', async () => {
    const flavor = (await demo.call('compute', 'GET', '/flavors')).body.flavors.find(
      (f: { name: string }) => f.name === 'm1.tiny',
    );
    const image = (await demo.call('image', 'GET', `/v2/images?name=${CIRROS}`)).body.images[0];
    const net = (await demo.call('network', 'GET', '/v2.0/networks?name=private')).body.networks[0];
    const created = await demo.call('compute', 'POST', '/servers', {
      server: { name: 'smoke-vm', flavorRef: flavor.id, imageRef: image.id, networks: [{ uuid: net.id }] },
    });
    expect([created.status, created.text]).toEqual([202, expect.any(String)]);
    serverId = created.body.server.id;
    expect(await waitStatus('ACTIVE')).toBe('ACTIVE');
    const shown = (await demo.call('compute', 'GET', `/servers/${serverId}`)).body.server;
    expect(Object.keys(shown.addresses)).toEqual(['private']);

    const stop = await demo.call('compute', 'POST', `/servers/${serverId}/action`, { 'os-stop': null });
    expect(stop.status).toBe(202);
    expect(await waitStatus('SHUTOFF')).toBe('SHUTOFF');
    const start = await demo.call('compute', 'POST', `/servers/${serverId}/action`, { 'os-start': null });
    expect(start.status).toBe(202);
    expect(await waitStatus('ACTIVE')).toBe('ACTIVE');

    const del = await demo.call('compute', 'DELETE', `/servers/${serverId}`);
    expect(del.status).toBe(204);
    expect(await waitStatus('DELETED')).toBe('DELETED');
    serverId = undefined;
  }, 300_000);
});
