// `terraform test` on the example module (examples/terraform-module): the mocked plan-only file, and the two
// files that apply on the embedded engine, each in its own store, run at the same time as two processes —
// all within a budget well under a minute. A copy of the module runs in a temp working directory with the
// plugin installed there, so the example folder stays clean.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, Workdir, type Run } from './terraform';

jest.setTimeout(180_000);

const MODULE = path.join(ROOT, 'examples', 'terraform-module');
const CLI = ['-no-color'];
let w: Workdir;

beforeAll(async () => {
  w = Workdir.create();
  fs.cpSync(MODULE, w.dir, { recursive: true });
  await w.ok(['init', '-input=false', ...CLI]);
});
afterAll(() => (w as Workdir | undefined)?.cleanup());

const passed = (r: Run, file: string) =>
  expect(r.stdout).toMatch(new RegExp(`tests/${file}\\.tftest\\.hcl\\.{3} pass`));

test('module tests pass: mocked plans, validation rules, then applies in parallel on separate stores', async () => {
  const t0 = Date.now();
  const plan = await w.ok(['test', '-filter=tests/plan.tftest.hcl', ...CLI]);
  passed(plan, 'plan');
  expect(plan.stdout).toMatch(/run "too_many_servers"\.\.\. pass/);
  expect(plan.stdout).toMatch(/run "bad_prefix"\.\.\. pass/);
  // The mocked provider never starts an engine: no store appears.
  expect(fs.existsSync(path.join(w.dir, '.novaform'))).toBe(false);

  const [scale, flavor] = await Promise.all([
    w.ok(['test', '-filter=tests/scale.tftest.hcl', ...CLI]),
    w.ok(['test', '-filter=tests/flavor.tftest.hcl', ...CLI]),
  ]);
  passed(scale, 'scale');
  expect(scale.stdout).toMatch(/run "scale_to_three"\.\.\. pass/);
  passed(flavor, 'flavor');
  expect(fs.readdirSync(path.join(w.dir, '.novaform')).filter((f) => f.endsWith('.db'))).toEqual([
    'test-flavor.db',
    'test-scale.db',
  ]);
  const seconds = (Date.now() - t0) / 1000;
  console.log(
    `terraform test: plan file ${plan.ms} ms, scale ${scale.ms} ms, flavor ${flavor.ms} ms, all ${seconds} s`,
  );
  // About 10 s on a quiet 2-core machine; 60–70 s at load 20, where every plugin launch takes 2–5 s.
  expect(seconds).toBeLessThan(90);
});

test('a failing assertion fails the run and names it', async () => {
  fs.writeFileSync(
    path.join(w.dir, 'tests', 'wrong.tftest.hcl'),
    `${fs.readFileSync(path.join(MODULE, 'tests', 'plan.tftest.hcl'), 'utf8').split('\nrun ')[0]}
run "wrong_count" {
  command = plan
  assert {
    condition     = length(novaform_server.this) == 7
    error_message = "expected seven servers"
  }
}
`,
  );
  const r = await w.tf(['test', '-filter=tests/wrong.tftest.hcl', ...CLI]);
  expect(r.code).toBe(1);
  expect(r.stdout + r.stderr).toMatch(/expected seven servers/);
  fs.rmSync(path.join(w.dir, 'tests', 'wrong.tftest.hcl'));
});
