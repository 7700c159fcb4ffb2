// The real cdktf CLI on an app of two stacks where one consumes the other's values (examples/cdktf-multi-stack:
// `app`'s servers join `shared`'s server group and use its keypair), offline, on one embedded store named
// by both stacks: synth, diff, deploy of both (dependencies first), diffs with no changes, output, destroy.
import fs from 'node:fs';
import path from 'node:path';
import { createEngine } from '../../../engine';
import { CdktfProject } from './cdktf-cli';

jest.setTimeout(900_000);

let p: CdktfProject;
beforeAll(() => {
  p = CdktfProject.fromExample('cdktf-multi-stack');
});
afterAll(() => {
  console.log(`cdktf CLI on two stacks: ${p.timing()}`);
  p.cleanup();
});

const NO_CHANGES = /No changes\. Your infrastructure matches the configuration\./;
const tfJson = (stack: string) =>
  JSON.parse(fs.readFileSync(path.join(p.dir, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf8')) as {
    output?: Record<string, unknown>;
    data?: Record<string, Record<string, { backend?: string }>>;
  };

function groupMembers(): { group: string | undefined; members: string[]; servers: Record<string, string> } {
  const engine = createEngine({ data: path.join(p.dir, '.novaform', 'engine.db') });
  try {
    const demo = engine.callerFor('demo');
    const group = engine.serverGroups.list(demo).at(0);
    const servers = Object.fromEntries(engine.servers.list(demo).servers.map((s) => [s.name, s.id]));
    return { group: group?.id, members: [...(group?.members ?? [])].sort(), servers };
  } finally {
    engine.close();
  }
}

test('two stacks with a cross-stack reference: synth, diff, deploy, no-change diffs, output, destroy', async () => {
  const synth = await p.ok(['synth']);
  expect(synth.out).toMatch(/Generated Terraform code for the stacks: (shared, app|app, shared)/);
  // The reference became an output of `shared` and a remote-state lookup in `app`.
  expect(Object.keys(tfJson('shared').output ?? {}).length).toBeGreaterThanOrEqual(2);
  expect(Object.values(tfJson('app').data?.terraform_remote_state ?? {})).toEqual([
    expect.objectContaining({ backend: 'local' }),
  ]);

  const diff = await p.ok(['diff', 'shared', '--skip-synth', '--skip-provider-lock']);
  expect(diff.out).toContain('Plan: 2 to add, 0 to change, 0 to destroy.');

  // `app` needs `shared`: cdktf deploys them in dependency order.
  const deploy = await p.ok(['deploy', 'shared', 'app', '--skip-synth', '--skip-provider-lock', '--auto-approve']);
  expect(deploy.out).toContain('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.');
  const deployed = groupMembers();
  expect(Object.keys(deployed.servers).sort()).toEqual(['app-1', 'app-2']);
  expect(deployed.members).toEqual(Object.values(deployed.servers).sort());

  for (const stack of ['shared', 'app']) {
    const again = await p.ok(['diff', stack, '--skip-provider-lock', ...(stack === 'app' ? ['--skip-synth'] : [])]);
    expect(again.out).toMatch(NO_CHANGES);
  }

  const outputsFile = path.join(p.tmp, 'outputs.json');
  await p.ok(['output', 'app', '--skip-synth', '--outputs-file', outputsFile]);
  const outputs = (JSON.parse(fs.readFileSync(outputsFile, 'utf8')) as Record<string, Record<string, unknown>>).app;
  expect(outputs.server_group_id).toBe(deployed.group);
  expect([...(outputs.server_ids as string[])].sort()).toEqual(Object.values(deployed.servers).sort());

  // Destroyed dependents first.
  const destroy = await p.ok(['destroy', 'app', 'shared', '--skip-synth', '--auto-approve']);
  expect(destroy.out).toContain('Destroy complete! Resources: 2 destroyed.');
  const after = groupMembers();
  expect(after.group).toBeUndefined();
  expect(after.servers).toEqual({});
});
