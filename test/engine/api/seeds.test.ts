// Replays every request example of seeds 000 (ECS developer guide, legacy /v2 paths) and 001 (云主机 API
// reference, /v2.1) against the served engine, with only the tenant/project id substituted, and checks the
// documented success codes and response fields. One deviation from "verbatim": seed 001's first create
// example has a trailing comma, which no JSON parser accepts; it is removed.
import { serve, type Client, type Served } from '../../helpers/http';
import { NOVA_SAMPLE_PUBLIC_KEY } from '../../helpers/keys';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.running.close();
});

const SEED_TENANT_000 = '74610f3a5ad941998e91f076297ecf27';
const sub = (path: string, c: Client) =>
  path.replace(SEED_TENANT_000, c.projectId).replace('{project_id}', c.projectId);
const hasFields = (obj: Record<string, unknown>, fields: string[]) =>
  expect(Object.keys(obj)).toEqual(expect.arrayContaining(fields));

describe('seed 000: ECS developer guide over /v2/{tenant_id}', () => {
  let serverId: string;

  test('GET flavors/detail lists c1.2xlarge exactly as documented', async () => {
    const res = await s.demo.get(sub(`/v2/${SEED_TENANT_000}/flavors/detail`, s.demo));
    expect(res.status).toBe(200);
    const f = res.body.flavors.find((x: { id: string }) => x.id === 'c1.2xlarge');
    expect(f).toMatchObject({
      name: 'c1.2xlarge',
      ram: 8192,
      'OS-FLV-DISABLED:disabled': false,
      vcpus: 8,
      swap: '',
      'os-flavor-access:is_public': true,
      rxtx_factor: 1,
      'OS-FLV-EXT-DATA:ephemeral': 0,
      disk: 0,
      id: 'c1.2xlarge',
    });
    expect(f.links.map((l: { rel: string; href: string }) => [l.rel, l.href])).toEqual([
      ['self', `${s.url}/v2/${s.demo.projectId}/flavors/c1.2xlarge`],
      ['bookmark', `${s.url}/${s.demo.projectId}/flavors/c1.2xlarge`],
    ]);
  });

  test('GET images/detail shows the DBS-MySQL image with its metadata', async () => {
    const res = await s.demo.get(sub(`/v2/${SEED_TENANT_000}/images/detail`, s.demo));
    expect(res.status).toBe(200);
    const img = res.body.images.find((i: { id: string }) => i.id === '11e8f727-d439-4ed1-b3b8-33f46c0379c4');
    expect(img).toMatchObject({
      name: 'DBS-MySQL-Image_2.1.3.3',
      minDisk: 40,
      minRam: 0,
      status: 'ACTIVE',
      progress: 100,
      'OS-EXT-IMG-SIZE:size': 0,
    });
    expect(img.metadata).toMatchObject({
      __os_type: 'Linux',
      __platform: 'EulerOS',
      __os_version: 'EulerOS 2.2 64bit',
    });
    expect(img.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'bookmark', 'alternate']);
    hasFields(img, ['created', 'updated']);
  });

  test('GET os-networks lists b_tt3_td1b with the nova-network fields', async () => {
    const res = await s.demo.get(sub(`/v2/${SEED_TENANT_000}/os-networks`, s.demo));
    expect(res.status).toBe(200);
    const n = res.body.networks.find((x: { id: string }) => x.id === '07a9557d-4256-48ae-847c-415a9c8f7ff6');
    expect(n).toMatchObject({
      label: 'b_tt3_td1b',
      broadcast: null,
      dns1: null,
      dns2: null,
      netmask: null,
      cidr_v6: null,
      gateway_v6: null,
      netmask_v6: null,
    });
  });

  test('POST os-keypairs creates demo1 (generated) and imports demo2 with the documented fingerprint', async () => {
    const created = await s.demo.post(sub(`/v2/${SEED_TENANT_000}/os-keypairs`, s.demo), {
      keypair: { type: 'ssh', name: 'demo1', user_id: 'fake' },
    });
    expect(created.status).toBe(200);
    hasFields(created.body.keypair, ['public_key', 'private_key', 'user_id', 'name', 'fingerprint']);
    expect(created.body.keypair.public_key).toMatch(/^ssh-rsa \S+ Generated-by-Nova\n$/);
    expect(created.body.keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    const imported = await s.demo.post(sub(`/v2/${SEED_TENANT_000}/os-keypairs`, s.demo), {
      keypair: {
        public_key: NOVA_SAMPLE_PUBLIC_KEY,
        type: 'ssh',
        name: 'demo2',
        user_id: 'fake',
      },
    });
    expect(imported.status).toBe(200);
    expect(imported.body.keypair).toMatchObject({
      name: 'demo2',
      fingerprint: 'dd:44:45:49:d9:f6:4f:c0:24:2d:81:aa:c4:4b:83:c2',
    });
    expect(imported.body.keypair.private_key).toBeUndefined();
  });

  test('POST servers boots zttestvm1 from a SATA volume with string-typed BDM fields', async () => {
    const res = await s.demo.post(sub(`/v2/${SEED_TENANT_000}/servers`, s.demo), {
      server: {
        flavorRef: 'c1.large',
        name: 'zttestvm1',
        block_device_mapping_v2: [
          {
            source_type: 'image',
            destination_type: 'volume',
            volume_type: 'SATA',
            volume_size: '40',
            delete_on_termination: 'true',
            uuid: '11e8f727-d439-4ed1-b3b8-33f46c0379c4',
            boot_index: '0',
          },
        ],
        networks: [{ uuid: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def' }],
        key_name: 'demo2',
        availability_zone: 'eu-de-01',
      },
    });
    expect(res.status).toBe(202);
    expect(res.body.server).toMatchObject({ security_groups: [{ name: 'default' }], 'OS-DCF:diskConfig': 'MANUAL' });
    hasFields(res.body.server, ['links', 'id', 'adminPass']);
    expect(res.body.server.links[0].href).toBe(`${s.url}/v2/${s.demo.projectId}/servers/${res.body.server.id}`);
    serverId = res.body.server.id;
    s.settle();
  });

  test('GET servers/{id} shows the ACTIVE server with the documented fields', async () => {
    const res = await s.demo.get(sub(`/v2/${SEED_TENANT_000}/servers/${serverId}`, s.demo));
    expect(res.status).toBe(200);
    const v = res.body.server;
    expect(v).toMatchObject({
      tenant_id: s.demo.projectId,
      metadata: {},
      'OS-EXT-STS:task_state': null,
      'OS-DCF:diskConfig': 'MANUAL',
      'OS-EXT-AZ:availability_zone': 'eu-de-01',
      'OS-EXT-STS:power_state': 1,
      id: serverId,
      accessIPv4: '',
      accessIPv6: '',
      flavor: { id: 'c1.large' },
      image: { id: '11e8f727-d439-4ed1-b3b8-33f46c0379c4' },
      security_groups: [{ name: 'default' }],
      config_drive: '',
      'OS-EXT-STS:vm_state': 'active',
      name: 'zttestvm1',
      progress: 0,
      status: 'ACTIVE',
      'OS-SRV-USG:terminated_at': null,
      key_name: 'demo2',
    });
    hasFields(v, [
      'addresses',
      'links',
      'os-extended-volumes:volumes_attached',
      'OS-EXT-SRV-ATTR:host',
      'created',
      'hostId',
      'OS-EXT-SRV-ATTR:hypervisor_hostname',
      'OS-EXT-SRV-ATTR:instance_name',
      'user_id',
      'OS-SRV-USG:launched_at',
      'updated',
    ]);
    expect(v['os-extended-volumes:volumes_attached']).toHaveLength(1);
    expect(v.addresses.private[0]).toMatchObject({ 'OS-EXT-IPS:type': 'fixed', version: 4 });
    expect(v['OS-SRV-USG:launched_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });
});

describe('seed 001: 云主机 API reference over /v2.1/{project_id}', () => {
  const act = (c: Client, id: string, body: unknown, mv?: string, path = `/v2.1/{project_id}/servers/${id}/action`) =>
    c.at(mv).post(sub(path, c), body);
  const boot = async (c: Client, extra: Record<string, unknown> = {}) => {
    const res = await c.post(sub('/v2.1/{project_id}/servers', c), {
      server: { name: 'seed-vm', flavorRef: '1', imageRef: '70a599e0-31e7-49b7-b260-868f441e862b', ...extra },
    });
    expect(res.status).toBe(202);
    s.settle();
    return res.body.server.id as string;
  };

  test('GET servers/detail?all_tenants=1 (admin)', async () => {
    const res = await s.admin.get(sub('/v2.1/{project_id}/servers/detail?all_tenants=1', s.admin));
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.servers)).toBe(true);
  });

  test(
    'create example 1 (no networks, personality, user_data "fake_user_data") ' + 'and example 2 (networks auto, v2.37)',
    async () => {
      const one = await s.demo.post(sub('/v2.1/{project_id}/servers', s.demo), {
        server: {
          accessIPv4: '1.2.3.4',
          accessIPv6: '80fe::',
          name: 'new-server-test',
          imageRef: '70a599e0-31e7-49b7-b260-868f441e862b',
          flavorRef: '1',
          availability_zone: 'us-west',
          'OS-DCF:diskConfig': 'AUTO',
          metadata: { 'My Server Name': 'Apache1' },
          personality: [{ path: '/etc/banner.txt', contents: 'fake_contents' }],
          security_groups: [{ name: 'default' }],
          user_data: 'fake_user_data',
        },
      });
      expect(one.status).toBe(202);
      expect(Object.keys(one.body.server).sort()).toEqual([
        'OS-DCF:diskConfig',
        'adminPass',
        'id',
        'links',
        'security_groups',
      ]);
      expect(one.body.server['OS-DCF:diskConfig']).toBe('AUTO');
      const two = await s.demo.at('2.37').post(sub('/v2.1/{project_id}/servers', s.demo), {
        server: {
          name: 'auto-allocate-network',
          imageRef: '70a599e0-31e7-49b7-b260-868f441e862b',
          flavorRef: 'http://openstack.example.com/flavors/1',
          networks: 'auto',
        },
      });
      expect(two.status).toBe(202);
      s.settle();
      const shown = (await s.demo.get(`/v2.1/servers/${one.body.server.id}`)).body.server;
      expect(shown).toMatchObject({
        status: 'ACTIVE',
        accessIPv4: '1.2.3.4',
        'OS-EXT-AZ:availability_zone': 'us-west',
        metadata: { 'My Server Name': 'Apache1' },
      });
      expect(Object.keys((await s.demo.get(`/v2.1/servers/${two.body.server.id}`)).body.server.addresses)).toEqual([
        'private',
      ]);
    },
  );

  test("power actions with the examples' bodies (values true, reboot SOFT) answer 202 with no body", async () => {
    const id = await boot(s.demo);
    for (const body of [
      { 'os-stop': true },
      { 'os-start': true },
      { reboot: { type: 'SOFT' } },
      { pause: true },
      { unpause: true },
      { suspend: true },
      { resume: true },
    ]) {
      const res = await act(s.demo, id, body);
      expect([Object.keys(body)[0], res.status, res.text]).toEqual([Object.keys(body)[0], 202, '']);
      s.settle();
    }
  });

  test(
    'rename (PUT 200), resize to flavor 214 (202), createImage (202), lock/unlock (202), ' +
      'rebuild (202), delete (204)',
    async () => {
      const id = await boot(s.demo);
      expect(
        (await s.demo.put(sub(`/v2.1/{project_id}/servers/${id}`, s.demo), { server: { name: 'instance-rename' } }))
          .status,
      ).toBe(200);
      expect((await act(s.demo, id, { resize: { flavorRef: '214' } })).status).toBe(202);
      s.settle();
      expect((await act(s.demo, id, { confirmResize: null })).status).toBe(204);
      s.settle();
      expect(
        (await act(s.demo, id, { createImage: { name: 'zhz111-snapshot1', metadata: { description: '' } } })).status,
      ).toBe(202);
      s.settle();
      expect((await act(s.demo, id, { lock: null })).status).toBe(202);
      expect((await act(s.demo, id, { unlock: null })).status).toBe(202);
      const rebuild = await act(s.demo, id, {
        rebuild: {
          imageRef: '70a599e0-31e7-49b7-b260-868f441e862b',
          name: 'foobar',
          adminPass: 'seekr3t',
          metadata: { meta_var: 'meta_val' },
        },
      });
      expect(rebuild.status).toBe(202);
      expect(rebuild.body.server).toMatchObject({
        name: 'foobar',
        metadata: { meta_var: 'meta_val' },
        adminPass: 'seekr3t',
      });
      s.settle();
      expect((await s.demo.delete(sub(`/v2.1/{project_id}/servers/${id}`, s.demo))).status).toBe(204);
    },
  );

  test('attach the example port and volume; detach both (by volume id as attachment id)', async () => {
    const id = await boot(s.demo);
    const port = await s.demo.post(sub(`/v2.1/{project_id}/servers/${id}/os-interface`, s.demo), {
      interfaceAttachment: { port_id: 'ce155147-9d3b-4c09-9079-da8de0d38df8' },
    });
    expect(port.status).toBe(200);
    hasFields(port.body.interfaceAttachment, ['fixed_ips', 'mac_addr', 'net_id', 'port_id', 'port_state']);
    hasFields(port.body.interfaceAttachment.fixed_ips[0], ['ip_address', 'subnet_id']);
    expect(
      (
        await s.demo.delete(
          sub(`/v2.1/{project_id}/servers/${id}/os-interface/ce155147-9d3b-4c09-9079-da8de0d38df8`, s.demo),
        )
      ).status,
    ).toBe(202);
    const vol = await s.demo.post(sub(`/v2.1/{project_id}/servers/${id}/os-volume_attachments`, s.demo), {
      volumeAttachment: { volumeId: 'a26887c6-c47b-4654-abb5-dfadf7d3f803', device: '/dev/vdd' },
    });
    expect(vol.status).toBe(200);
    expect(vol.body.volumeAttachment).toEqual({
      device: '/dev/vdd',
      id: 'a26887c6-c47b-4654-abb5-dfadf7d3f803',
      serverId: id,
      volumeId: 'a26887c6-c47b-4654-abb5-dfadf7d3f803',
    });
    expect(
      (
        await s.demo.delete(
          sub(`/v2.1/{project_id}/servers/${id}/os-volume_attachments/a26887c6-c47b-4654-abb5-dfadf7d3f803`, s.demo),
        )
      ).status,
    ).toBe(202);
  });

  // These rows give the path relative to the compute endpoint (`/servers/{id}/action`): served without the
  // project segment.
  test(
    'admin examples on the endpoint-relative /servers path: ' +
      'migrate to node-1, live-migrate to node-2, evacuate, reset state',
    async () => {
      const id = await boot(s.admin, { availability_zone: 'default-az:node-3.domain.tld' });
      const migrate = await act(
        s.admin,
        id,
        { migrate: { host: 'node-1.domain.tld' } },
        '2.56',
        `/v2.1/servers/${id}/action`,
      );
      expect(migrate.status).toBe(202);
      s.settle();
      await act(s.admin, id, { confirmResize: null });
      s.settle();
      expect((await s.admin.get(`/v2.1/servers/${id}`)).body.server['OS-EXT-SRV-ATTR:host']).toBe('node-1.domain.tld');
      const live = await act(
        s.admin,
        id,
        { 'os-migrateLive': { block_migration: 'auto', host: 'node-2.domain.tld' } },
        '2.25',
        `/v2.1/servers/${id}/action`,
      );
      expect(live.status).toBe(202);
      s.settle();
      expect((await s.admin.get(`/v2.1/servers/${id}`)).body.server['OS-EXT-SRV-ATTR:host']).toBe('node-2.domain.tld');
      s.running.engine.hosts.set(s.running.engine.callerFor('admin'), 'node-2.domain.tld', { up: false });
      const evacuate = await act(s.admin, id, { evacuate: {} }, '2.25', `/v2.1/servers/${id}/action`);
      expect(evacuate.status).toBe(200);
      s.settle();
      s.running.engine.hosts.set(s.running.engine.callerFor('admin'), 'node-2.domain.tld', { up: true });
      expect((await act(s.admin, id, { 'os-resetState': { state: 'active' } })).status).toBe(202);
    },
  );
});
