// Drives the real `terraform` CLI against the bundled plugin. Every working directory is a fresh temp dir
// with its own HOME and an empty CLI configuration, and the plugin is installed into its
// terraform.d/plugins (an implied local mirror) with `novaform terraform install --dir`, so nothing touches
// the real home directory and nothing goes to the network.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const BUNDLE = path.join(ROOT, 'dist', 'terraform-provider-novaform.cjs');
export const LAUNCHER = path.join(ROOT, 'provider', 'bin', 'terraform-provider-novaform');

/** The bundles `npm ci` builds; built here only when missing (e.g. a checkout without `prepare`). */
export function ensureBuilt(): void {
  if (fs.existsSync(BUNDLE) && fs.existsSync(path.join(ROOT, 'dist', 'novaform.cjs'))) return;
  const r = spawnSync(process.execPath, ['provider/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

export const HEADER = `terraform {
  required_providers {
    novaform = { source = "novaform/novaform" }
  }
}
`;

/** A provider block for the seeded demo member of an engine served at `authUrl`, polling fast. */
export const demoProvider = (authUrl: string) => `provider "novaform" {
  auth_url            = "${authUrl}"
  user_name           = "demo"
  password            = "demo-secret"
  user_domain_name    = "Default"
  project_name        = "demo"
  project_domain_name = "Default"
  poll_interval_ms    = 20
}
`;

/** A container group on the seed's ECI network (CTyun ids mapped onto demo's network), in HCL. */
export const containerGroupHcl = (
  name: string,
  restart: string,
  extra = '',
) => `resource "novaform_container_group" "cg" {
  container_group_name = "${name}"
  cpu                  = 1
  memory               = 1
  restart_policy       = "${restart}"
  vpc_id               = "vpc-ctt6yag121"
  v_switch_id          = "subnet-y9n723knrg"
  security_group_id    = "sg-5bvqyvrmch"
  az_info {
    az_name = "cn-huadong1-jsnj1A-public-ctcloud"
  }
  containers {
    name   = "web"
    cpu    = 1
    memory = 1
    image  = "nginx:latest"
  }
${extra}}
`;

export class Workdir {
  readonly env: NodeJS.ProcessEnv;
  private constructor(
    readonly dir: string,
    extraEnv: Record<string, string>,
  ) {
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    const cli = path.join(dir, 'cli.tfrc');
    fs.writeFileSync(cli, '');
    this.env = {
      PATH: process.env.PATH,
      HOME: home,
      TMPDIR: os.tmpdir(),
      TF_CLI_CONFIG_FILE: cli,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      ...extraEnv,
    };
  }

  /** A temp working directory with the plugin installed the way users install it. */
  static create(extraEnv: Record<string, string> = {}): Workdir {
    ensureBuilt();
    const w = new Workdir(fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-tf-')), extraEnv);
    const r = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'provider', 'bin', 'novaform'),
        'terraform',
        'install',
        '--dir',
        path.join(w.dir, 'terraform.d', 'plugins'),
      ],
      { env: w.env, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`novaform terraform install: ${r.stderr}`);
    return w;
  }

  write(main: string, file = 'main.tf'): void {
    fs.writeFileSync(path.join(this.dir, file), main);
  }

  tf(args: string[], env: Record<string, string> = {}): Promise<Run> {
    const t0 = Date.now();
    return new Promise((resolve, reject) => {
      const p = spawn('terraform', args, { cwd: this.dir, env: { ...this.env, ...env } });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      p.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
      });
      p.on('error', reject);
      p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - t0 }));
    });
  }

  /** Runs terraform and fails with its output unless it exits with one of `codes`. */
  async ok(args: string[], codes: number[] = [0], env: Record<string, string> = {}): Promise<Run> {
    const r = await this.tf(args, env);
    if (!codes.includes(r.code))
      throw new Error(`terraform ${args.join(' ')} exited ${r.code}\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  state(): {
    resources: { type: string; name: string; instances: { attributes: Record<string, unknown>; status?: string }[] }[];
  } {
    return JSON.parse(fs.readFileSync(path.join(this.dir, 'terraform.tfstate'), 'utf8'));
  }

  attrs(type: string, name: string): Record<string, unknown> {
    const r = this.state().resources.find((x) => x.type === type && x.name === name);
    if (!r) throw new Error(`${type}.${name} is not in state`);
    return r.instances[0].attributes;
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** tfplugin6 RPC names per plugin launch, from the plugin's debug lines in a TF_LOG file. */
export function rpcCounts(logFile: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    const m = /"rpc":"(\w+)"/.exec(line);
    if (m) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
  }
  return counts;
}
