// `npm start` is a newcomer's first command: the Terraform quickstart run end to end through the real CLI
// (plugin install into a mirror, cdktf synth of examples/cdktf-quickstart, terraform init/plan/apply on the
// embedded engine, the engine's view, a second plan with no changes), in a temporary workspace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../../../engine';
import { ensureBuilt, ROOT } from '../terraform/terraform';

jest.setTimeout(180_000);

function novaform(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [path.join(ROOT, 'provider', 'bin', 'novaform'), ...args], { cwd: ROOT, env });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.on('error', reject);
    p.on('close', (code) => resolve({ code: code ?? -1, out }));
  });
}

let tmp: string;
let ws: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-quickstart-'));
  ws = path.join(tmp, '.novaform');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const env = () => ({ PATH: process.env.PATH, HOME: path.join(tmp, 'home'), TMPDIR: os.tmpdir(), CI: 'true' });

test('the quickstart deploys the CDKTF example on the embedded engine and a second plan has no changes', async () => {
  fs.mkdirSync(path.join(ws, 'stale'), { recursive: true });
  const r = await novaform(['quickstart', '--dir', ws], env());
  if (r.code !== 0) throw new Error(r.out);
  expect(fs.existsSync(path.join(ws, 'stale'))).toBe(false); // started from a clean workspace
  for (let n = 1; n <= 7; n++) expect(r.out).toContain(`==> [${n}/7]`);
  expect(r.out).toContain('Plan: 8 to add, 0 to change, 0 to destroy.');
  expect(r.out).toContain('Apply complete! Resources: 8 added, 0 changed, 0 destroyed.');
  expect(r.out).toMatch(/No changes\. Your infrastructure matches the configuration\./);
  expect(r.out).not.toMatch(/BEGIN [A-Z ]*PRIVATE KEY/);
  // Terraform JSON synthesized by the app, state and store where the summary says they are.
  const stack = path.join(ws, 'cdktf.out', 'stacks', 'quickstart');
  expect(fs.existsSync(path.join(stack, 'cdk.tf.json'))).toBe(true);
  expect(fs.existsSync(path.join(stack, '.terraform.lock.hcl'))).toBe(true);
  // What the quickstart printed is what the engine holds: two ACTIVE servers on different hosts
  // (anti-affinity), web-1 with its volume and two NICs, the container group Running.
  const engine = createEngine({ data: path.join(stack, '.novaform', 'engine.db') });
  try {
    const demo = engine.callerFor('demo');
    const servers = engine.servers
      .list(demo)
      .servers.map((s) => engine.servers.get(demo, s.id))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(servers.map((s) => s.name)).toEqual(['web-1', 'web-2']);
    expect(new Set(servers.map((s) => s.host)).size).toBe(2);
    expect(servers[0].volumes).toHaveLength(1);
    expect(engine.servers.listInterfaces(demo, servers[0].id)).toHaveLength(2);
    for (const s of servers) expect(r.out).toMatch(new RegExp(`${s.name}\\s+ACTIVE\\s+m1\\.tiny\\s+${s.host}`));
    const [group] = engine.eci.list(demo);
    expect(group.name).toBe('cdktf-app');
    expect(r.out).toContain(group.id);
  } finally {
    engine.close();
  }
  expect(r.out).toMatch(
    /Done in [\d.]+ s: synth [\d.]+ s, init [\d.]+ s, plan [\d.]+ s, apply [\d.]+ s, second plan [\d.]+ s\./,
  );
});

test('a failing step ends the quickstart with a non-zero exit code and says which', async () => {
  // No terraform on PATH (an empty directory): the first step says so and nothing else runs.
  const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-nobin-'));
  const r = await novaform(['quickstart', '--dir', ws], { ...env(), PATH: emptyBin });
  fs.rmSync(emptyBin, { recursive: true, force: true });
  expect(r.code).toBe(1);
  expect(r.out).toContain('==> [1/7]');
  expect(r.out).toMatch(/novaform: terraform was not found on PATH: install Terraform/);
  expect(r.out).not.toContain('==> [2/7]');
  expect(fs.existsSync(path.join(ws, 'cdktf.out'))).toBe(true); // the workspace of the run before is left alone

  // A terraform whose init fails (a wrapper around the real one): the quickstart shows terraform's output,
  // names the step and exits 1 without going on.
  const real = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim();
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-failbin-'));
  const other = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-quickstart-other-'));
  fs.writeFileSync(
    path.join(bin, 'terraform'),
    `#!/bin/sh\nif [ "$1" = init ]; then echo "Error: registry unreachable (test)" >&2; exit 1; ` +
      `fi\nexec ${real} "$@"\n`,
    { mode: 0o755 },
  );
  const bad = await novaform(['quickstart', '--dir', other], { ...env(), PATH: `${bin}:${process.env.PATH ?? ''}` });
  fs.rmSync(bin, { recursive: true, force: true });
  fs.rmSync(other, { recursive: true, force: true });
  expect(bad.code).toBe(1);
  expect(bad.out).toContain('==> [4/7]');
  expect(bad.out).toContain('Error: registry unreachable (test)');
  expect(bad.out).toMatch(/novaform: terraform init failed \(exit code 1\)/);
  expect(bad.out).not.toContain('==> [5/7]');

  // A mistyped --dir pointing at a project is never emptied.
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-project-'));
  fs.writeFileSync(path.join(project, 'main.tf'), '# mine\n');
  const refused = await novaform(['quickstart', '--dir', project], env());
  expect(refused.code).toBe(1);
  expect(refused.out).toMatch(/novaform: refusing to empty .*: it is not a quickstart workspace/);
  expect(fs.readFileSync(path.join(project, 'main.tf'), 'utf8')).toBe('# mine\n');
  // Nor a project's own .novaform/ holding its embedded engine's store.
  fs.mkdirSync(path.join(project, '.novaform'));
  fs.writeFileSync(path.join(project, '.novaform', 'engine.db'), 'store');
  const store = await novaform(['quickstart', '--dir', path.join(project, '.novaform')], env());
  expect(store.code).toBe(1);
  expect(fs.readFileSync(path.join(project, '.novaform', 'engine.db'), 'utf8')).toBe('store');
  fs.rmSync(project, { recursive: true, force: true });
});
