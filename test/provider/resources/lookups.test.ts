// Flavor, image and network lookups through the engine's Nova, Glance and Neutron APIs: by id, by name, by
// filters; none or several matches are errors naming the filters; bad filters fail before any call.
import { flavorLookup, imageLookup, LookupError, networkLookup } from '../../../provider/resources/lookups';
import { ValidationError } from '../../../provider/schema/validate';
import { CIRROS, PRIVATE_NET } from '../../helpers/http';

const CIRROS_NAME = 'cirros-0.6.2-x86_64-disk';
import { cloud, countRequests, embedded, namesField, type Cloud } from './engine-cloud';

let c: Cloud;
beforeAll(async () => {
  c = await cloud();
});
afterAll(async () => {
  await c.close();
});

describe('getFlavor', () => {
  test('by name, by id, by exact sizes, by minimums', async () => {
    expect(await flavorLookup.read(c.conn, { name: 'm1.small' })).toMatchObject({
      id: '2',
      flavor_id: '2',
      name: 'm1.small',
      vcpus: 1,
      ram: 2048,
      disk: 20,
      is_public: true,
      swap: 0,
    });
    expect(await flavorLookup.read(c.conn, { flavor_id: '3' })).toMatchObject({
      name: 'm1.medium',
      vcpus: 2,
      ram: 4096,
      disk: 40,
    });
    expect(await flavorLookup.read(c.conn, { vcpus: 4, ram: 8192 })).toMatchObject({
      flavor_id: '4',
      name: 'm1.large',
    });
    expect(await flavorLookup.read(c.conn, { vcpus: 4, disk: 0 })).toMatchObject({ name: 'c1.large' });
    expect(await flavorLookup.read(c.conn, { min_ram: 16384 })).toMatchObject({ name: 'm1.xlarge', min_ram: 16384 });
  });

  test('none or several matches: an error naming the filters (and the candidates)', async () => {
    const none = await flavorLookup.read(c.conn, { name: 'm1.huge', vcpus: 2 }).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(LookupError);
    expect((none as Error).message).toBe('no flavor matches name = "m1.huge", vcpus = 2');
    const many = await flavorLookup.read(c.conn, { vcpus: 1 }).catch((e: unknown) => e);
    expect((many as Error).message).toMatch(/^2 flavors match vcpus = 1: 1 \(m1\.tiny\), 2 \(m1\.small\); add filters/);
    await expect(flavorLookup.read(c.conn, { flavor_id: 'nope' })).rejects.toThrow(
      'no flavor matches flavor_id = "nope"',
    );
    await expect(flavorLookup.read(c.conn, { flavor_id: '1', vcpus: 8 })).rejects.toThrow(
      /no flavor matches flavor_id = "1", vcpus = 8/,
    );
  });
});

describe('getImage', () => {
  test('by name, by id, by visibility', async () => {
    expect(await imageLookup.read(c.conn, { name: CIRROS_NAME })).toMatchObject({
      id: CIRROS,
      image_id: CIRROS,
      name: CIRROS_NAME,
      status: 'active',
      min_disk: 0,
    });
    expect(await imageLookup.read(c.conn, { image_id: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70' })).toMatchObject({
      name: 'ubuntu-24.04-server',
      min_disk: 10,
    });
    expect(await imageLookup.read(c.conn, { name: CIRROS_NAME, visibility: 'public' })).toMatchObject({
      image_id: CIRROS,
      visibility: 'public',
    });
  });

  test('none or several matches name the filters', async () => {
    await expect(imageLookup.read(c.conn, { name: CIRROS_NAME, visibility: 'private' })).rejects.toThrow(
      `no image matches name = "${CIRROS_NAME}", visibility = "private"`,
    );
    await expect(imageLookup.read(c.conn, { name: CIRROS_NAME, tags: ['golden'] })).rejects.toThrow(
      `no image matches name = "${CIRROS_NAME}", tags = ["golden"]`,
    );
    await expect(imageLookup.read(c.conn, { image_id: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(
      LookupError,
    );
    await expect(imageLookup.read(c.conn, { visibility: 'public' })).rejects.toThrow(
      /^4 images match visibility = "public": .*cirros-0\.6\.2.*; add filters so that exactly one matches$/,
    );
  });
});

describe('getNetwork', () => {
  test('by name, by id, by external and shared', async () => {
    expect(await networkLookup.read(c.conn, { name: 'private' })).toMatchObject({
      id: PRIVATE_NET,
      network_id: PRIVATE_NET,
      external: false,
      shared: false,
      status: 'ACTIVE',
    });
    expect((await networkLookup.read(c.conn, { network_id: PRIVATE_NET })).subnets).toHaveLength(1);
    expect(await networkLookup.read(c.conn, { external: true })).toMatchObject({
      name: 'b_tt3_td1b',
      external: true,
      shared: true,
    });
    expect(await networkLookup.read(c.conn, { shared: false })).toMatchObject({ name: 'private' });
  });

  test('none or several matches name the filters', async () => {
    await expect(networkLookup.read(c.conn, { name: 'private', external: true })).rejects.toThrow(
      'no network matches name = "private", external = true',
    );
    await expect(networkLookup.read(c.conn, {})).rejects.toThrow(/^2 networks match \(no filters\): .*\(private\)/);
    await expect(networkLookup.read(c.conn, { name: 'alt-private' })).rejects.toThrow(
      'no network matches name = "alt-private"',
    );
  });
});

test.each([
  [flavorLookup, { vcpus: 0 }, 'vcpus'],
  [flavorLookup, { ram: '2G' }, 'ram'],
  [flavorLookup, { min_disk: -1 }, 'min_disk'],
  [flavorLookup, { flavour: 'm1' }, 'flavour'],
  [imageLookup, { image_id: 'cirros' }, 'image_id'],
  [imageLookup, { visibility: 'everyone' }, 'visibility'],
  [imageLookup, { tags: [''] }, 'tags[0]'],
  [networkLookup, { network_id: 'private' }, 'network_id'],
  [networkLookup, { external: 'yes' }, 'external'],
])('%#: invalid filters %j name %s and send nothing', async (lookup, args, field) => {
  const { requests, error } = await countRequests(c.running, () => lookup.read(c.conn, args));
  expect(error).toBeInstanceOf(ValidationError);
  expect(namesField(error, field)).toBe(true);
  expect(requests).toBe(0);
});

test('embedded engine: the three lookups', async () => {
  const { conn } = await embedded();
  expect((await flavorLookup.read(conn, { name: 'm1.tiny' })).flavor_id).toBe('1');
  expect((await imageLookup.read(conn, { name: CIRROS_NAME })).image_id).toBe(CIRROS);
  expect((await networkLookup.read(conn, { name: 'private' })).network_id).toBe(PRIVATE_NET);
  await conn.close();
});
