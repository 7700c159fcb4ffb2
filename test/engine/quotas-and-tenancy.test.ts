// Quotas as Nova and Cinder enforce them, field limits from the seeds, and tenant isolation.
import { serverStatus } from '../../engine';
import { CIRROS, errorOf, PRIVATE_NET, seedWith, testEngine } from '../helpers/engine';

describe('quotas', () => {
  test('instances: the eleventh server is refused with 403 and nothing is created', () => {
    const t = testEngine();
    for (let i = 0; i < 10; i++) t.boot();
    const err = errorOf(() => t.boot());
    expect([err.status, err.message]).toEqual([
      403,
      'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances',
    ]);
    expect(t.engine.servers.list(t.demo).servers).toHaveLength(10);
    expect(t.engine.quotas.usage(t.demo)).toEqual({ instances: 10, cores: 10, ram: 5120 });
  });

  test('cores and ram', () => {
    const t = testEngine();
    t.boot(t.demo, { flavorRef: '5' }); // 8 vCPU, 16 GiB
    t.boot(t.demo, { flavorRef: '5' });
    expect(errorOf(() => t.boot(t.demo, { flavorRef: '5' })).message).toBe(
      'Quota exceeded for cores: Requested 8, but already used 16 of 20 cores',
    );
    t.engine.quotas.set(t.admin, t.demo.projectId, { cores: 100 });
    t.boot(t.demo, { flavorRef: '5' });
    expect(errorOf(() => t.boot(t.demo, { flavorRef: '5' })).message).toBe(
      'Quota exceeded for ram: Requested 16384, but already used 49152 of 51200 ram',
    );
  });

  test('min_count/max_count settle for what fits, down to min_count', () => {
    const t = testEngine();
    for (let i = 0; i < 7; i++) t.boot();
    const r = t.engine.servers.create(t.demo, {
      name: 'batch',
      flavorRef: '1',
      imageRef: CIRROS,
      networks: [{ uuid: PRIVATE_NET }],
      min_count: 2,
      max_count: 5,
    });
    expect(r.servers.map((s) => s.name)).toEqual(['batch-1', 'batch-2', 'batch-3']);
    expect(new Set(r.servers.map((s) => s.reservationId)).size).toBe(1);
    expect(
      errorOf(() =>
        t.engine.servers.create(t.demo, {
          name: 'more',
          flavorRef: '1',
          imageRef: CIRROS,
          networks: 'none',
          min_count: 1,
        }),
      ).status,
    ).toBe(403);
  });

  test('resize over the cores quota is refused', () => {
    const t = testEngine();
    t.boot(t.demo, { flavorRef: '5' });
    t.boot(t.demo, { flavorRef: '5' });
    const s = t.active(t.demo, { flavorRef: '3' });
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '5' })).message).toBe(
      'Quota exceeded for cores: Requested 6, but already used 18 of 20 cores',
    );
    t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '4' }); // +2 cores fits exactly
  });

  test('keypairs, metadata items, server groups and group members', () => {
    const t = testEngine();
    t.engine.quotas.set(t.admin, t.demo.projectId, {
      key_pairs: 1,
      metadata_items: 2,
      server_groups: 1,
      server_group_members: 1,
    });
    t.engine.keypairs.create(t.demo, { name: 'one' });
    expect(errorOf(() => t.engine.keypairs.create(t.demo, { name: 'two' })).message).toBe(
      'Quota exceeded, too many key pairs.',
    );
    expect(errorOf(() => t.boot(t.demo, { metadata: { a: '1', b: '2', c: '3' } })).message).toBe(
      'Maximum number of metadata items exceeds 2',
    );
    const g = t.engine.serverGroups.create(t.demo, { name: 'g', policy: 'anti-affinity' });
    expect(errorOf(() => t.engine.serverGroups.create(t.demo, { name: 'h', policy: 'affinity' })).message).toBe(
      'Quota exceeded, too many server groups.',
    );
    t.boot(t.demo, {}, { group: g.id });
    expect(errorOf(() => t.boot(t.demo, {}, { group: g.id })).message).toBe(
      'Quota exceeded, too many servers in group',
    );
    const s = t.active();
    t.engine.servers.setMetadata(t.demo, s.id, { a: '1', b: '2' }, 'replace');
    expect(errorOf(() => t.engine.servers.setMetadata(t.demo, s.id, { c: '3' }, 'merge')).status).toBe(403);
  });

  test('volumes and gigabytes (Cinder answers 413)', () => {
    const t = testEngine();
    // The default seed gives demo one 1 GB volume already.
    t.engine.quotas.set(t.admin, t.demo.projectId, { volumes: 3, gigabytes: 51 });
    t.engine.volumes.create(t.demo, { size: 30 });
    const big = errorOf(() => t.engine.volumes.create(t.demo, { size: 30 }));
    expect(big.status).toBe(413);
    expect(big.message).toContain('gigabytes quota');
    t.engine.volumes.create(t.demo, { size: 10 });
    expect(errorOf(() => t.engine.volumes.create(t.demo, { size: 1 })).message).toContain("quota 'volumes'");
  });

  test('-1 means unlimited; soft-deleted servers do not count, restore re-checks', () => {
    const t = testEngine({ settings: { reclaimInstanceInterval: 60_000 } });
    t.engine.quotas.set(t.admin, t.demo.projectId, { instances: 1 });
    const s = t.boot();
    t.settle(1000);
    t.engine.servers.delete(t.demo, s.id);
    t.settle(1000);
    const other = t.boot();
    t.settle(1000);
    expect(serverStatus(t.engine.servers.get(t.demo, other.id))).toBe('ACTIVE');
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'restore')).status).toBe(403);
    t.engine.quotas.set(t.admin, t.demo.projectId, { instances: -1 });
    t.engine.servers.action(t.demo, s.id, 'restore');
  });

  test('only admins change quotas', () => {
    const t = testEngine();
    expect(errorOf(() => t.engine.quotas.set(t.demo, t.demo.projectId, { instances: 100 })).status).toBe(403);
  });
});

