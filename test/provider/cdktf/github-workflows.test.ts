// The GitOps example (examples/github/) cannot rot: the `run:` steps of both workflows are read from the YAML
// and executed as GitHub would run them (bash -eo pipefail, the job's env, working-directory, RUNNER_TEMP) on
// a copy of the quickstart app, with the secrets pointing at the embedded engine served on 127.0.0.1. The
// `uses:` steps are GitHub's own (checkout, setup-node, setup-terraform, the comment script): the project is
// already in place and installed, terraform is on PATH and takes novaform/novaform from a local mirror.
// The loop: pull-request preview (synth, plan, `novaform preview`), merge (cdktf deploy, a diff with no
// changes), then the next pull request's preview, which has nothing to add.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { type RunningEngine, serverStatus, startEngine } from '../../../engine';
import { ROOT } from '../terraform/terraform';
import { CdktfProject, CDKTF_BIN, OFFLINE_ENV } from './cdktf-cli';

jest.setTimeout(900_000);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}
interface Job {
  env?: Record<string, string>;
  steps: Step[];
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  strategy?: { matrix: Record<string, string[]> };
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const load = (file: string) =>
  YAML.parse(fs.readFileSync(path.join(ROOT, 'examples', 'github', file), 'utf8')) as Workflow;

/** The stack the workflows are pointed at: the quickstart app's only stack. */
const STACK = 'quickstart';

let served: RunningEngine | undefined;
let project: CdktfProject | undefined;
const required = <T>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`beforeAll did not set up ${what}`);
  return v;
};
const cloud = () => required(served, 'the served engine');
const proj = () => required(project, 'the project');
let runnerTemp: string;
const stepTimes: [string, number][] = [];

beforeAll(async () => {
  const p = (project = CdktfProject.fromExample('cdktf-quickstart'));
  // `npx cdktf` and `npx novaform` as in a project that installed both.
  fs.mkdirSync(path.join(p.dir, 'node_modules', '.bin'));
  fs.symlinkSync(CDKTF_BIN, path.join(p.dir, 'node_modules', '.bin', 'cdktf'));
  fs.symlinkSync(path.join(ROOT, 'provider', 'bin', 'novaform'), path.join(p.dir, 'node_modules', '.bin', 'novaform'));
  runnerTemp = path.join(p.tmp, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  served = await startEngine({ port: 0, host: '127.0.0.1', data: path.join(p.tmp, 'cloud.db') });
});
afterAll(async () => {
  console.log(
    `GitHub workflow steps: ${stepTimes.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ')}; ` +
      `total ${(stepTimes.reduce((n, [, ms]) => n + ms, 0) / 1000).toFixed(1)} s`,
  );
  await served?.close();
  project?.cleanup();
});

/** `${{ … }}` as GitHub would fill it for this run; anything else is a test error. */
function expand(text: string, ctx: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    if (!(expr in ctx)) throw new Error(`the test does not know the expression ${expr} in ${text}`);
    return ctx[expr];
  });
}

/** The secrets the workflows read: the seeded demo member of the served engine. */
const secrets = () => ({
  'secrets.OS_AUTH_URL': cloud().authUrl,
  'secrets.OS_USERNAME': 'demo',
  'secrets.OS_PASSWORD': 'demo-secret',
  'secrets.OS_PROJECT_NAME': 'demo',
});

