// A whole lifecycle through the real terraform CLI with no provider configuration: the plugin runs the
// embedded engine on .novaform/engine.db in the working directory. The test opens the same store to check
// what terraform did and to change things behind its back (drift, a resource to import).
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, type Engine } from '../../../engine';
import { HEADER, rpcCounts, Workdir } from './terraform';

jest.setTimeout(300_000);

let w: Workdir;
let engine: Engine | undefined;
beforeAll(() => {
  w = Workdir.create();
});
afterAll(() => {
  engine?.close();
  // Unset when a beforeAll failed part-way.
  (w as Workdir | undefined)?.cleanup();
});

const keypair = (name: string) =>
  `resource "novaform_keypair" "k" {\n  name = "${name}"\n}\noutput "fingerprint" { value = ` +
  `novaform_keypair.k.fingerprint }\n`;
const volume = (name: string, size: number) =>
  `resource "novaform_volume" "v" {\n  name = "${name}"\n  size = ${size}\n  metadata = { role = "db" }\n  timeouts ` +
  `{\n    create = "5m"\n  }\n}\n`;
const group = 'resource "novaform_server_group" "g" {\n  name     = "grp"\n  policies = ["anti-affinity"]\n}\n';

test('create, no-op plan, update in place, replace with reason, drift, import, state upgrade, destroy', async () => {
  // create
  w.write(HEADER + keypair('tf-key-a') + volume('data-1', 1) + group);
  await w.ok(['init', '-input=false', '-no-color']);
  const created = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(created.stdout).toMatch(/Apply complete! Resources: 3 added, 0 changed, 0 destroyed/);
  expect(fs.existsSync(path.join(w.dir, '.novaform', 'engine.db'))).toBe(true);
  engine = createEngine({ data: path.join(w.dir, '.novaform', 'engine.db') });
  const demo = engine.callerFor('demo');
  const v = w.attrs('novaform_volume', 'v');
  expect(engine.volumes.get(demo, String(v.id))).toMatchObject({ name: 'data-1', size: 1, metadata: { role: 'db' } });
  expect(v.timeouts).toEqual({ create: '5m', update: null, delete: null });
  expect(engine.keypairs.get(demo, 'tf-key-a').name).toBe('tf-key-a');
  const g = w.attrs('novaform_server_group', 'g');
  expect(engine.serverGroups.get(demo, String(g.id)).name).toBe('grp');

  // nothing to do, and the RPCs a plan costs
  const log = path.join(w.dir, 'tf.log');
  const noop = await w.ok(['plan', '-detailed-exitcode', '-input=false', '-no-color'], [0], {
    TF_LOG: 'debug',
    TF_LOG_PATH: log,
    NOVAFORM_LOG_LEVEL: 'debug',
  });
  expect(noop.stdout).toMatch(/No changes/);
  const rpcs = rpcCounts(log);
  expect(rpcs).toMatchObject({ ReadResource: 3, PlanResourceChange: 3, ConfigureProvider: 1 });
  expect(rpcs.ApplyResourceChange).toBeUndefined();

  // in place: rename and grow the volume
  w.write(HEADER + keypair('tf-key-a') + volume('data-2', 2) + group);
  const updated = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(updated.stdout).toMatch(/novaform_volume\.v will be updated in-place/);
  expect(updated.stdout).toMatch(/Resources: 0 added, 1 changed, 0 destroyed/);
  expect(engine.volumes.get(demo, String(v.id))).toMatchObject({ name: 'data-2', size: 2 });
  expect(w.attrs('novaform_volume', 'v').id).toBe(v.id);

  // replace: a keypair's name is its identity; the plan says so
  w.write(HEADER + keypair('tf-key-b') + volume('data-2', 2) + group);
  const replaced = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(replaced.stdout).toMatch(/novaform_keypair\.k must be replaced/);
  expect(replaced.stdout).toMatch(/# forces replacement/);
  expect(replaced.stdout + replaced.stderr).toMatch(
    /changing name forces replacement[\s\S]*the name is the keypair's identity/,
  );
  expect(replaced.stdout).toMatch(/Resources: 1 added, 0 changed, 1 destroyed/);
  expect(engine.keypairs.list(demo).map((k: { name: string }) => k.name)).toEqual(['tf-key-b']);

  // drift: renamed behind terraform's back, and a group deleted
  engine.volumes.update(demo, String(v.id), { name: 'renamed' });
  engine.serverGroups.delete(demo, String(g.id));
  const drift = await w.ok(['plan', '-detailed-exitcode', '-input=false', '-no-color'], [2]);
  expect(drift.stdout).toMatch(/~ name\s+= "renamed" -> "data-2"/);
  expect(drift.stdout).toMatch(/novaform_server_group\.g will be created/);

  // import an existing volume (and converge the drift in the same apply)
  const legacy = engine.volumes.create(demo, { size: 3, name: 'legacy' });
  const importing =
    `import {\n  to = novaform_volume.legacy\n  id = "${legacy.id}"\n}\nresource "novaform_volume" ` +
    `"legacy" {\n  name = "legacy"\n  size = 3\n}\n`;
  w.write(HEADER + keypair('tf-key-b') + volume('data-2', 2) + group + importing);
  const imported = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
  expect(imported.stdout).toMatch(/Resources: 1 imported, 1 added, 1 changed, 0 destroyed/);
  expect(w.attrs('novaform_volume', 'legacy')).toMatchObject({ id: legacy.id, name: 'legacy', size: 3 });
  expect(engine.volumes.get(demo, String(v.id)).name).toBe('data-2');
  await w.ok(['plan', '-detailed-exitcode', '-input=false', '-no-color'], [0]);
  const missing = '00000000-0000-4000-8000-000000000000';
  w.write(
    HEADER +
      keypair('tf-key-b') +
      volume('data-2', 2) +
      group +
      importing +
      `import {\n  to = novaform_volume.missing\n  id = "${missing}"\n}\nresource "novaform_volume" "missing" {\n  ` +
      `size = 1\n}\n`,
  );
  const notFound = await w.tf(['plan', '-input=false', '-no-color']);
  expect([notFound.code, notFound.stderr]).toEqual([
    1,
    expect.stringMatching(new RegExp(`Cannot import novaform_volume "${missing}": it does not exist`)),
  ]);
  w.write(HEADER + keypair('tf-key-b') + volume('data-2', 2) + group + importing);

  // state written by an older schema version (with an attribute since dropped) is upgraded on refresh
  const file = path.join(w.dir, 'terraform.tfstate');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  const stored = saved.resources.find(
    (r: { type: string; name: string }) => r.type === 'novaform_volume' && r.name === 'v',
  ).instances[0];
  const version = stored.schema_version as number;
  Object.assign(stored, { schema_version: 0, attributes: { ...stored.attributes, dropped_attribute: 'x' } });
  fs.writeFileSync(file, JSON.stringify(saved));
  await w.ok(['apply', '-refresh-only', '-auto-approve', '-input=false', '-no-color']);
  const upgraded = JSON.parse(fs.readFileSync(file, 'utf8')).resources.find(
    (r: { type: string; name: string }) => r.type === 'novaform_volume' && r.name === 'v',
  ).instances[0];
  expect(upgraded.schema_version).toBe(version);
  expect(upgraded.attributes).not.toHaveProperty('dropped_attribute');
  expect(upgraded.attributes).toMatchObject({ id: v.id, name: 'data-2', size: 2 });

  // destroy
  const destroyed = await w.ok(['destroy', '-auto-approve', '-input=false', '-no-color']);
  expect(destroyed.stdout).toMatch(/Destroy complete! Resources: 4 destroyed/);
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  expect(ids(engine.volumes.list(demo))).not.toEqual(expect.arrayContaining([v.id]));
  expect(ids(engine.volumes.list(demo))).not.toEqual(expect.arrayContaining([legacy.id]));
  expect(engine.keypairs.list(demo).map((k: { name: string }) => k.name)).not.toContain('tf-key-b');
  expect(ids(engine.serverGroups.list(demo)).length).toBe(0);
});
