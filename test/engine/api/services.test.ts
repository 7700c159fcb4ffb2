// Glance v2, Neutron v2.0 and Cinder v3 as the OpenStack clients use them: discovery, lookups by name or
// id (JSON 404 first, then ?name=), and records kept consistent with the compute side.
import { bootServer, serve, type Served } from '../../helpers/http';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.running.close();
});

describe('Glance', () => {
  test('version document answers 300; images list, filter, page with next, show', async () => {
    const root = await fetch(`${s.url}/image`);
    expect(root.status).toBe(300);
    expect((await root.json()).versions[0]).toMatchObject({ id: 'v2.16', status: 'CURRENT' });
    const all = await s.demo.get('/image/v2/images');
    expect(all.body.images.map((i: { name: string }) => i.name)).toEqual(
      expect.arrayContaining(['cirros-0.6.2-x86_64-disk', 'DBS-MySQL-Image_2.1.3.3']),
    );
    expect(all.body.next).toBeUndefined();
    const byName = await s.demo.get('/image/v2/images?name=cirros-0.6.2-x86_64-disk');
    expect(byName.body.images).toHaveLength(1);
    expect(byName.body.images[0]).toMatchObject({
      status: 'active',
      visibility: 'public',
      min_disk: 0,
      disk_format: 'qcow2',
    });
    const page = await s.demo.get('/image/v2/images?limit=2');
    expect(page.body.images).toHaveLength(2);
    const next = await s.demo.get(`/image${page.body.next}`);
    expect(next.body.images[0].id).not.toBe(page.body.images[0].id);
    expect((await s.demo.get('/image/v2/images/cirros')).status).toBe(404);
    expect((await s.demo.get('/image/v2/images/9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c')).body.name).toBe(
      'cirros-0.6.2-x86_64-disk',
    );
  });

  test('snapshots taken with createImage appear, private to their project', async () => {
    const id = await bootServer(s.demo, s);
    const snap = await s.demo
      .at('2.45')
      .post(`/v2.1/servers/${id}/action`, { createImage: { name: 'glance-visible' } });
    s.settle();
    const img = await s.demo.get(`/image/v2/images/${snap.body.image_id}`);
    expect(img.body).toMatchObject({
      name: 'glance-visible',
      status: 'active',
      visibility: 'private',
      owner: s.demo.projectId,
      instance_uuid: id,
    });
    expect((await s.alt.get(`/image/v2/images/${snap.body.image_id}`)).status).toBe(404);
  });

  test('a token is required', async () => {
    expect((await fetch(`${s.url}/image/v2/images`)).status).toBe(401);
  });
});

