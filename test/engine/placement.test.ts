// Scheduling through the engine: capacity, server-group policies, hints, disabled/down hosts, resize
// allocations, and the NoValidHost outcome (accepted, then ERROR with Nova's fault).
import { serverStatus } from '../../engine';
import { errorOf, seedWith, testEngine, UNLIMITED } from '../helpers/engine';

/** `hosts` hosts in one zone, each with room for `perHost` m1.small servers (1 vCPU / 2 GiB / 20 GB). */
function small(hosts: number, perHost: number, extra: object = {}) {
  return testEngine({
    seed: seedWith({
      availabilityZones: [{ name: 'eu-de-01', hosts }],
      host: {
        total: { vcpus: 64, ram: 2048 * perHost + 512, disk: 1000, gpus: 0 },
        reserved: { vcpus: 0, ram: 512, disk: 0, gpus: 0 },
        ratios: { cpu: 4, ram: 1, disk: 1 },
      },
      quotas: { defaults: { ...UNLIMITED, server_group_members: -1 } },
    }),
    ...extra,
  });
}
const SMALL = { flavorRef: '2' };

describe('capacity', () => {
  test('when no host has room the create is accepted and the server ends in ERROR with NoValidHost', () => {
    const t = small(2, 2);
    const ok = [1, 2, 3, 4].map(() => t.boot(t.demo, SMALL));
    const late = t.boot(t.demo, SMALL);
    expect(serverStatus(late)).toBe('BUILD');
    t.settle();
    for (const s of ok) expect(serverStatus(t.engine.servers.get(t.demo, s.id))).toBe('ACTIVE');
    const failed = t.engine.servers.get(t.demo, late.id);
    expect(serverStatus(failed)).toBe('ERROR');
    expect(failed.fault).toMatchObject({ code: 500 });
    expect(failed.fault!.message).toMatch(/^No valid host was found\. /);
    expect(failed.host).toBeNull();
    // Freeing capacity lets the next create through.
    t.engine.servers.delete(t.demo, ok[0].id);
    t.settle();
    expect(serverStatus(t.active(t.demo, SMALL))).toBe('ACTIVE');
  });

  test('host usage equals the sum of allocations, and delete gives it back', () => {
    const t = small(1, 4);
    const s = t.active(t.demo, SMALL);
    expect(t.engine.hosts.get(t.admin, s.host!).used).toEqual({ vcpus: 1, ram: 2048, disk: 20, gpus: 0 });
    t.engine.servers.delete(t.demo, s.id);
    t.settle();
    expect(t.engine.hosts.get(t.admin, s.host!).used).toEqual({ vcpus: 0, ram: 0, disk: 0, gpus: 0 });
  });

  test('disabled and down hosts are skipped', () => {
    const t = small(3, 4);
    const [h1, h2, h3] = t.engine.hosts.list(t.admin).map((h) => h.name);
    t.engine.hosts.set(t.admin, h1, { enabled: false, disabledReason: 'maintenance' });
    t.engine.hosts.set(t.admin, h2, { up: false });
    for (let i = 0; i < 4; i++) expect(t.active(t.demo, SMALL).host).toBe(h3);
    t.settle();
    const full = t.active(t.demo, SMALL);
    expect(serverStatus(full)).toBe('ERROR');
    // The down host still has capacity, so placement found it: the filters then ran out of hosts.
    expect(full.fault!.message).toBe('No valid host was found. There are not enough hosts available.');
  });

  test('spread weighing fills hosts evenly; pack fills one first', () => {
    const spread = small(3, 4);
    expect(new Set([1, 2, 3].map(() => spread.active(spread.demo, SMALL).host)).size).toBe(3);
    const pack = small(3, 4, { settings: { weighing: 'pack' } });
    expect(new Set([1, 2, 3].map(() => pack.active(pack.demo, SMALL).host)).size).toBe(1);
  });

  test('requesting an availability zone places only there', () => {
    const t = testEngine();
    for (let i = 0; i < 3; i++)
      expect(t.active(t.demo, { availability_zone: 'us-west' }).availabilityZone).toBe('us-west');
    expect(errorOf(() => t.boot(t.demo, { availability_zone: 'nowhere' })).message).toBe(
      'The requested availability zone is not available',
    );
  });

  test('forcing a host is admin-only', () => {
    const t = testEngine();
    expect(errorOf(() => t.boot(t.demo, { availability_zone: 'eu-de-01:compute-eu-de-01-03' })).status).toBe(403);
    expect(t.active(t.admin, { availability_zone: 'eu-de-01:compute-eu-de-01-03' }).host).toBe('compute-eu-de-01-03');
    expect(t.active(t.admin, { host: 'node-2.domain.tld' }).host).toBe('node-2.domain.tld');
  });
});

