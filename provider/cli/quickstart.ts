// `npm start` (`novaform quickstart`): the Terraform path a newcomer takes, end to end and offline. From a
// clean workspace (.novaform/ by default) it installs the Terraform plugin into a local mirror, synthesizes
// the CDKTF example (examples/cdktf-quickstart/main.ts), runs terraform init, plan (printed) and apply
// against the embedded engine, shows what the engine now holds, and checks that a second plan has nothing
// to do. Any failing step ends the run with a non-zero exit code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { showEngine } from './quickstart-show';
import { checkoutRoot, installProvider, PROVIDER_SOURCE } from './terraform';

const PROVIDER = `registry.terraform.io/${PROVIDER_SOURCE}`;
const STACK = 'quickstart';

export interface QuickstartOptions {
  dir: string;
  print?: (line: string) => void;
}
export interface QuickstartTimes {
  synth: number;
  init: number;
  plan: number;
  apply: number;
  replan: number;
  total: number;
}

interface Run {
  code: number;
  out: string;
  stdout: string;
  ms: number;
}

/** Runs a command, echoing its output indented (when `echo`), and collects it (`out`: stdout and stderr). */
function run(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; echo: boolean; print: (l: string) => void },
): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stdout = '';
    let pending = '';
    const take = (d: Buffer) => {
      const text = d.toString();
      out += text;
      if (!opts.echo) return;
      const lines = (pending + text).split('\n');
      pending = lines.pop() ?? '';
      for (const l of lines) opts.print(`    ${l}`);
    };
    p.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      take(d);
    });
    p.stderr.on('data', take);
    p.on('error', (err) => reject(new Error(`cannot run ${cmd}: ${err.message}`)));
    p.on('close', (code) => {
      if (opts.echo && pending) opts.print(`    ${pending}`);
      resolve({ code: code ?? 1, out, stdout, ms: Date.now() - t0 });
    });
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const CLI_CONFIG_HEADER = '# Written by `novaform quickstart`';

