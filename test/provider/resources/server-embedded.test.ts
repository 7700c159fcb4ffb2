// The Server resource on the embedded engine: no cloud configured, the engine runs in this process behind
// the same HTTP semantics (no port), on the real clock with its short default durations.
import { serverResource as server } from '../../../provider/resources/server';
import { embedded } from './engine-cloud';

test('create, update along a power path, refresh and delete with no cloud configured', async () => {
  const { conn } = await embedded();
  expect(conn.embedded).toBe(true);
  const config = {
    name: 'emb',
    flavor_name: 'm1.tiny',
    image_name: 'cirros-0.6.2-x86_64-disk',
    network: [{ name: 'private' }],
  };
  const created = await server.create(conn, config);
  expect(created.status).toBe('ACTIVE');
  const paused = await server.update(conn, created, { ...config, power_state: 'paused', flavor_name: 'm1.small' });
  expect(paused).toMatchObject({ status: 'PAUSED', flavor_id: '2' });
  expect(
    (
      await server.plan(conn, await server.read(conn, paused), {
        ...config,
        power_state: 'paused',
        flavor_name: 'm1.small',
      })
    ).action,
  ).toBe('noop');
  await server.delete(conn, paused);
  expect(await server.read(conn, paused)).toBeNull();
});
