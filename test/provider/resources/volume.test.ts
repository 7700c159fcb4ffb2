// Volume through the engine's Cinder v3 API: create and wait, read without drift, rename/metadata/extend in
// place, shrink and type changes planned as replacements with their reasons, import, out-of-band deletion,
// delete twice, API errors surfacing with their status, validation with no calls.
import { ApiError } from '../../../provider/client/service';
import { volume } from '../../../provider/resources/volume';
import { SHRINK_REASON } from '../../../provider/schema/volume';
import { ValidationError } from '../../../provider/schema/validate';
import { UNKNOWN } from '../../../provider/schema/values';
import { CIRROS } from '../../helpers/http';
import { cloud, countRequests, embedded, namesField, type Cloud } from './engine-cloud';

let c: Cloud;
beforeAll(async () => {
  c = await cloud();
});
afterAll(async () => {
  await c.close();
});

const cinder = (path: string) => `/volume/v3/${c.demo.projectId}${path}`;

test('create waits for available; read matches the configuration', async () => {
  const config = { name: 'data', size: 1, volume_type: 'SSD', metadata: { role: 'db' }, description: 'first' };
  const state = await volume.create(c.conn, config);
  expect(state).toMatchObject({
    ...config,
    status: 'available',
    bootable: false,
    attachments: [],
    availability_zone: 'nova',
    image_id: null,
  });
  const shown = await c.demo.get(cinder(`/volumes/${String(state.id)}`));
  expect(shown.body.volume).toMatchObject({ name: 'data', size: 1, volume_type: 'SSD', metadata: { role: 'db' } });
  const read = await volume.read(c.conn, state);
  expect(read).toEqual(state);
  expect((await volume.plan(c.conn, read, config)).action).toBe('noop');
});

test('rename, metadata and growth apply in place; shrinking and a new type replace with the reason', async () => {
  const state = await volume.create(c.conn, { name: 'grow', size: 1 });
  const config = { name: 'grown', size: 3, metadata: { tier: 'gold' } };
  const plan = await volume.plan(c.conn, state, config);
  expect(plan.action).toBe('update');
  expect(plan.changes.map((x) => x.path).sort()).toEqual(['metadata', 'name', 'size']);
  expect(plan.changes.every((x) => !x.replace)).toBe(true);
  expect(plan.operations.map((o) => o.op).sort()).toEqual(['extend', 'update']);
  expect(plan.planned.status).toBe(UNKNOWN);
  const updated = await volume.update(c.conn, state, config);
  expect(updated).toMatchObject({
    id: state.id,
    name: 'grown',
    size: 3,
    metadata: { tier: 'gold' },
    status: 'available',
  });
  expect((await c.demo.get(cinder(`/volumes/${String(state.id)}`))).body.volume.size).toBe(3);
  expect((await volume.plan(c.conn, updated, config)).action).toBe('noop');

  const shrink = await volume.plan(c.conn, updated, { ...config, size: 2 });
  expect(shrink.action).toBe('replace');
  expect(shrink.changes).toEqual([
    expect.objectContaining({ path: 'size', before: 3, after: 2, replace: SHRINK_REASON }),
  ]);
  await expect(volume.update(c.conn, updated, { ...config, size: 2 })).rejects.toThrow(/size: .*cannot shrink/);
  const retype = await volume.plan(c.conn, updated, { ...config, volume_type: 'SATA' });
  expect(retype).toMatchObject({
    action: 'replace',
    changes: [{ path: 'volume_type', replace: expect.stringMatching(/fixed at creation/) }],
  });
  const fromImage = await volume.plan(c.conn, updated, { ...config, image_id: CIRROS });
  expect(fromImage.changes[0].replace).toMatch(/built from its source/);
  // Removing metadata and the name in place.
  const cleared = await volume.update(c.conn, updated, { size: 3 });
  expect(cleared).toMatchObject({ name: null, metadata: {} });
  expect((await c.demo.get(cinder(`/volumes/${String(state.id)}`))).body.volume).toMatchObject({
    name: '',
    metadata: {},
  });
  expect((await volume.plan(c.conn, cleared, { size: 3 })).action).toBe('noop');
});

