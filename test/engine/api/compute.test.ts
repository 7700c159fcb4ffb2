// The compute API over HTTP: discovery, microversion negotiation, headers, faults, policy, isolation, and
// the per-microversion codes of servers, actions, keypairs and the other routes.
import { DEFAULT_SEED } from '../../../engine';
import { bootServer, CIRROS, PRIVATE_NET, serve, type Served } from '../../helpers/http';
import { NOVA_SAMPLE_PUBLIC_KEY } from '../../helpers/keys';

let s: Served;
// demo gets room for the many servers this suite boots; alt keeps Nova's default quotas.
beforeAll(async () => {
  s = await serve({
    seed: { ...DEFAULT_SEED, quotas: { projects: { demo: { instances: 200, cores: 400, ram: 1_000_000 } } } },
  });
});
afterAll(async () => {
  await s.running.close();
});

describe('discovery and negotiation', () => {
  test('version documents need no token and build hrefs from the request', async () => {
    const root = await (await fetch(`${s.url}/`)).json();
    expect(root.versions.map((v: { id: string }) => v.id)).toEqual(['v2.0', 'v2.1']);
    const v21 = await (await fetch(`${s.url}/v2.1/`, { headers: { 'x-forwarded-host': 'nova.example:8774' } })).json();
    expect(v21.version).toMatchObject({ id: 'v2.1', status: 'CURRENT', version: '2.96', min_version: '2.1' });
    expect(v21.version.links[0].href).toBe('http://nova.example:8774/v2.1/');
    expect(v21.version['media-types'][0].type).toBe('application/vnd.openstack.compute+json;version=2.1');
    expect((await (await fetch(`${s.url}/v2`)).json()).version).toMatchObject({
      id: 'v2.0',
      version: '',
      min_version: '',
    });
  });

  test.each([
    [undefined, undefined, 200, '2.1'],
    ['compute 2.47', undefined, 200, '2.47'],
    ['compute latest', undefined, 200, '2.96'],
    [undefined, '2.10', 200, '2.10'],
    ['compute 2.60', '2.10', 200, '2.60'],
    ['volume 3.0', undefined, 200, '2.1'],
  ])(
    'OpenStack-API-Version %s / X-OpenStack-Nova-API-Version %s → %i at %s',
    async (modern, legacy, status, version) => {
      const headers: Record<string, string> = { 'x-auth-token': s.demo.token };
      if (modern) headers['openstack-api-version'] = modern;
      if (legacy) headers['x-openstack-nova-api-version'] = legacy;
      const res = await fetch(`${s.url}/v2.1/flavors`, { headers });
      expect(res.status).toBe(status);
      expect(res.headers.get('openstack-api-version')).toBe(`compute ${version}`);
      expect(res.headers.get('x-openstack-nova-api-version')).toBe(version);
      expect(res.headers.get('vary')).toBe('OpenStack-API-Version, X-OpenStack-Nova-API-Version');
    },
  );

  test("out-of-range versions are 406, malformed ones 400, in Nova's words", async () => {
    const high = await s.demo.at('2.200').get('/v2.1/servers');
    expect(high.status).toBe(406);
    expect(high.body).toEqual({
      HTTPNotAcceptable: {
        code: 406,
        message: 'Version 2.200 is not supported by the API. Minimum is 2.1 and maximum is 2.96.',
      },
    });
    const bad = await s.demo.call('GET', '/v2.1/servers', undefined, { 'x-openstack-nova-api-version': 'abc' });
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toBe(
      'API Version String abc is of invalid format. Must be of format MajorNum.MinorNum.',
    );
  });

  test('legacy /v2 paths carry no microversion headers and answer in the 2.1 shape', async () => {
    const res = await s.demo.at('2.96').get(`/v2/${s.demo.projectId}/flavors/detail`);
    expect(res.status).toBe(200);
    expect(res.headers.get('openstack-api-version')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(res.body.flavors[0].description).toBeUndefined();
    expect(res.body.flavors[0].swap).toBe('');
  });

  test('every compute response has a request id, errors included', async () => {
    for (const res of [
      await s.demo.get('/v2.1/flavors'),
      await s.demo.get('/v2.1/servers/nope'),
      await s.demo.post('/v2.1/servers', {}),
    ]) {
      expect(res.headers.get('x-openstack-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
      expect(res.headers.get('x-compute-request-id')).toBe(res.headers.get('x-openstack-request-id'));
    }
  });
});

describe('authentication, routing and faults', () => {
  test('no token or a forged one: 401 with WWW-Authenticate', async () => {
    for (const token of [undefined, 'nf1.eyJ9.forged', s.demo.token.slice(0, -3) + 'AAA']) {
      const res = await fetch(`${s.url}/v2.1/servers`, { headers: token ? { 'x-auth-token': token } : {} });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe(`Keystone uri="${s.url}/identity"`);
    }
  });

  test("the project segment must be the token's project", async () => {
    expect((await s.demo.get(`/v2.1/${s.demo.projectId}/servers`)).status).toBe(200);
    const other = await s.demo.get(`/v2.1/${s.alt.projectId}/servers`);
    expect(other.status).toBe(400);
    expect(other.body.badRequest.message).toBe(
      `Malformed request URL: URL's project_id '${s.alt.projectId}' ` +
        `doesn't match Context's project_id '${s.demo.projectId}'`,
    );
    expect((await s.demo.get('/v2.1/not-a-project!/servers')).status).toBe(404);
  });

  test('unknown paths and ids are JSON 404s (clients look names up this way)', async () => {
    const byName = await s.demo.get('/v2.1/servers/my-server');
    expect(byName.body).toEqual({ itemNotFound: { code: 404, message: 'Instance my-server could not be found.' } });
    expect((await s.demo.get('/v2.1/flavors/m1.nothing')).body.itemNotFound.message).toBe(
      'Flavor m1.nothing could not be found.',
    );
    expect((await s.demo.get('/v2.1/nothing-here')).status).toBe(404);
  });

  test('malformed JSON → 400; an unsupported content type → 415; a body over 114688 bytes → 413', async () => {
    const bad = await s.demo.call('POST', '/v2.1/servers', '{"server": ', { 'content-type': 'application/json' });
    expect([bad.status, bad.body.badRequest.message]).toEqual([400, 'Malformed request body']);
    const xml = await s.demo.call('POST', '/v2.1/servers', '<server/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    const huge = await s.demo.post('/v2.1/servers', {
      server: { name: 'x', flavorRef: '1', imageRef: CIRROS, user_data: 'A'.repeat(120_000) },
    });
    expect(huge.status).toBe(413);
  });

  test('validation errors name the field and the rule', async () => {
    const missing = await s.demo.post('/v2.1/servers', { server: { name: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.body.badRequest.message).toMatch(
      /^Invalid input for field\/attribute server\. .*'flavorRef' is a required property$/,
    );
    const unknown = await s.demo.post('/v2.1/servers', {
      server: { name: 'x', flavorRef: '1', imageRef: CIRROS, colour: 'blue' },
    });
    expect(unknown.body.badRequest.message).toContain(
      "Additional properties are not allowed ('colour' was unexpected)",
    );
    const longName = await s.demo.post('/v2.1/servers', {
      server: { name: 'n'.repeat(256), flavorRef: '1', imageRef: CIRROS },
    });
    expect(longName.body.badRequest.message).toContain('name');
    const tags = await s.demo.at('2.52').post('/v2.1/servers', {
      server: { name: 'x', flavorRef: '1', imageRef: CIRROS, networks: 'none', tags: ['a/b'] },
    });
    expect(tags.body.badRequest.message).toContain('tags[0]');
    const nets = await s.demo
      .at('2.37')
      .post('/v2.1/servers', { server: { name: 'x', flavorRef: '1', imageRef: CIRROS } });
    expect(nets.body.badRequest.message).toContain("'networks' is a required property");
  });

  test('an empty body where an object is needed is a 400, never a 500', async () => {
    for (const [method, path] of [
      ['POST', '/v2.1/servers'],
      ['POST', '/v2.1/os-keypairs'],
      ['PUT', '/v2.1/servers/x'],
      ['POST', '/v2.1/servers/x/action'],
    ]) {
      const res = await s.demo.call(method, path);
      expect([400, 404]).toContain(res.status);
    }
  });
});

describe('servers', () => {
  test('create answers 202 with Location and only the documented fields; adminPass is never shown again', async () => {
    const res = await s.demo.post('/v2.1/servers', {
      server: { name: 'created', flavorRef: '1', imageRef: CIRROS, networks: [{ uuid: PRIVATE_NET }] },
    });
    expect(res.status).toBe(202);
    expect(Object.keys(res.body.server).sort()).toEqual([
      'OS-DCF:diskConfig',
      'adminPass',
      'id',
      'links',
      'security_groups',
    ]);
    expect(res.headers.get('location')).toBe(`${s.url}/v2.1/servers/${res.body.server.id}`);
    s.settle();
    const shown = await s.demo.at('latest').get(`/v2.1/servers/${res.body.server.id}`);
    expect(shown.text).not.toContain(res.body.server.adminPass);
    const reserved = await s.demo.post('/v2.1/servers', {
      server: {
        name: 'r',
        flavorRef: '1',
        imageRef: CIRROS,
        networks: [{ uuid: PRIVATE_NET }],
        return_reservation_id: true,
      },
    });
    expect(Object.keys(reserved.body)).toEqual(['reservation_id']);
  });

  test('show, update (PUT) and delete; delete then GET is 404', async () => {
    const id = await bootServer(s.demo, s);
    const put = await s.demo
      .at('2.19')
      .put(`/v2.1/servers/${id}`, { server: { name: 'renamed', description: 'web tier' } });
    expect(put.status).toBe(200);
    expect(put.body.server).toMatchObject({ name: 'renamed', description: 'web tier' });
    expect(put.body.server['OS-EXT-STS:vm_state']).toBeUndefined(); // the basic view below 2.75
    const put75 = await s.demo.at('2.75').put(`/v2.1/servers/${id}`, { server: {} });
    expect(put75.body.server['OS-EXT-STS:vm_state']).toBe('active');
    expect((await s.demo.delete(`/v2.1/servers/${id}`)).status).toBe(204);
    s.settle();
    expect((await s.demo.get(`/v2.1/servers/${id}`)).status).toBe(404);
  });

  test('list filters: regex name, status, flavor, image, ip, changes-since; paging with servers_links', async () => {
    const a = await bootServer(s.demo, s, { name: 'filter-web-01' });
    const b = await bootServer(s.demo, s, { name: 'filter-db-01', flavorRef: '2' });
    await s.demo.post(`/v2.1/servers/${b}/action`, { 'os-stop': null });
    s.settle();
    const names = async (q: string) =>
      (await s.demo.get(`/v2.1/servers?${q}`)).body.servers
        .map((x: { name: string }) => x.name)
        .filter((n: string) => n.startsWith('filter-'));
    expect(await names('name=web')).toEqual(['filter-web-01']);
    expect(await names('name=^filter-.*-01$')).toEqual(expect.arrayContaining(['filter-web-01', 'filter-db-01']));
    expect(await names('status=SHUTOFF')).toEqual(['filter-db-01']);
    expect(await names('status=active&name=filter')).toEqual(['filter-web-01']);
    expect(await names('flavor=2')).toEqual(['filter-db-01']);
    expect(await names(`image=${CIRROS}&name=filter`)).toHaveLength(2);
    const ip = (await s.demo.get(`/v2.1/servers/${a}/ips`)).body.addresses.private[0].addr;
    expect(await names(`ip=${ip.replace(/\./g, '\\.')}$`)).toEqual(['filter-web-01']);
    const future = new Date(s.clock.now() + 1000).toISOString();
    expect(await names(`changes-since=${future}`)).toEqual([]);
    expect((await s.demo.at('2.38').get('/v2.1/servers?status=SIDEWAYS')).status).toBe(400);
    expect((await s.demo.get('/v2.1/servers?status=DELETED')).status).toBe(403);
    const page = await s.demo.get('/v2.1/servers/detail?limit=1');
    expect(page.body.servers).toHaveLength(1);
    const next = new URL(page.body.servers_links[0].href);
    expect(next.pathname).toBe('/v2.1/servers/detail');
    expect(next.searchParams.get('marker')).toBe(page.body.servers[0].id);
    const second = await s.demo.get(`${next.pathname}${next.search}`);
    expect(second.body.servers[0].id).not.toBe(page.body.servers[0].id);
    expect(
      (await s.demo.get('/v2.1/servers?marker=00000000-0000-0000-0000-000000000000')).body.badRequest.message,
    ).toBe('marker [00000000-0000-0000-0000-000000000000] not found');
    expect((await s.demo.get('/v2.1/servers?sort_key=host')).status).toBe(403);
  });

  test('all_tenants is admin-only; another project never sees the server', async () => {
    const id = await bootServer(s.demo, s);
    expect((await s.demo.get('/v2.1/servers?all_tenants=1')).status).toBe(403);
    const all = await s.admin.get('/v2.1/servers/detail?all_tenants=1');
    expect(all.body.servers.map((x: { id: string }) => x.id)).toContain(id);
    expect((await s.alt.get(`/v2.1/servers/${id}`)).status).toBe(404);
    expect((await s.alt.post(`/v2.1/servers/${id}/action`, { 'os-stop': null })).status).toBe(404);
    expect((await s.alt.delete(`/v2.1/servers/${id}`)).status).toBe(404);
    expect((await s.alt.get('/v2.1/servers')).body.servers.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  test('admin-only fields are hidden from members', async () => {
    const id = await bootServer(s.demo, s);
    const member = (await s.demo.at('2.3').get(`/v2.1/servers/${id}`)).body.server;
    const admin = (await s.admin.at('2.3').get(`/v2.1/servers/${id}`)).body.server;
    expect(member['OS-EXT-SRV-ATTR:host']).toBeUndefined();
    expect(admin['OS-EXT-SRV-ATTR:host']).toBeTruthy();
    expect(admin['OS-EXT-SRV-ATTR:instance_name']).toMatch(/^instance-[0-9a-f]{8}$/);
  });
});

describe('actions', () => {
  test('success codes and bodies per action and microversion', async () => {
    const id = await bootServer(s.demo, s);
    const act = (body: unknown, mv?: string) => s.demo.at(mv).post(`/v2.1/servers/${id}/action`, body);
    const stop = await act({ 'os-stop': null });
    expect([stop.status, stop.text]).toEqual([202, '']);
    s.settle();
    expect((await act({ 'os-start': true })).status).toBe(202); // seed 001 sends true
    s.settle();
    const rescue = await act({ rescue: null });
    expect(rescue.status).toBe(200);
    expect(Object.keys(rescue.body)).toEqual(['adminPass']);
    s.settle();
    expect((await act({ unrescue: null })).status).toBe(202);
    s.settle();
    const img = await act({ createImage: { name: 'snap' } });
    expect(img.headers.get('location')).toMatch(/\/v2\.1\/images\/[0-9a-f-]{36}$/);
    s.settle();
    const img245 = await act({ createImage: { name: 'snap2' } }, '2.45');
    expect(Object.keys(img245.body)).toEqual(['image_id']);
    expect(img245.headers.get('location')).toBeNull();
    s.settle();
    const rebuild = await act({ rebuild: { imageRef: CIRROS, name: 'rebuilt' } });
    expect(rebuild.status).toBe(202);
    expect(rebuild.body.server).toMatchObject({ name: 'rebuilt', status: 'REBUILD' });
    expect(rebuild.body.server.adminPass).toBeTruthy();
    s.settle();
    expect((await act({ resize: { flavorRef: '2' } })).status).toBe(202);
    s.settle();
    const confirm = await act({ confirmResize: null });
    expect([confirm.status, confirm.text]).toEqual([204, '']);
    s.settle();
    expect((await act({ reboot: { type: 'hard' } })).status).toBe(202);
    s.settle();
    expect((await act({ trigger_crash_dump: null })).status).toBe(404); // 2.17+
    expect((await act({ trigger_crash_dump: null }, '2.17')).status).toBe(202);
  });

  test('action errors: unknown action, two keys, missing reboot type', async () => {
    const id = await bootServer(s.demo, s);
    expect((await s.demo.post(`/v2.1/servers/${id}/action`, { dance: null })).body.badRequest.message).toBe(
      'There is no such action: dance',
    );
    expect(
      (await s.demo.post(`/v2.1/servers/${id}/action`, { pause: null, unpause: null })).body.badRequest.message,
    ).toBe('Malformed request body');
    expect((await s.demo.post(`/v2.1/servers/${id}/action`, { reboot: {} })).status).toBe(400);
  });

  test('state and lock conflicts as Nova phrases them; admins bypass; policy 403', async () => {
    const id = await bootServer(s.demo, s);
    const again = await s.demo.post(`/v2.1/servers/${id}/action`, { 'os-start': null });
    expect(again.body).toEqual({
      conflictingRequest: { code: 409, message: `Cannot 'start' instance ${id} while it is in vm_state active` },
    });
    await s.demo.at('2.73').post(`/v2.1/servers/${id}/action`, { lock: { locked_reason: 'frozen' } });
    const locked = await s.demo.post(`/v2.1/servers/${id}/action`, { 'os-stop': null });
    expect(locked.body).toEqual({ conflictingRequest: { code: 409, message: `Instance ${id} is locked` } });
    const shown = (await s.demo.at('2.73').get(`/v2.1/servers/${id}`)).body.server;
    expect([shown.locked, shown.locked_reason]).toEqual([true, 'frozen']);
    expect((await s.demo.get(`/v2.1/servers?locked=true`)).status).toBe(200);
    expect((await s.admin.post(`/v2.1/servers/${id}/action`, { 'os-stop': null })).status).toBe(202);
    const reset = await s.demo.post(`/v2.1/servers/${id}/action`, { 'os-resetState': { state: 'error' } });
    expect(reset.body).toEqual({
      forbidden: {
        code: 403,
        message: "Policy doesn't allow os_compute_api:os-admin-actions:reset_state to be performed.",
      },
    });
  });
});

describe('keypairs per microversion', () => {
  test('2.1: 200 on create, no type; 202 on delete', async () => {
    const res = await s.demo.post('/v2.1/os-keypairs', { keypair: { name: 'kp-21' } });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.keypair).sort()).toEqual([
      'fingerprint',
      'name',
      'private_key',
      'public_key',
      'user_id',
    ]);
    expect(res.body.keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect((await s.demo.delete('/v2.1/os-keypairs/kp-21')).status).toBe(202);
  });

  test('2.10: 201 with type (OSC generates at 2.10); list entries are wrapped; 204 on delete', async () => {
    const c = s.demo.at('2.10');
    const res = await c.post('/v2.1/os-keypairs', { keypair: { name: 'kp-210' } });
    expect(res.status).toBe(201);
    expect(res.body.keypair).toMatchObject({ type: 'ssh', name: 'kp-210' });
    const list = await c.get('/v2.1/os-keypairs');
    expect(
      list.body.keypairs.find((k: { keypair: { name: string } }) => k.keypair.name === 'kp-210').keypair.type,
    ).toBe('ssh');
    const show = await c.get('/v2.1/os-keypairs/kp-210');
    expect(show.body.keypair).toMatchObject({ name: 'kp-210', deleted: false, user_id: expect.any(String) });
    expect((await c.post('/v2.1/os-keypairs', { keypair: { name: 'kp-210' } })).status).toBe(409);
    expect((await c.delete('/v2.1/os-keypairs/kp-210')).status).toBe(204);
    expect((await c.get('/v2.1/os-keypairs/kp-210')).status).toBe(404);
  });

  test('2.92: generation refused, import validated', async () => {
    const c = s.demo.at('2.92');
    expect((await c.post('/v2.1/os-keypairs', { keypair: { name: 'gen' } })).body.badRequest.message).toContain(
      "'public_key' is a required property",
    );
    const bad = await c.post('/v2.1/os-keypairs', { keypair: { name: 'imp', public_key: 'ssh-rsa not-a-key' } });
    expect(bad.body.badRequest.message).toBe('Keypair data is invalid: failed to generate fingerprint');
    const pub = NOVA_SAMPLE_PUBLIC_KEY;
    const ok = await c.post('/v2.1/os-keypairs', { keypair: { name: 'imp.ok@x', public_key: pub } });
    expect(ok.status).toBe(201);
    expect(ok.body.keypair.fingerprint).toBe('dd:44:45:49:d9:f6:4f:c0:24:2d:81:aa:c4:4b:83:c2');
    expect(ok.body.keypair.private_key).toBeUndefined();
  });
});

describe('sub-resources', () => {
  test('metadata and tags', async () => {
    const id = await bootServer(s.demo, s);
    expect((await s.demo.put(`/v2.1/servers/${id}/metadata`, { metadata: { a: '1', b: '2' } })).body).toEqual({
      metadata: { a: '1', b: '2' },
    });
    expect((await s.demo.post(`/v2.1/servers/${id}/metadata`, { metadata: { c: '3' } })).body.metadata).toEqual({
      a: '1',
      b: '2',
      c: '3',
    });
    expect((await s.demo.put(`/v2.1/servers/${id}/metadata/a`, { meta: { a: 'x' } })).body).toEqual({
      meta: { a: 'x' },
    });
    expect((await s.demo.put(`/v2.1/servers/${id}/metadata/a`, { meta: { z: 'x' } })).body.badRequest.message).toBe(
      'Request body and URI mismatch',
    );
    expect((await s.demo.delete(`/v2.1/servers/${id}/metadata/b`)).status).toBe(204);
    expect((await s.demo.get(`/v2.1/servers/${id}/metadata/b`)).body.itemNotFound.message).toBe(
      'Metadata item was not found',
    );
    const t = s.demo.at('2.26');
    expect((await s.demo.get(`/v2.1/servers/${id}/tags`)).status).toBe(404);
    expect((await t.put(`/v2.1/servers/${id}/tags`, { tags: ['x', 'y'] })).body).toEqual({ tags: ['x', 'y'] });
    expect((await t.put(`/v2.1/servers/${id}/tags/z`)).status).toBe(201);
    expect((await t.put(`/v2.1/servers/${id}/tags/z`)).status).toBe(204);
    expect((await t.get(`/v2.1/servers/${id}/tags/q`)).body.itemNotFound.message).toBe(`Server ${id} has no tag 'q'`);
    expect((await t.delete(`/v2.1/servers/${id}/tags`)).status).toBe(204);
  });

  test('interfaces and volume attachments, shaped per microversion', async () => {
    const id = await bootServer(s.demo, s);
    const att = await s.demo.at('2.70').post(`/v2.1/servers/${id}/os-interface`, {
      interfaceAttachment: { port_id: 'ce155147-9d3b-4c09-9079-da8de0d38df8' },
    });
    expect(att.status).toBe(200);
    expect(Object.keys(att.body.interfaceAttachment).sort()).toEqual([
      'fixed_ips',
      'mac_addr',
      'net_id',
      'port_id',
      'port_state',
      'tag',
    ]);
    expect((await s.demo.get(`/v2.1/servers/${id}/os-interface`)).body.interfaceAttachments).toHaveLength(2);
    expect((await s.demo.delete(`/v2.1/servers/${id}/os-interface/ce155147-9d3b-4c09-9079-da8de0d38df8`)).status).toBe(
      202,
    );
    const vol = 'a26887c6-c47b-4654-abb5-dfadf7d3f803';
    const v21 = await s.demo.post(`/v2.1/servers/${id}/os-volume_attachments`, {
      volumeAttachment: { volumeId: vol, device: '/dev/vdd' },
    });
    expect(v21.body).toEqual({ volumeAttachment: { id: vol, serverId: id, volumeId: vol, device: '/dev/vdd' } });
    const v289 = await s.demo.at('2.89').get(`/v2.1/servers/${id}/os-volume_attachments/${vol}`);
    expect(Object.keys(v289.body.volumeAttachment).sort()).toEqual([
      'attachment_id',
      'bdm_uuid',
      'delete_on_termination',
      'device',
      'serverId',
      'tag',
      'volumeId',
    ]);
    const shown = (await s.demo.at('2.3').get(`/v2.1/servers/${id}`)).body.server;
    expect(shown['os-extended-volumes:volumes_attached']).toEqual([{ id: vol, delete_on_termination: false }]);
    expect((await s.demo.delete(`/v2.1/servers/${id}/os-volume_attachments/${vol}`)).status).toBe(202);
    expect((await s.demo.get(`/v2.1/servers/${id}/os-volume_attachments/${vol}`)).status).toBe(404);
  });

  test('instance actions record what happened, by request id', async () => {
    const id = await bootServer(s.demo, s);
    const stop = await s.demo.post(`/v2.1/servers/${id}/action`, { 'os-stop': null });
    s.settle();
    const list = (await s.demo.get(`/v2.1/servers/${id}/os-instance-actions`)).body.instanceActions;
    expect(list.map((a: { action: string }) => a.action)).toEqual(['stop', 'create']);
    const reqId = stop.headers.get('x-openstack-request-id');
    expect(list[0].request_id).toBe(reqId);
    const one = (await s.demo.get(`/v2.1/servers/${id}/os-instance-actions/${reqId}`)).body.instanceAction;
    expect(one.events[0]).toMatchObject({ event: 'compute_stop_instance', result: 'Success' });
  });
});

describe('catalog routes', () => {
  test("flavors with extra specs; OSC's is_public=None", async () => {
    expect((await s.demo.get('/v2.1/flavors/detail?is_public=None')).status).toBe(200);
    const f = (await s.demo.at('2.61').get('/v2.1/flavors/1')).body.flavor;
    expect(f).toMatchObject({ id: '1', name: 'm1.tiny', extra_specs: {}, description: null, swap: '' });
    expect((await s.demo.get('/v2.1/flavors/1/os-extra_specs')).body).toEqual({ extra_specs: {} });
    expect((await s.demo.post('/v2.1/flavors/1/os-extra_specs', { extra_specs: { a: 'b' } })).status).toBe(403);
    expect(
      (await s.admin.post('/v2.1/flavors/1/os-extra_specs', { extra_specs: { 'hw:cpu_policy': 'shared' } })).body,
    ).toEqual({ extra_specs: { 'hw:cpu_policy': 'shared' } });
    await s.admin.delete('/v2.1/flavors/1/os-extra_specs/hw:cpu_policy');
  });

  test('image and network proxies answer below 2.36 and 404 from it', async () => {
    const images = await s.demo.get('/v2.1/images/detail');
    expect(
      images.body.images.find((i: { id: string }) => i.id === '11e8f727-d439-4ed1-b3b8-33f46c0379c4'),
    ).toMatchObject({ minDisk: 40, status: 'ACTIVE', progress: 100 });
    expect((await s.demo.at('2.36').get('/v2.1/images')).status).toBe(404);
    const nets = await s.demo.get('/v2.1/os-networks');
    expect(nets.body.networks.map((n: { label: string }) => n.label)).toEqual(
      expect.arrayContaining(['private', 'b_tt3_td1b']),
    );
    expect((await s.demo.at('2.36').get('/v2.1/os-networks')).status).toBe(404);
  });

  test('server groups per microversion, limits, availability zones, hypervisors (admin)', async () => {
    const old = await s.demo.post('/v2.1/os-server-groups', {
      server_group: { name: 'g1', policies: ['anti-affinity'] },
    });
    expect(old.status).toBe(200);
    expect(Object.keys(old.body.server_group).sort()).toEqual(['id', 'members', 'metadata', 'name', 'policies']);
    const new64 = await s.demo.at('2.64').post('/v2.1/os-server-groups', {
      server_group: { name: 'g2', policy: 'anti-affinity', rules: { max_server_per_host: 2 } },
    });
    expect(new64.body.server_group).toMatchObject({
      policy: 'anti-affinity',
      rules: { max_server_per_host: 2 },
      user_id: expect.any(String),
    });
    expect(
      (
        await s.demo.at('2.64').post('/v2.1/os-server-groups', {
          server_group: { name: 'g3', policy: 'affinity', rules: { max_server_per_host: 2 } },
        })
      ).body.badRequest.message,
    ).toBe('Only anti-affinity policy supports rules.');
    const limits = (await s.alt.get('/v2.1/limits')).body.limits.absolute;
    expect(limits).toMatchObject({
      maxTotalInstances: 10,
      maxTotalCores: 20,
      maxTotalRAMSize: 51200,
      totalInstancesUsed: 0,
    });
    expect((await s.demo.get('/v2.1/limits')).body.limits.absolute).toMatchObject({
      maxTotalInstances: 200,
      totalInstancesUsed: expect.any(Number),
    });
    expect(
      (await s.demo.get('/v2.1/os-availability-zone')).body.availabilityZoneInfo
        .map((z: { zoneName: string }) => z.zoneName)
        .sort(),
    ).toEqual(['default-az', 'eu-de-01', 'us-west']);
    expect((await s.demo.get('/v2.1/os-hypervisors')).status).toBe(403);
    const hv = await s.admin.at('2.53').get('/v2.1/os-hypervisors/detail');
    expect(hv.body.hypervisors).toHaveLength(12);
  });
});