describe('Neutron', () => {
  test('lookup by name: JSON 404 on the name, then an exact ?name= filter', async () => {
    const miss = await s.demo.get('/network/v2.0/networks/private');
    expect(miss.status).toBe(404);
    expect(miss.body.NeutronError.type).toBe('NotFound');
    const hit = await s.demo.get('/network/v2.0/networks?name=private');
    expect(hit.body.networks.map((n: { id: string }) => n.id)).toEqual(['fb68519f-a7c0-476e-98d4-2e4cf6de6def']);
    expect((await s.demo.get('/network/v2.0/networks?name=priv')).body.networks).toEqual([]);
    expect((await s.alt.get('/network/v2.0/networks?name=private')).body.networks).toEqual([]); // demo's own network
    const ext = await s.demo.get('/network/v2.0/networks/07a9557d-4256-48ae-847c-415a9c8f7ff6');
    expect(ext.body.network).toMatchObject({ 'router:external': true, shared: true });
    expect(
      (await s.demo.get('/network/v2.0/subnets?network_id=fb68519f-a7c0-476e-98d4-2e4cf6de6def')).body.subnets[0].cidr,
    ).toBe('10.0.0.0/22');
  });

  test('ports: create, attach to a server (device fields follow), detach, delete', async () => {
    const port = (
      await s.demo.post('/network/v2.0/ports', {
        port: { network_id: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def', name: 'p-svc' },
      })
    ).body.port;
    expect(port).toMatchObject({ status: 'DOWN', device_id: '', name: 'p-svc' });
    expect(port.fixed_ips[0].ip_address).toMatch(/^10\.0\./);
    const id = await bootServer(s.demo, s);
    await s.demo.post(`/v2.1/servers/${id}/os-interface`, { interfaceAttachment: { port_id: port.id } });
    expect((await s.demo.get(`/network/v2.0/ports/${port.id}`)).body.port).toMatchObject({
      device_id: id,
      status: 'ACTIVE',
      device_owner: expect.stringMatching(/^compute:/),
    });
    expect((await s.demo.get(`/network/v2.0/ports?device_id=${id}`)).body.ports).toHaveLength(2);
    await s.demo.delete(`/v2.1/servers/${id}/os-interface/${port.id}`);
    expect((await s.demo.get(`/network/v2.0/ports/${port.id}`)).body.port).toMatchObject({
      device_id: '',
      status: 'DOWN',
    });
    expect((await s.demo.delete(`/network/v2.0/ports/${port.id}`)).status).toBe(204);
    expect((await s.demo.get(`/network/v2.0/ports/${port.id}`)).status).toBe(404);
    expect((await s.demo.post('/network/v2.0/ports', { port: {} })).body.NeutronError.type).toBe('BadRequest');
  });

  test('deleting a bound port takes it off its server', async () => {
    const id = await bootServer(s.demo, s);
    const nic = (await s.demo.get(`/v2.1/servers/${id}/os-interface`)).body.interfaceAttachments[0].port_id;
    await s.demo.delete(`/network/v2.0/ports/${nic}`);
    expect((await s.demo.get(`/v2.1/servers/${id}/os-interface`)).body.interfaceAttachments).toEqual([]);
    expect((await s.demo.get(`/v2.1/servers/${id}`)).body.server.addresses).toEqual({});
  });

  test('security groups and rules', async () => {
    const g = (
      await s.demo.post('/network/v2.0/security-groups', { security_group: { name: 'web', description: 'http' } })
    ).body.security_group;
    expect(g.security_group_rules).toHaveLength(2); // default egress rules
    const rule = await s.demo.post('/network/v2.0/security-group-rules', {
      security_group_rule: {
        security_group_id: g.id,
        direction: 'ingress',
        protocol: 'tcp',
        port_range_min: 80,
        port_range_max: 80,
      },
    });
    expect(rule.status).toBe(201);
    expect(
      (
        await s.demo.post('/network/v2.0/security-group-rules', {
          security_group_rule: {
            security_group_id: g.id,
            direction: 'ingress',
            protocol: 'tcp',
            port_range_min: 80,
            port_range_max: 80,
          },
        })
      ).status,
    ).toBe(409);
    expect(
      (await s.demo.get(`/network/v2.0/security-groups/${g.id}`)).body.security_group.security_group_rules,
    ).toHaveLength(3);
    expect((await s.demo.get('/network/v2.0/security-groups?name=default')).body.security_groups).toHaveLength(1);
    expect((await s.alt.get(`/network/v2.0/security-groups/${g.id}`)).status).toBe(404);
    expect((await s.demo.delete(`/network/v2.0/security-group-rules/${rule.body.security_group_rule.id}`)).status).toBe(
      204,
    );
    expect((await s.demo.delete(`/network/v2.0/security-groups/${g.id}`)).status).toBe(204);
  });
});

describe('Cinder', () => {
  const vols = () => `/volume/v3/${s.demo.projectId}/volumes`;

  test('version documents; create, list, show, name lookup', async () => {
    expect((await (await fetch(`${s.url}/volume/v3/`)).json()).versions[0]).toMatchObject({
      id: 'v3.0',
      version: '3.70',
      min_version: '3.0',
    });
    const created = await s.demo.post(vols(), { volume: { size: 2, name: 'data' } });
    expect(created.status).toBe(202);
    expect(created.body.volume).toMatchObject({
      size: 2,
      name: 'data',
      status: 'available',
      bootable: 'false',
      attachments: [],
    });
    expect((await s.demo.get(`${vols()}/data`)).status).toBe(404);
    expect((await s.demo.get(`${vols()}/detail?name=data`)).body.volumes).toHaveLength(1);
    expect((await s.demo.get(`${vols()}/${created.body.volume.id}`)).body.volume.id).toBe(created.body.volume.id);
    expect((await s.alt.get(`${vols()}`)).status).toBe(403); // another project's URL
  });

  test('available → in-use → available with attachments; an attached volume cannot be deleted', async () => {
    const v = (await s.demo.post(vols(), { volume: { size: 1, name: 'attach-me' } })).body.volume;
    const id = await bootServer(s.demo, s);
    await s.demo.post(`/v2.1/servers/${id}/os-volume_attachments`, { volumeAttachment: { volumeId: v.id } });
    const inUse = (await s.demo.get(`${vols()}/${v.id}`)).body.volume;
    expect(inUse.status).toBe('in-use');
    expect(inUse.attachments[0]).toMatchObject({ server_id: id, volume_id: v.id, device: '/dev/vdb' });
    const refused = await s.demo.delete(`${vols()}/${v.id}`);
    expect(refused.status).toBe(400);
    await s.demo.delete(`/v2.1/servers/${id}/os-volume_attachments/${v.id}`);
    expect((await s.demo.get(`${vols()}/${v.id}`)).body.volume.status).toBe('available');
    expect((await s.demo.delete(`${vols()}/${v.id}`)).status).toBe(202);
    expect((await s.demo.get(`${vols()}/${v.id}`)).status).toBe(404);
  });

  test('extend and bad input', async () => {
    const v = (await s.demo.post(vols(), { volume: { size: 1 } })).body.volume;
    expect((await s.demo.post(`${vols()}/${v.id}/action`, { 'os-extend': { new_size: 3 } })).status).toBe(202);
    expect((await s.demo.get(`${vols()}/${v.id}`)).body.volume.size).toBe(3);
    expect((await s.demo.post(vols(), { volume: { size: 0 } })).status).toBe(400);
    expect((await s.demo.post(vols(), {})).status).toBe(400);
  });

  test('an attached (in-use) volume grows only at volume 3.42+, as in Cinder; versions are negotiated', async () => {
    const v = (await s.demo.post(vols(), { volume: { size: 1, name: 'grow-attached' } })).body.volume;
    const id = await bootServer(s.demo, s);
    await s.demo.post(`/v2.1/servers/${id}/os-volume_attachments`, { volumeAttachment: { volumeId: v.id } });
    const extend = (size: number, version?: string) =>
      s.demo.call(
        'POST',
        `${vols()}/${v.id}/action`,
        { 'os-extend': { new_size: size } },
        version ? { 'OpenStack-API-Version': version } : {},
      );
    const old = await extend(2);
    expect([old.status, old.headers.get('openstack-api-version')]).toEqual([400, 'volume 3.0']);
    expect(old.text).toContain(`Volume ${v.id} status must be '{'status': 'available'}' to extend, currently in-use.`);
    const at341 = await extend(2, 'volume 3.41');
    expect(at341.status).toBe(400);
    const at342 = await extend(2, 'volume 3.42');
    expect([at342.status, at342.headers.get('openstack-api-version')]).toEqual([202, 'volume 3.42']);
    expect((await s.demo.get(`${vols()}/${v.id}`)).body.volume).toMatchObject({ size: 2, status: 'in-use' });
    const tooNew = await extend(3, 'volume 3.99');
    expect(tooNew.status).toBe(406);
    expect(tooNew.text).toContain('Version 3.99 is not supported by the API. Minimum is 3.0 and maximum is 3.70.');
    expect((await extend(3, 'volume 3.x')).status).toBe(400);
  });
});