describe('server groups', () => {
  test('anti-affinity spreads members, one per host, and fails when hosts run out', () => {
    const t = small(3, 4);
    const g = t.engine.serverGroups.create(t.demo, { name: 'spread', policy: 'anti-affinity' });
    const hosts = [1, 2, 3].map(() => t.active(t.demo, SMALL, { group: g.id }).host);
    expect(new Set(hosts).size).toBe(3);
    const fourth = t.active(t.demo, SMALL, { group: g.id });
    expect(serverStatus(fourth)).toBe('ERROR');
    expect(fourth.fault!.message).toBe('No valid host was found. There are not enough hosts available.');
    expect(t.engine.serverGroups.get(t.demo, g.id).members).toHaveLength(4);
  });

  test('anti-affinity honours max_server_per_host', () => {
    const t = small(2, 4);
    const g = t.engine.serverGroups.create(t.demo, {
      name: 'two-each',
      policy: 'anti-affinity',
      rules: { max_server_per_host: 2 },
    });
    const hosts = [1, 2, 3, 4].map(() => t.active(t.demo, SMALL, { group: g.id }).host!);
    expect(hosts.filter((h) => h === hosts[0])).toHaveLength(2);
    expect(serverStatus(t.active(t.demo, SMALL, { group: g.id }))).toBe('ERROR');
  });

  test('affinity keeps members together; soft policies never fail', () => {
    const t = small(3, 2);
    const aff = t.engine.serverGroups.create(t.demo, { name: 'together', policy: 'affinity' });
    const first = t.active(t.demo, SMALL, { group: aff.id });
    expect(t.active(t.demo, SMALL, { group: aff.id }).host).toBe(first.host);
    expect(serverStatus(t.active(t.demo, SMALL, { group: aff.id }))).toBe('ERROR'); // that host is full
    const soft = t.engine.serverGroups.create(t.demo, { name: 'soft', policy: 'soft-anti-affinity' });
    const softHosts = [1, 2, 3].map(() => t.active(t.demo, SMALL, { group: soft.id }).host);
    expect(softHosts.every(Boolean)).toBe(true);
  });

  test('rules are only for anti-affinity; policies are validated', () => {
    const t = testEngine();
    expect(
      errorOf(() =>
        t.engine.serverGroups.create(t.demo, { name: 'x', policy: 'affinity', rules: { max_server_per_host: 2 } }),
      ).message,
    ).toBe('Only anti-affinity policy supports rules.');
    expect(errorOf(() => t.engine.serverGroups.create(t.demo, { name: 'x', policy: 'sideways' })).message).toContain(
      'policy',
    );
  });
});

describe('hints', () => {
  test('same_host and different_host', () => {
    const t = small(3, 4);
    const a = t.active(t.demo, SMALL);
    expect(t.active(t.demo, SMALL, { same_host: a.id }).host).toBe(a.host);
    expect(t.active(t.demo, SMALL, { different_host: [a.id] }).host).not.toBe(a.host);
  });
});