/** Runs every `run:` step of the workflow's only job; returns the output of each, by step name. */
async function runJob(wf: Workflow, matrix: Record<string, string> = {}): Promise<Record<string, string>> {
  const [job] = Object.values(wf.jobs);
  const ctx: Record<string, string> = {
    ...secrets(),
    ...Object.fromEntries(Object.entries(matrix).map(([k, v]) => [`matrix.${k}`, v])),
    'runner.temp': runnerTemp,
  };
  const jobEnv = Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, expand(String(v), ctx)]));
  // The workflows are written for a stack named in the job; this run points them at the quickstart's stack.
  jobEnv.STACK = STACK;
  ctx['env.STACK'] = STACK;
  const outputs: Record<string, string> = {};
  for (const step of job.steps) {
    if (step.uses || !step.run) continue;
    if (step.run.trim() === 'npm ci') continue; // the project is installed (node_modules linked to this checkout)
    const cwd = path.join(proj().dir, expand(step['working-directory'] ?? '.', ctx));
    const env = {
      ...proj().env,
      ...OFFLINE_ENV,
      NPM_CONFIG_UPDATE_NOTIFIER: 'false',
      RUNNER_TEMP: runnerTemp,
      ...jobEnv,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), ctx)])),
    };
    const t0 = Date.now();
    const r = await new Promise<{ code: number; out: string }>((resolve, reject) => {
      const c = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], { cwd, env });
      let out = '';
      c.stdout.on('data', (d: Buffer) => (out += d.toString()));
      c.stderr.on('data', (d: Buffer) => (out += d.toString()));
      c.on('error', reject);
      c.on('close', (code) => resolve({ code: code ?? -1, out }));
    });
    stepTimes.push([step.name ?? step.run.split('\n')[0], Date.now() - t0]);
    if (r.code !== 0) throw new Error(`step "${step.name}" exited ${r.code}:\n${r.out}`);
    outputs[step.name ?? step.run] = r.out;
  }
  return outputs;
}

const servers = () => {
  const { engine } = cloud();
  const demo = engine.callerFor('demo');
  return engine.servers
    .list(demo)
    .servers.map((s) => engine.servers.get(demo, s.id))
    .map((s) => `${s.name} ${serverStatus(s)}`)
    .sort();
};

test('the merge workflow deploys on pushes to main, one run per stack at a time, never cancelled', () => {
  const wf = load('deploy.yml');
  expect(wf.on).toEqual({ push: { branches: ['main'] } });
  const [job] = Object.values(wf.jobs);
  expect(job.concurrency).toEqual({ group: 'novaform-deploy-${{ matrix.stack }}', 'cancel-in-progress': false });
  expect(job.strategy?.matrix.stack.length).toBeGreaterThan(0);
  expect(job.env?.STACK).toBe('${{ matrix.stack }}');
  const runs = job.steps.map((s) => s.run ?? '').join('\n');
  expect(runs).toContain('npx cdktf deploy "$STACK" --auto-approve --skip-provider-lock');
  expect(runs).toContain('npx cdktf diff "$STACK" --skip-provider-lock');
});

test('preview on a pull request, deploy on merge, and the next preview has nothing to add', async () => {
  const pr = load('pr-preview.yml');
  const deploy = load('deploy.yml');
  const preview = path.join(runnerTemp, 'preview.md');

  const first = await runJob(pr);
  expect(first.Synthesize).toContain(`Generated Terraform code for the stacks: ${STACK}`);
  const comment = fs.readFileSync(preview, 'utf8');
  expect(comment.split('\n', 1)[0]).toBe(`<!-- novaform-preview key=${STACK} -->`);
  expect(comment).toContain(`novaform preview: stack ${STACK}`);
  expect(comment).toMatch(/Plan: 8 to add, 0 to change, 0 to replace, 0 to destroy/);
  expect(servers()).toEqual([]); // a preview changes nothing

  const merged = await runJob(deploy, { stack: STACK });
  expect(merged.Deploy).toContain('Apply complete! Resources: 8 added, 0 changed, 0 destroyed.');
  expect(merged['No changes left']).toMatch(/No changes\. Your infrastructure matches the configuration\./);
  expect(servers()).toEqual(['web-1 ACTIVE', 'web-2 ACTIVE']);

  await runJob(pr);
  expect(fs.readFileSync(preview, 'utf8')).toMatch(/Plan: 0 to add, 0 to change, 0 to replace, 0 to destroy/);
});
