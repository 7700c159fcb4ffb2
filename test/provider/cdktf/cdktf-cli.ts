// Drives the real cdktf CLI (the `cdktf-cli` dev dependency) on a copy of an example app, offline: the app is
// copied into a temp dir whose node_modules links to this checkout's cdktf, constructs, tsx and `novaform`
// (so `novaform/cdktf` resolves as in a user's project), the Terraform plugin is installed into a mirror that
// a CLI configuration (TF_CLI_CONFIG_FILE) names as the only source of novaform/novaform, HOME is the temp dir,
// and every command runs with --skip-provider-lock (the lock step asks the public registry). Where the
// machine allows it, each command runs in its own network namespace with only loopback up, so nothing it
// starts (cdktf, the app, terraform, the plugin) can reach anything outside this machine.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installProvider, PROVIDER_SOURCE } from '../../../provider/cli/terraform';
import { ensureBuilt, ROOT } from '../terraform/terraform';

export const CDKTF_BIN = path.join(ROOT, 'node_modules', '.bin', 'cdktf');
const PROVIDER = `registry.terraform.io/${PROVIDER_SOURCE}`;

/** The variables that keep cdktf-cli and Terraform from calling home (read in cdktf-cli's source). */
export const OFFLINE_ENV = {
  CHECKPOINT_DISABLE: '1', // cdktf's telemetry and Terraform's version check (checkpoint-api.hashicorp.com)
  DISABLE_VERSION_CHECK: '1', // cdktf-cli's "newer version available" and library version checks
  CI: '1', // no interactive prompts (crash-report consent)
  FORCE_COLOR: '0',
  TF_IN_AUTOMATION: '1',
};

/** `unshare -n` with loopback brought up, when this machine lets us create a network namespace. */
const ISOLATE = ['unshare', '-n', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh'];
export const canIsolate = (() => {
  const r = spawnSync(ISOLATE[0], [...ISOLATE.slice(1), 'true'], { encoding: 'utf8' });
  return r.status === 0;
})();

export interface CliRun {
  code: number;
  out: string;
  ms: number;
}

/** A CLI configuration installing novaform from the mirror only, nothing from the network. */
export function mirrorCliConfig(mirror: string): string {
  return `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = [${JSON.stringify(PROVIDER)}]
  }
  direct {
    exclude = [${JSON.stringify(PROVIDER)}]
  }
}
`;
}

export class CdktfProject {
  readonly tmp: string;
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  /** Milliseconds per command, in order, for the suite's timing line. */
  readonly times: [string, number][] = [];

  private constructor(example: string) {
    ensureBuilt();
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), `novaform-cdktf-cli-${path.basename(example)}-`));
    this.dir = path.join(this.tmp, 'project');
    fs.mkdirSync(path.join(this.dir, 'node_modules'), { recursive: true });
    for (const f of fs.readdirSync(example)) {
      if (f.endsWith('.ts') || f === 'cdktf.json') fs.copyFileSync(path.join(example, f), path.join(this.dir, f));
    }
    for (const m of ['cdktf', 'constructs', 'tsx']) {
      fs.symlinkSync(path.join(ROOT, 'node_modules', m), path.join(this.dir, 'node_modules', m));
    }
    fs.symlinkSync(ROOT, path.join(this.dir, 'node_modules', 'novaform'));
    const mirror = path.join(this.tmp, 'plugins');
    installProvider({ dir: mirror, root: ROOT });
    const cliConfig = path.join(this.tmp, 'terraform.rc');
    fs.writeFileSync(cliConfig, mirrorCliConfig(mirror));
    this.env = {
      PATH: process.env.PATH,
      HOME: path.join(this.tmp, 'home'),
      TMPDIR: os.tmpdir(),
      TF_CLI_CONFIG_FILE: cliConfig,
      ...OFFLINE_ENV,
    };
  }

  static fromExample(name: string): CdktfProject {
    return new CdktfProject(path.join(ROOT, 'examples', name));
  }

  /** Runs `cdktf <args>` in the project (in a network namespace when possible); resolves with its output. */
  cdktf(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    return this.spawn(CDKTF_BIN, args, extraEnv, `cdktf ${args[0]}`);
  }

  /** Runs any command the same way (the GitHub workflow steps use `sh -c`). */
  spawn(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}, label = cmd): Promise<CliRun> {
    const argv = canIsolate ? [...ISOLATE, cmd, ...args] : [cmd, ...args];
    const t0 = Date.now();
    return new Promise((resolve, reject) => {
      const p = spawn(argv[0], argv.slice(1), {
        cwd: this.dir,
        env: { ...this.env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      p.stdout.on('data', (d: Buffer) => (out += d.toString()));
      p.stderr.on('data', (d: Buffer) => (out += d.toString()));
      p.on('error', reject);
      p.on('close', (code) => {
        const ms = Date.now() - t0;
        this.times.push([label, ms]);
        resolve({ code: code ?? -1, out, ms });
      });
    });
  }

  /** Like cdktf(), but a non-zero exit fails with the command's output. */
  async ok(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    const r = await this.cdktf(args, extraEnv);
    if (r.code !== 0) throw new Error(`cdktf ${args.join(' ')} exited ${r.code}:\n${r.out}`);
    return r;
  }

  timing(): string {
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const total = this.times.reduce((n, [, ms]) => n + ms, 0);
    return `${this.times.map(([l, ms]) => `${l} ${s(ms)}`).join(', ')}; total ${s(total)}`;
  }

  cleanup(): void {
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

if (!canIsolate) {
  console.warn('cdktf-cli tests: `unshare -n` is not available here; commands run without a network namespace');
}