describe('resize and migration allocations', () => {
  test('resize holds source and destination until confirm; revert returns to the source', () => {
    const t = small(2, 4);
    const s = t.active(t.demo, SMALL);
    const src = s.host!;
    t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '3' });
    t.settle();
    const r = t.engine.servers.get(t.demo, s.id);
    expect(serverStatus(r)).toBe('VERIFY_RESIZE');
    const dest = r.host!;
    expect(dest).not.toBe(src);
    expect(t.engine.hosts.get(t.admin, src).used.ram).toBe(2048);
    expect(t.engine.hosts.get(t.admin, dest).used.ram).toBe(4096);
    t.engine.servers.action(t.demo, s.id, 'revertResize');
    t.settle();
    const back = t.engine.servers.get(t.demo, s.id);
    expect([serverStatus(back), back.host, back.flavor.name]).toEqual(['ACTIVE', src, 'm1.small']);
    expect(t.engine.hosts.get(t.admin, dest).used.ram).toBe(0);
    expect(t.engine.hosts.get(t.admin, src).used.ram).toBe(2048);

    t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '3' });
    t.settle();
    t.engine.servers.action(t.demo, s.id, 'confirmResize');
    t.settle();
    const done = t.engine.servers.get(t.demo, s.id);
    expect(done.flavor.name).toBe('m1.medium');
    expect(t.engine.hosts.get(t.admin, src).used.ram).toBe(0);
    expect(t.engine.hosts.get(t.admin, done.host!).used.ram).toBe(4096);
  });

  test('a resize no host can fit returns the server to its state with a fault', () => {
    const t = small(2, 1);
    const s = t.active(t.demo, SMALL);
    t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '5' });
    t.settle();
    const after = t.engine.servers.get(t.demo, s.id);
    expect([serverStatus(after), after.flavor.name, after.host]).toEqual(['ACTIVE', 'm1.small', s.host]);
    expect(after.fault!.message).toMatch(/^No valid host was found/);
    expect(t.engine.store.allocationsOf(`migration:${s.id}`)).toEqual([]);
  });

  test('resize errors: same flavor, unknown flavor, smaller disk', () => {
    const t = testEngine();
    const s = t.active(t.demo, { flavorRef: '3' });
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '3' })).message).toBe(
      'When resizing, instances must change flavor!',
    );
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '99' })).message).toBe(
      'Flavor 99 could not be found.',
    );
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '2' })).status).toBe(400);
  });

  test('resize needs the compute service up', () => {
    const t = testEngine();
    const s = t.active();
    t.engine.hosts.set(t.admin, s.host!, { up: false });
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'resize', { flavorRef: '2' })).message).toBe(
      'Service is unavailable at this time.',
    );
  });

  test('cold migrate is for admins and moves the server after confirm', () => {
    const t = testEngine();
    const s = t.active();
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'migrate')).message).toBe(
      "Policy doesn't allow os_compute_api:os-migrate-server:migrate to be performed.",
    );
    t.engine.servers.action(t.admin, s.id, 'migrate');
    t.settle();
    t.engine.servers.action(t.admin, s.id, 'confirmResize');
    t.settle();
    const moved = t.engine.servers.get(t.demo, s.id);
    expect(serverStatus(moved)).toBe('ACTIVE');
    expect(moved.host).not.toBe(s.host);
    expect(t.engine.store.allocationsOf(s.id).map((a) => a.host)).toEqual([moved.host]);
  });
});

describe('zero-disk flavors', () => {
  test('booting from an image with a zero-disk flavor is admin-only; from a volume it is fine', () => {
    const t = testEngine();
    expect(errorOf(() => t.boot(t.demo, { flavorRef: 'c1.large' })).message).toBe(
      'Only volume-backed servers are allowed for flavors with zero disk.',
    );
    expect(serverStatus(t.active(t.admin, { flavorRef: 'c1.large' }))).toBe('ACTIVE');
    const bfv = t.active(t.demo, {
      flavorRef: 'c1.large',
      imageRef: '',
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
    });
    expect(serverStatus(bfv)).toBe('ACTIVE');
    expect(bfv.volumes).toHaveLength(1);
    expect(t.engine.volumes.get(t.demo, bfv.volumes[0].volumeId)).toMatchObject({
      status: 'in-use',
      size: 40,
      volumeType: 'SATA',
      bootable: true,
    });
    // Volume-backed: placement was asked for no root disk.
    expect(t.engine.store.allocationsOf(bfv.id)[0].resources.disk).toBe(0);
  });

  test('the boot volume must be at least the image min_disk', () => {
    const t = testEngine();
    const err = errorOf(() =>
      t.boot(t.demo, {
        flavorRef: 'c1.large',
        imageRef: '',
        block_device_mapping_v2: [
          {
            source_type: 'image',
            destination_type: 'volume',
            volume_size: 10,
            uuid: '11e8f727-d439-4ed1-b3b8-33f46c0379c4',
            boot_index: 0,
          },
        ],
      }),
    );
    expect(err.status).toBe(400);
    expect(err.message).toContain('Volume is smaller than the minimum size specified in image metadata');
  });
});
