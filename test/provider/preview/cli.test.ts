// `novaform preview` as users run it: the inputs, the formats, --cdktf-out running the real terraform in a
// synthesized stack directory, and the exit codes (0 when produced, 2 when the preview cannot be made).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Command } from 'commander';
import YAML from 'yaml';
import { EXIT_CANNOT_PREVIEW, previewCommand, runPreview, type PreviewOptions } from '../../../provider/cli/preview';

const ROOT = path.join(__dirname, '..', '..', '..');
const PULUMI = path.join(__dirname, 'fixtures', 'pulumi-mixed.json');
let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-preview-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(opts: Partial<PreviewOptions>): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runPreview({ format: 'markdown', ...opts }, (s) => {
    out += s;
  });
  return { code, out };
}

test('--pulumi-preview in each format', async () => {
  const md = await run({ pulumiPreview: PULUMI, key: 'shop-dev' });
  expect(md.code).toBe(0);
  expect(md.out).toMatch(/^<!-- novaform-preview key=shop-dev -->\n/);
  const json = JSON.parse((await run({ pulumiPreview: PULUMI, format: 'json' })).out) as { summaryLine: string };
  expect(json.summaryLine).toBe('Plan: 2 to add, 1 to change, 1 to replace, 1 to destroy, 1 unchanged.');
  expect((await run({ pulumiPreview: PULUMI, format: 'text' })).out).toMatch(
    /^novaform preview \(pulumi\)\nPlan: 2 to add/,
  );
});

test.each([
  [{}, 'give exactly one of --terraform-plan, --pulumi-preview or --cdktf-out'],
  [
    { terraformPlan: 'a.json', pulumiPreview: 'b.json' },
    'give exactly one of --terraform-plan, --pulumi-preview or --cdktf-out (got --terraform-plan, --pulumi-preview)',
  ],
  [{ terraformPlan: '/nonexistent/plan.json' }, '--terraform-plan: cannot read /nonexistent/plan.json'],
  [{ pulumiPreview: PULUMI, format: 'html' }, '--format must be markdown, json or text, not "html"'],
  [{ pulumiPreview: PULUMI, maxChars: '10' }, '--max-chars must be an integer of at least 2000'],
  [{ cdktfOut: '/nonexistent' }, '--cdktf-out: /nonexistent is not a directory'],
] as [Partial<PreviewOptions>, string][])('refuses %j', async (opts, message) => {
  await expect(run(opts)).rejects.toThrow(message);
});

test('a plan file that is not JSON is named in the error', async () => {
  const bad = path.join(tmp, 'bad.json');
  fs.writeFileSync(bad, '{ not json');
  await expect(run({ terraformPlan: bad })).rejects.toThrow(`--terraform-plan: ${bad} is not JSON`);
});

test('--cdktf-out runs terraform init, plan and show -json in the stack directory', async () => {
  const stack = path.join(tmp, 'cdktf.out', 'stacks', 'dev');
  fs.mkdirSync(stack, { recursive: true });
  // What `cdktf synth` writes: JSON configuration syntax in cdk.tf.json.
  fs.writeFileSync(
    path.join(stack, 'cdk.tf.json'),
    JSON.stringify({
      resource: { terraform_data: { net: { input: 'n1' }, web: { input: '${terraform_data.net.output}' } } },
    }),
  );
  const { code, out } = await run({ cdktfOut: stack });
  expect(code).toBe(0);
  expect(out).toContain('**Plan: 2 to add, 0 to change, 0 to replace, 0 to destroy, 0 unchanged.**');
  expect(out).toMatch(/r\d --> r\d/);
  await expect(run({ cdktfOut: tmp })).rejects.toThrow('holds no Terraform configuration');
}, 60_000);

test('the real command: Markdown on stdout with exit 0; exit 2 with the reason on stderr', async () => {
  const cli = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'provider/cli/main.ts'), 'preview', ...args],
      { cwd: ROOT },
    ).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
  const [ok, bad] = await Promise.all([
    cli(['--pulumi-preview', PULUMI]),
    cli(['--terraform-plan', '/nonexistent/plan.json']),
  ]);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain('**Plan: 2 to add, 1 to change, 1 to replace, 1 to destroy, 1 unchanged.**');
  expect(bad.code).toBe(EXIT_CANNOT_PREVIEW);
  expect(bad.stdout).toBe('');
  expect(bad.stderr).toContain('novaform preview: --terraform-plan: cannot read /nonexistent/plan.json');
}, 60_000);

test('--simulate (embedded engine): predictions in the comment; exit 3 only with --fail-on-predicted', async () => {
  const cwd = path.join(tmp, 'sim');
  fs.mkdirSync(cwd, { recursive: true });
  // Eleven new servers where the demo project's instance quota is 10.
  const servers = Array.from({ length: 11 }, (_, i) => ({
    address: `novaform_server.s${i}`,
    mode: 'managed',
    type: 'novaform_server',
    name: `s${i}`,
    change: {
      actions: ['create'],
      before: null,
      after: { name: `s${i}`, flavor_name: 'm1.tiny', image_id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' },
      after_unknown: { id: true },
      before_sensitive: false,
      after_sensitive: {},
    },
  }));
  const file = path.join(cwd, 'plan.json');
  fs.writeFileSync(file, JSON.stringify({ format_version: '1.2', resource_changes: servers }));
  let out = '';
  const code = await runPreview(
    { format: 'markdown', terraformPlan: file, simulate: true, embeddedData: '.novaform/engine.db' },
    (s) => {
      out += s;
    },
    { cwd, env: {} },
  );
  expect(code).toBe(0);
  expect(out).toContain('### Would fail');
  expect(out).toContain(
    '| `novaform_server.s10` | `create` | 403 Quota exceeded for instances: Requested 1, ' +
      'but already used 10 of 10 instances |',
  );
  expect(out).toContain('_Simulation: capacity not checked (host capacity needs admin credentials)_');
  const strict = await runPreview(
    { format: 'json', terraformPlan: file, simulate: true, failOnPredicted: true, embeddedData: '.novaform/engine.db' },
    () => undefined,
    { cwd, env: {} },
  );
  expect(strict).toBe(3);
}, 60_000);

test('the example workflow calls the command with options it has', () => {
  const workflow = YAML.parse(fs.readFileSync(path.join(ROOT, 'examples/github/pr-preview.yml'), 'utf8')) as {
    on: unknown;
    jobs: { preview: { steps: { name?: string; run?: string }[] } };
  };
  expect(workflow.on).toHaveProperty('pull_request');
  const step = workflow.jobs.preview.steps.find((s) => s.run?.includes('novaform preview'))!;
  const program = new Command();
  previewCommand(program);
  const known = new Set(program.commands[0].options.map((o) => o.long));
  const used = step.run!.match(/--[a-z-]+/g)!;
  expect(used).toEqual(expect.arrayContaining(['--terraform-plan', '--simulate', '--key']));
  for (const flag of used) expect(known).toContain(flag);
  expect(workflow.jobs.preview.steps.map((s) => s.name)).toEqual(
    expect.arrayContaining(['Synthesize', 'Terraform plan', 'novaform preview', 'Create or update the sticky comment']),
  );
});
