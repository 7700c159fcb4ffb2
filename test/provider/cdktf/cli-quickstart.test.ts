// The CDKTF loop a user types, with the real cdktf CLI on the quickstart app (examples/cdktf-quickstart),
// offline, on the embedded engine (the provider's default store under the stack's working directory):
// synth, diff, deploy, a diff with no changes, output, destroy.
import fs from 'node:fs';
import path from 'node:path';
import { createEngine, serverStatus } from '../../../engine';
import { PROVIDER_VERSION } from '../../../provider/cdktf/generate';
import { PROVIDER_ADDRESS } from '../../../provider/cdktf/schema-json';
import { CdktfProject } from './cdktf-cli';

jest.setTimeout(600_000);

let p: CdktfProject;
beforeAll(() => {
  p = CdktfProject.fromExample('cdktf-quickstart');
});
afterAll(() => {
  console.log(`cdktf CLI on the quickstart: ${p.timing()}`);
  p.cleanup();
});

const stackDir = () => path.join(p.dir, 'cdktf.out', 'stacks', 'quickstart');
const NO_CHANGES = /No changes\. Your infrastructure matches the configuration\./;

function servers(): { name: string; status: string }[] {
  const engine = createEngine({ data: path.join(stackDir(), '.novaform', 'engine.db') });
  try {
    const demo = engine.callerFor('demo');
    return engine.servers
      .list(demo)
      .servers.map((s) => engine.servers.get(demo, s.id))
      .map((s) => ({ name: s.name, status: serverStatus(s) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } finally {
    engine.close();
  }
}

test('cdktf synth, diff, deploy, a diff with no changes, output and destroy on the quickstart', async () => {
  const synth = await p.ok(['synth']);
  expect(synth.out).toContain('Generated Terraform code for the stacks: quickstart');
  const tf = JSON.parse(fs.readFileSync(path.join(stackDir(), 'cdk.tf.json'), 'utf8')) as {
    terraform: { required_providers: Record<string, unknown> };
  };
  // What cdktf-cli refused before the bindings carried a version.
  expect(tf.terraform.required_providers.novaform).toEqual({ source: PROVIDER_ADDRESS, version: PROVIDER_VERSION });

  // The first diff synthesizes again and plans everything.
  const diff = await p.ok(['diff', '--skip-provider-lock']);
  expect(diff.out).toContain('Plan: 8 to add, 0 to change, 0 to destroy.');
  expect(fs.existsSync(path.join(stackDir(), '.terraform.lock.hcl'))).toBe(true);

  const deploy = await p.ok(['deploy', '--skip-synth', '--skip-provider-lock', '--auto-approve']);
  expect(deploy.out).toContain('Apply complete! Resources: 8 added, 0 changed, 0 destroyed.');
  expect(servers()).toEqual([
    { name: 'web-1', status: 'ACTIVE' },
    { name: 'web-2', status: 'ACTIVE' },
  ]);
  // cdktf's default local backend: the state beside cdktf.json.
  expect(fs.existsSync(path.join(p.dir, 'terraform.quickstart.tfstate'))).toBe(true);

  // Synthesizing again keeps the stack directory's store: nothing to do.
  const again = await p.ok(['diff', '--skip-provider-lock']);
  expect(again.out).toMatch(NO_CHANGES);

  const outputsFile = path.join(p.tmp, 'outputs.json');
  const output = await p.ok(['output', '--skip-synth', '--outputs-file', outputsFile]);
  const outputs = (JSON.parse(fs.readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, unknown>>)
    .quickstart;
  expect(outputs.server_ids).toHaveLength(2);
  expect(outputs.container_group_id).toMatch(/^eci-/);
  expect(output.out).toContain(String(outputs.container_group_id));

  const destroy = await p.ok(['destroy', '--skip-synth', '--auto-approve']);
  expect(destroy.out).toContain('Destroy complete! Resources: 8 destroyed.');
  expect(servers()).toEqual([]);
});