test('a volume from an image is bootable; import by id; deleted out of band; delete twice', async () => {
  const state = await volume.create(c.conn, { size: 1, image_id: CIRROS });
  expect(state).toMatchObject({ image_id: CIRROS, bootable: true });
  const imported = await volume.import(c.conn, String(state.id));
  expect(imported).toEqual(state);
  expect((await volume.plan(c.conn, imported, { size: 1, image_id: CIRROS })).action).toBe('noop');
  expect(await volume.import(c.conn, '00000000-0000-4000-8000-000000000000')).toBeNull();
  expect((await c.demo.delete(cinder(`/volumes/${String(state.id)}`))).status).toBe(202);
  expect(await volume.read(c.conn, state)).toBeNull();
  await volume.delete(c.conn, state);
  const again = await volume.create(c.conn, { size: 1 });
  await volume.delete(c.conn, again);
  await volume.delete(c.conn, again);
  expect((await c.demo.get(cinder(`/volumes/${String(again.id)}`))).status).toBe(404);
});

test('out-of-band drift: metadata is put back in place, a volume grown behind our back is replaced', async () => {
  const config = { size: 1, name: 'drifty', metadata: { role: 'db' } };
  const state = await volume.create(c.conn, config);
  expect(
    (await c.demo.put(cinder(`/volumes/${String(state.id)}`), { volume: { metadata: { role: 'web', extra: '1' } } }))
      .status,
  ).toBe(200);
  expect(
    (await c.demo.post(cinder(`/volumes/${String(state.id)}/action`), { 'os-extend': { new_size: 2 } })).status,
  ).toBe(202);
  const read = await volume.read(c.conn, state);
  expect(read).toMatchObject({ size: 2, metadata: { role: 'web', extra: '1' } });
  const plan = await volume.plan(c.conn, read, config);
  expect(plan.action).toBe('replace');
  expect(plan.changes).toEqual(
    expect.arrayContaining([expect.objectContaining({ path: 'size', replace: SHRINK_REASON })]),
  );
  const keepSize = await volume.plan(c.conn, read, { ...config, size: 2 });
  expect(keepSize.action).toBe('update');
  expect(keepSize.changes.map((x) => x.path).sort()).toEqual(['metadata["extra"]', 'metadata["role"]']);
  expect(await volume.update(c.conn, read!, { ...config, size: 2 })).toMatchObject({ metadata: { role: 'db' } });
  await volume.delete(c.conn, state);
});

test('a type given by id reads back as the same type (no drift)', async () => {
  const SATA = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
  const state = await volume.create(c.conn, { size: 1, volume_type: SATA });
  expect(state.volume_type).toBe(SATA);
  expect((await c.demo.get(cinder(`/volumes/${String(state.id)}`))).body.volume.volume_type).toBe('SATA');
  const read = await volume.read(c.conn, state);
  expect((await volume.plan(c.conn, read, { size: 1, volume_type: SATA })).action).toBe('noop');
  await volume.delete(c.conn, state);
});

test('API refusals surface as ApiError with status and message', async () => {
  const e = await volume.create(c.conn, { size: 1, volume_type: 'NO-SUCH-TYPE' }).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ApiError);
  expect(e).toMatchObject({
    status: 400,
    message: expect.stringMatching(/Volume type with name NO-SUCH-TYPE could not be found/),
  });
});

test.each([
  [{}, 'size'],
  [{ size: 0 }, 'size'],
  [{ size: 1.5 }, 'size'],
  [{ size: '10' }, 'size'],
  [{ size: 1, name: 'n'.repeat(256) }, 'name'],
  [{ size: 1, description: 'd'.repeat(256) }, 'description'],
  [{ size: 1, metadata: { k: 'v'.repeat(256) } }, 'metadata.k'],
  [{ size: 1, image_id: 'cirros' }, 'image_id'],
  [{ size: 1, snapshot_id: 'snap' }, 'snapshot_id'],
  [{ size: 1, image_id: CIRROS, snapshot_id: CIRROS }, 'snapshot_id'],
  [{ size: 1, volume_type: '' }, 'volume_type'],
  [{ size: 1, availability_zone: '' }, 'availability_zone'],
])('invalid %j names %s and sends nothing', async (config, field) => {
  const { requests, error } = await countRequests(c.running, () => volume.create(c.conn, config));
  expect(error).toBeInstanceOf(ValidationError);
  expect(namesField(error, field)).toBe(true);
  expect(requests).toBe(0);
});

test('embedded engine: create, extend, delete', async () => {
  const { conn } = await embedded();
  const s = await volume.create(conn, { size: 1, name: 'emb' });
  expect(s.status).toBe('available');
  expect(await volume.update(conn, s, { size: 2, name: 'emb' })).toMatchObject({ size: 2 });
  await volume.delete(conn, s);
  expect(await volume.read(conn, s)).toBeNull();
  await conn.close();
});