/** A CLI configuration that installs novaform from the mirror only (the user's own config is not read). */
function cliConfig(mirror: string): string {
  return `${CLI_CONFIG_HEADER}: novaform comes from this local mirror, nothing from the network.
provider_installation {
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

/** Empties the workspace, refusing a directory that is neither new, empty, a previous quickstart's workspace
 * nor a `.novaform` folder without an engine store of its own (a mistyped --dir, or `npx novaform quickstart`
 * run in a Terraform project whose .novaform/engine.db holds its embedded engine, must not lose anything). */
function emptyWorkspace(ws: string): void {
  if (fs.existsSync(ws)) {
    const entries = fs.readdirSync(ws);
    const cli = path.join(ws, 'terraform.rc');
    const ours =
      entries.length === 0 ||
      (fs.existsSync(cli) && fs.readFileSync(cli, 'utf8').startsWith(CLI_CONFIG_HEADER)) ||
      (path.basename(ws) === '.novaform' && !entries.includes('engine.db'));
    if (!ours)
      throw new Error(
        `refusing to empty ${ws}: it is not a quickstart workspace (pass --dir with a new or empty directory)`,
      );
  }
  fs.rmSync(ws, { recursive: true, force: true });
  fs.mkdirSync(ws, { recursive: true });
}

export async function quickstart(opts: QuickstartOptions): Promise<QuickstartTimes> {
  const print = opts.print ?? ((l: string) => console.log(l));
  const t0 = Date.now();
  const root = checkoutRoot();
  const ws = path.resolve(opts.dir);
  const example = path.join(root, 'examples', 'cdktf-quickstart', 'main.ts');
  const outdir = path.join(ws, 'cdktf.out');
  const stackDir = path.join(outdir, 'stacks', STACK);
  const color = Boolean(process.stdout.isTTY) && opts.print === undefined;
  const step = (n: number, text: string) => print(`\n==> [${n}/7] ${text}`);

  print(
    'novaform quickstart: deploys examples/cdktf-quickstart (a keypair, ' +
      'an anti-affinity server group with two servers,',
  );
  print(
    "a data volume and a second NIC on the first, an ECI container group) with the real terraform CLI on novaform's",
  );
  print(
    'embedded engine: no cloud account, nothing downloaded. Every step is shown; ' +
      'the workspace is kept for you to explore.',
  );
  step(1, `Starting from a clean workspace: ${ws}`);
  const version = await run('terraform', ['version', '-json'], {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    echo: false,
    print,
  }).catch(() => undefined);
  const tfVersion =
    version?.code === 0 ? (JSON.parse(version.stdout) as { terraform_version?: string }).terraform_version : undefined;
  if (!tfVersion)
    throw new Error(
      'terraform was not found on PATH: install Terraform (1.11 or later, ' +
        'https://developer.hashicorp.com/terraform/install) and run again',
    );
  print(`    node ${process.version}, terraform ${tfVersion}`);
  emptyWorkspace(ws);

  step(
    2,
    'Installing the novaform Terraform plugin into a local mirror (what `novaform terraform install --dir` does)',
  );
  if (
    !fs.existsSync(path.join(root, 'dist', 'terraform-provider-novaform.cjs')) ||
    !fs.existsSync(path.join(root, 'dist', 'cdktf.cjs'))
  ) {
    throw new Error(
      'the bundles in dist/ are missing: run `npm ci` (or `npm run build`) in the novaform checkout first',
    );
  }
  const mirror = path.join(ws, 'plugins');
  const installed = installProvider({ dir: mirror, root });
  const cliFile = path.join(ws, 'terraform.rc');
  fs.writeFileSync(cliFile, cliConfig(mirror));
  print(`    ${installed.file}`);
  print(`    Terraform reads ${cliFile} (TF_CLI_CONFIG_FILE): novaform from the mirror, nothing downloaded.`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    CDKTF_OUTDIR: outdir,
  };
  const noColor = color ? [] : ['-no-color'];
  const terraform = async (what: string, args: string[], echo: boolean, okCodes = [0]) => {
    const r = await run('terraform', [...args, ...noColor], { cwd: stackDir, env, echo, print });
    if (!okCodes.includes(r.code)) {
      if (!echo) for (const l of r.out.trimEnd().split('\n')) print(`    ${l}`);
      throw new Error(`terraform ${what} failed (exit code ${r.code}); its output is above`);
    }
    return r;
  };

  step(3, `Synthesizing the CDKTF app ${path.relative(root, example)} (cdktf synth)`);
  // TypeScript through tsx's require hook (one process, unlike the tsx CLI); cwd is the workspace, so cdktf's
  // default local backend keeps the state there (terraform.quickstart.tfstate).
  const tsx = createRequire(path.join(root, 'package.json')).resolve('tsx/cjs');
  const synth = await run(process.execPath, ['--require', tsx, example], { cwd: ws, env, echo: false, print });
  if (synth.code !== 0) {
    for (const l of synth.out.trimEnd().split('\n')) print(`    ${l}`);
    throw new Error(`the CDKTF app failed (exit code ${synth.code}); its output is above`);
  }
  const tfJson = path.join(stackDir, 'cdk.tf.json');
  if (!fs.existsSync(tfJson)) throw new Error(`the CDKTF app wrote no ${tfJson}`);
  const resources = Object.values(
    (JSON.parse(fs.readFileSync(tfJson, 'utf8')) as { resource?: Record<string, object> }).resource ?? {},
  ).reduce((n, byName) => n + Object.keys(byName).length, 0);
  print(`    ${path.relative(ws, tfJson)}: ${resources} resources (Terraform JSON syntax), in ${seconds(synth.ms)}`);

  step(4, 'terraform init (provider from the mirror; -upgrade so a rebuilt plugin never trips the lock file)');
  const init = await terraform('init', ['init', '-upgrade', '-input=false'], false);
  const installedLine = init.out
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .find((l) => /^Installed novaform\/novaform/.test(l));
  print(
    `    ${installedLine ?? 'novaform/novaform installed'} from the mirror; ` +
      `.terraform.lock.hcl written (${seconds(init.ms)})`,
  );

  step(5, 'terraform plan: what Terraform will do (nothing exists yet)');
  const plan = await terraform('plan', ['plan', '-input=false', '-out=tfplan'], true);
  print(`    (plan took ${seconds(plan.ms)})`);
  print('    Then terraform apply:');
  const apply = await terraform('apply', ['apply', '-input=false', 'tfplan'], true);
  print(`    (apply took ${seconds(apply.ms)})`);

  const store = path.join(stackDir, '.novaform', 'engine.db');
  step(6, `What the embedded engine now holds (${path.relative(ws, store)}, read through the engine's API)`);
  showEngine(store, print);

  step(7, 'terraform plan again: the stack must be in sync (-detailed-exitcode: 0 = no changes)');
  const replan = await terraform('plan', ['plan', '-input=false', '-detailed-exitcode'], false, [0, 2]);
  const clean = replan.code === 0 && /No changes\./.test(replan.out);
  if (!clean) {
    for (const l of replan.out.trimEnd().split('\n')) print(`    ${l}`);
    throw new Error('the second plan is not empty: applying the stack did not converge');
  }
  print(`    No changes. Your infrastructure matches the configuration. (${seconds(replan.ms)})`);

  const times = {
    synth: synth.ms,
    init: init.ms,
    plan: plan.ms,
    apply: apply.ms,
    replan: replan.ms,
    total: Date.now() - t0,
  };
  print(
    `\nDone in ${seconds(times.total)}: synth ${seconds(times.synth)}, init ${seconds(times.init)}, ` +
      `plan ${seconds(times.plan)}, ` +
      `apply ${seconds(times.apply)}, second plan ${seconds(times.replan)}.`,
  );
  print(`Everything lives in ${ws}. Try it yourself:`);
  const rel = path.relative(process.cwd(), stackDir);
  print(`  cd ${rel.startsWith('..') ? stackDir : rel} && TF_CLI_CONFIG_FILE=${cliFile} terraform plan`);
  print('  edit examples/cdktf-quickstart/main.ts, then `npm start` again (it starts from scratch each time).');
  return times;
}
