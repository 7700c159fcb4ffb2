// `--cdktf-out cdktf.out/stacks/<stack>`: Terraform stays the planner. Runs init, plan -out and show -json in
// the synthesized stack directory and returns the JSON plan.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PlanInputError } from './raw';

const run = promisify(execFile);

export async function planStackDir(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new PlanInputError(`--cdktf-out: ${dir} is not a directory`);
  if (!fs.readdirSync(dir).some((f) => f.endsWith('.tf.json') || f.endsWith('.tf'))) {
    throw new PlanInputError(
      `--cdktf-out: ${dir} holds no Terraform configuration (expected cdk.tf.json from cdktf synth)`,
    );
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-preview-'));
  const planFile = path.join(tmp, 'tfplan');
  const opts = {
    cwd: dir,
    env: { ...env, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0' },
    maxBuffer: 512 * 1024 * 1024,
  };
  const step = async (args: string[]) => {
    try {
      return (await run('terraform', args, opts)).stdout;
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new PlanInputError(
        `terraform ${args[0]} failed in ${dir}: ${(e.stderr || e.message).trim().split('\n').slice(-15).join('\n')}`,
      );
    }
  };
  try {
    await step(['init', '-input=false', '-no-color']);
    await step(['plan', '-input=false', '-no-color', `-out=${planFile}`]);
    return JSON.parse(await step(['show', '-json', '-no-color', planFile])) as unknown;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