describe('field limits (seed 001)', () => {
  const t = testEngine();
  test.each([
    ['name too long', 'name', { name: 'x'.repeat(256) }],
    ['blank name', 'name', { name: '  ' }],
    ['metadata key over 255 bytes', 'metadata', { metadata: { ['k'.repeat(256)]: 'v' } }],
    ['metadata value over 255 bytes', 'metadata.k', { metadata: { k: '值'.repeat(86) } }],
    ['user_data over 65535 bytes', 'user_data', { user_data: 'QUFB'.repeat(16384) }],
    ['user_data not base64', 'user_data', { user_data: 'not base64!' }],
    ['tag over 60 characters', 'tags[0]', { tags: ['t'.repeat(61)] }],
    ['tag with a slash', 'tags[0]', { tags: ['a/b'] }],
    ['tag with a comma', 'tags[0]', { tags: ['a,b'] }],
    ['more than 50 tags', 'tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
    ['description too long', 'description', { description: 'd'.repeat(256) }],
    ['unknown flavor', 'flavorRef', { flavorRef: 'nope' }],
    ['unknown image', 'imageRef', { imageRef: '00000000-0000-0000-0000-000000000000' }],
    ['unknown network', 'networks[0].uuid', { networks: [{ uuid: '00000000-0000-0000-0000-000000000000' }] }],
    ['unknown key', 'key_name', { key_name: 'nope' }],
    ['unknown security group', 'security_groups[0].name', { security_groups: [{ name: 'nope' }] }],
    ['bad disk config', 'OS-DCF:diskConfig', { 'OS-DCF:diskConfig': 'SIDEWAYS' as 'AUTO' }],
  ] as [string, string, object][])('%s → 400 naming %s', (_label, field, req) => {
    const before = t.engine.servers.list(t.demo).servers.length;
    const err = errorOf(() => t.boot(t.demo, req)) as { status: number; field?: string };
    expect(err.status).toBe(400);
    expect(err.field).toBe(field);
    expect(t.engine.servers.list(t.demo).servers.length).toBe(before); // nothing was created
  });

  test('limits at their maximum are accepted', () => {
    const s = t.boot(t.demo, {
      name: 'n'.repeat(255),
      metadata: { ['k'.repeat(255)]: 'v'.repeat(255) },
      tags: Array.from({ length: 50 }, (_, i) => 't'.repeat(59) + (i % 10)).slice(0, 10),
      user_data: 'QUFB'.repeat(16383),
    });
    expect(s.name).toHaveLength(255);
  });

  test('several networks and no choice is ambiguous, as Neutron says', () => {
    const two = testEngine({
      seed: seedWith({
        networks: [1, 2].map((i) => ({
          name: `net-${i}`,
          shared: true,
          subnets: [{ name: `s-${i}`, cidr: `10.${i}.0.0/24` }],
        })),
        ports: [],
      }),
    });
    expect(errorOf(() => two.boot(two.demo, { networks: undefined })).message).toBe(
      'More than one possible network found. Specify network ID(s) to select which one(s) to connect to.',
    );
    expect(two.boot(two.demo, { networks: 'none' }).nics).toEqual([]);
  });
});

describe('tenant isolation', () => {
  const t = testEngine();
  const s = t.active();
  const vol = t.engine.volumes.create(t.demo, { size: 1 });
  const grp = t.engine.serverGroups.create(t.demo, { name: 'g', policy: 'affinity' });

  test("another project's server is not found, by any operation", () => {
    const notFound = `Instance ${s.id} could not be found.`;
    expect(errorOf(() => t.engine.servers.get(t.alt, s.id)).message).toBe(notFound);
    expect(errorOf(() => t.engine.servers.action(t.alt, s.id, 'os-stop')).message).toBe(notFound);
    expect(errorOf(() => t.engine.servers.delete(t.alt, s.id)).message).toBe(notFound);
    expect(errorOf(() => t.engine.servers.update(t.alt, s.id, { name: 'mine' })).message).toBe(notFound);
    expect(errorOf(() => t.engine.servers.setMetadata(t.alt, s.id, {}, 'merge')).message).toBe(notFound);
    expect(t.engine.servers.list(t.alt).servers).toEqual([]);
    expect(t.engine.servers.list(t.alt, { allTenants: true }).servers).toEqual([]); // all_tenants is admin-only
  });

  test('volumes, groups and keypairs are private too', () => {
    expect(errorOf(() => t.engine.volumes.get(t.alt, vol.id)).status).toBe(404);
    expect(errorOf(() => t.engine.serverGroups.get(t.alt, grp.id)).status).toBe(404);
    t.engine.keypairs.create(t.demo, { name: 'shared-name' });
    t.engine.keypairs.create(t.alt, { name: 'shared-name' }); // names are per user
    expect(t.engine.keypairs.list(t.alt).map((k) => k.name)).toEqual(['shared-name']);
    expect(errorOf(() => t.engine.keypairs.list(t.alt, t.demo.userId)).status).toBe(403);
  });

  test("another project's volume or port cannot be attached", () => {
    const altVol = t.engine.volumes.create(t.alt, { size: 1 });
    expect(errorOf(() => t.engine.servers.attachVolume(t.demo, s.id, { volumeId: altVol.id })).status).toBe(404);
  });

  test('admins see every project with all_tenants', () => {
    t.active(t.alt);
    const all = t.engine.servers.list(t.admin, { allTenants: true }).servers;
    expect(new Set(all.map((x) => x.projectId))).toEqual(new Set([t.demo.projectId, t.alt.projectId]));
    expect(t.engine.servers.get(t.admin, s.id).id).toBe(s.id);
  });
});
