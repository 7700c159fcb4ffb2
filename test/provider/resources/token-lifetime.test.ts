// How long a create's idempotency token lives and who may adopt it: it stays until the resource's first
// update (the engine saves its state only after the create returns), a fresh process (a re-run after a
// kill) adopts it, identical twins created together never share an object, a process that has seen the
// object in a saved state never adopts it, and with all 50 tags taken by the user the token moves to a
// reserved metadata key so every one of the user's tags still works. Volumes carry it in metadata.
import { connect, type Connection } from '../../../provider/client/connection';
import { noteOwned, TOKEN_METADATA_KEY } from '../../../provider/client/idempotency';
import { serverResource as server } from '../../../provider/resources/server';
import { volume } from '../../../provider/resources/volume';
import { ValidationError } from '../../../provider/schema/validate';
import type { Obj } from '../../../provider/schema/values';
import { cloud, type Cloud } from './engine-cloud';

let c: Cloud;
beforeAll(async () => {
  c = await cloud();
  const e = c.running.engine;
  e.quotas.set(e.callerFor('admin'), e.callerFor('demo').projectId, { instances: -1, cores: -1, ram: -1 });
});
afterAll(async () => {
  await c.close();
});

/** Another provider process: its own connection, knowing nothing of this one's creates. */
async function freshProcess(): Promise<Connection> {
  return connect(
    {
      auth_url: c.running.authUrl,
      user_name: 'demo',
      password: 'demo-secret',
      project_name: 'demo',
      user_domain_name: 'Default',
      project_domain_name: 'Default',
      poll_interval_ms: 10,
    },
    { cwd: c.cwd, env: {} },
  );
}

const demo = () => c.running.engine.callerFor('demo');
const live = (id: unknown) => c.running.engine.servers.get(demo(), String(id));
const named = (name: string) => c.running.engine.servers.list(demo(), {}).servers.filter((s) => s.name === name);
const cfg = (name: string, extra: Obj = {}): Obj => ({
  name,
  flavor_name: 'm1.tiny',
  image_name: 'cirros-0.6.2-x86_64-disk',
  network_mode: 'none',
  ...extra,
});
const tokenTags = (id: unknown) => live(id).tags.filter((t) => t.startsWith('novaform-idem-'));

test('the token outlives the create; a re-run in a fresh process adopts; the first update gives it up', async () => {
  const first = await server.create(c.conn, cfg('life'));
  expect(tokenTags(first.id)).toHaveLength(1);
  // The engine died before saving: the re-run (another process, same configuration) finds the server.
  const other = await freshProcess();
  try {
    const again = await server.create(other, cfg('life'));
    expect(again.id).toBe(first.id);
    expect(named('life')).toHaveLength(1);
  } finally {
    await other.close();
  }
  // An update is handed the saved state: from now on the token is no longer needed.
  const renamed = await server.update(c.conn, first, cfg('life-2'));
  expect(renamed.name).toBe('life-2');
  expect(tokenTags(first.id)).toEqual([]);
});

test('identical twins created together (count with one name) get a server each', async () => {
  const [a, b, d] = await Promise.all([1, 2, 3].map(() => server.create(c.conn, cfg('twin'))));
  expect(new Set([a.id, b.id, d.id]).size).toBe(3);
  expect(named('twin')).toHaveLength(3);
});

test('a process that saw the server in a saved state never adopts it (a replacement keeps the URN)', async () => {
  const urn = 'urn:pulumi:dev::app::novaform:index:Server::repl';
  const old = await server.create(c.conn, cfg('repl'), { urn });
  const other = await freshProcess();
  try {
    // Pulumi's Diff (or Terraform's plan of the replacement) carries the old id before the create.
    noteOwned(other, old.id);
    const replacement = await server.create(other, cfg('repl'), { urn });
    expect(replacement.id).not.toBe(old.id);
    expect(named('repl')).toHaveLength(2);
  } finally {
    await other.close();
  }
});

test("50 user tags: all of them are the user's; the token goes under the reserved metadata key", async () => {
  const tags = Array.from({ length: 50 }, (_, i) => `t${String(i).padStart(2, '0')}`);
  const config = cfg('full-tags', { tags, metadata: { role: 'db' } });
  const state = await server.create(c.conn, config);
  expect([...live(state.id).tags].sort()).toEqual(tags);
  expect(live(state.id).metadata[TOKEN_METADATA_KEY]).toMatch(/^novaform-idem-/);
  expect(state.tags).toEqual(tags);
  expect(state.metadata).toEqual({ role: 'db' });
  expect((await server.plan(c.conn, await server.read(c.conn, state), config)).action).toBe('noop');
  const other = await freshProcess();
  try {
    expect((await server.create(other, config)).id).toBe(state.id);
    expect(named('full-tags')).toHaveLength(1);
  } finally {
    await other.close();
  }
  await server.update(c.conn, state, { ...config, metadata: { role: 'db', tier: '1' } });
  expect(live(state.id).metadata).toEqual({ role: 'db', tier: '1' });
});

test('the reserved metadata key is refused, naming the field and the rule', async () => {
  for (const [r, config] of [
    [server, cfg('reserved', { metadata: { [TOKEN_METADATA_KEY]: 'x' } })],
    [volume, { size: 1, metadata: { [TOKEN_METADATA_KEY]: 'x' } }],
  ] as const) {
    expect(r.validate(config)).toEqual([
      {
        path: `metadata.${TOKEN_METADATA_KEY}`,
        message: expect.stringMatching(/reserved for novaform's idempotency token/),
      },
    ]);
    await expect(r.create(c.conn, config)).rejects.toThrow(ValidationError);
  }
});

test('volumes: the token in metadata, adopted by a re-run, not in the state, gone after an update', async () => {
  const config = { size: 1, name: 'vol-token', metadata: { a: '1' } };
  const first = await volume.create(c.conn, config);
  expect(first.metadata).toEqual({ a: '1' });
  const vol = () => c.running.engine.volumes.get(demo(), String(first.id));
  expect(vol().metadata[TOKEN_METADATA_KEY]).toMatch(/^novaform-idem-/);
  const other = await freshProcess();
  try {
    expect((await volume.create(other, config)).id).toBe(first.id);
  } finally {
    await other.close();
  }
  expect(c.running.engine.volumes.list(demo()).filter((v) => v.name === 'vol-token')).toHaveLength(1);
  await volume.update(c.conn, first, { ...config, name: 'vol-token-2' });
  expect(vol().metadata).toEqual({ a: '1' });
});
