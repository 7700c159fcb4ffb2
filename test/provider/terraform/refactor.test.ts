// Refactoring a configuration without touching the cloud: a `moved` block between addresses of the same
// novaform type (count → for_each) plans no change and keeps the ids; a `removed` block with destroy = false
// and `terraform state rm` forget an object and leave it running. Checked on the served engine's own API.
import { startEngine, type RunningEngine } from '../../../engine';
import { HEADER, Workdir, demoProvider, type Run } from './terraform';

jest.setTimeout(300_000);

const CLI = ['-input=false', '-no-color'];
let running: RunningEngine;
let w: Workdir;

beforeAll(async () => {
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:', durations: { default: 0 } });
  w = Workdir.create();
});
afterAll(async () => {
  (w as Workdir | undefined)?.cleanup();
  await (running as RunningEngine | undefined)?.close();
});

const demo = () => running.engine.callerFor('demo');
const groups = () =>
  Object.fromEntries(running.engine.serverGroups.list(demo()).map((g: { id: string; name: string }) => [g.name, g.id]));
const write = (body: string) => w.write(HEADER + demoProvider(running.authUrl) + body);
const summary = (r: Run) => [...r.stdout.matchAll(/(Plan: |Apply complete! |No changes\.)[^\n]*/g)].pop()?.[0];
const stateIds = () =>
  Object.fromEntries(
    w
      .state()
      .resources.flatMap((r) =>
        r.instances.map((i) => [
          `${r.name}[${JSON.stringify((i as { index_key?: unknown }).index_key)}]`,
          i.attributes.id,
        ]),
      ),
  );

test('moved (count → for_each) plans nothing; removed and state rm leave the objects in the cloud', async () => {
  write(`resource "novaform_server_group" "g" {
  count    = 2
  name     = "rf-\${count.index}"
  policies = ["soft-anti-affinity"]
}
resource "novaform_server_group" "solo" {
  name     = "rf-solo"
  policies = ["affinity"]
}
`);
  await w.ok(['init', ...CLI]);
  await w.ok(['apply', '-auto-approve', ...CLI]);
  const made = groups();
  expect(Object.keys(made).sort()).toEqual(['rf-0', 'rf-1', 'rf-solo']);

  // count → for_each, the same two groups under new keys
  write(`resource "novaform_server_group" "g" {
  for_each = { a = "rf-0", b = "rf-1" }
  name     = each.value
  policies = ["soft-anti-affinity"]
}
moved {
  from = novaform_server_group.g[0]
  to   = novaform_server_group.g["a"]
}
moved {
  from = novaform_server_group.g[1]
  to   = novaform_server_group.g["b"]
}
resource "novaform_server_group" "solo" {
  name     = "rf-solo"
  policies = ["affinity"]
}
`);
  const plan = await w.ok(['plan', '-detailed-exitcode', ...CLI], [0, 2]);
  expect(plan.stdout).toMatch(/novaform_server_group\.g\[0\] has moved to novaform_server_group\.g\["a"\]/);
  expect(plan.stdout).toMatch(/novaform_server_group\.g\[1\] has moved to novaform_server_group\.g\["b"\]/);
  expect(plan.stdout).not.toMatch(/will be (created|destroyed|updated)|must be replaced/);
  expect(summary(plan)).toBe('Plan: 0 to add, 0 to change, 0 to destroy.');
  await w.ok(['apply', '-auto-approve', ...CLI]);
  const moved = { 'g["a"]': made['rf-0'], 'g["b"]': made['rf-1'], 'solo[undefined]': made['rf-solo'] };
  expect(stateIds()).toEqual(moved);
  expect(summary(await w.ok(['plan', ...CLI]))).toMatch(/^No changes\./);

  // removed { destroy = false }: "solo" leaves the configuration and the state, and stays in the cloud
  write(`resource "novaform_server_group" "g" {
  for_each = { a = "rf-0", b = "rf-1" }
  name     = each.value
  policies = ["soft-anti-affinity"]
}
removed {
  from = novaform_server_group.solo
  lifecycle {
    destroy = false
  }
}
`);
  const forget = await w.ok(['apply', '-auto-approve', ...CLI]);
  expect(forget.stdout).toMatch(/novaform_server_group\.solo will no longer be managed by Terraform/);
  expect(forget.stdout).toMatch(/Resources: 0 added, 0 changed, 0 destroyed/);
  expect(stateIds()).toEqual({ 'g["a"]': made['rf-0'], 'g["b"]': made['rf-1'] });
  expect(groups()).toEqual(made);

  // terraform state rm: forgotten, still there
  await w.ok(['state', 'rm', 'novaform_server_group.g', '-no-color']);
  expect(w.state().resources).toEqual([]);
  expect(groups()).toEqual(made);
  write('');
  const empty = await w.ok(['plan', ...CLI]);
  expect(summary(empty)).toMatch(/^No changes\./);
});
