// `novaform terraform install`: puts the Terraform plugin where `terraform init` finds it with no CLI
// configuration — the implied local mirror ~/.terraform.d/plugins (or the same layout under --dir) — as a
// small launcher pointing at this checkout's bundle. The launcher's bytes depend only on the paths of node
// and of the checkout, so rebuilding the plugin does not change the package hash in .terraform.lock.hcl;
// when the launcher itself changes, working directories need `terraform init -upgrade`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';

export const PROVIDER_SOURCE = 'novaform/novaform';
const REGISTRY_HOST = 'registry.terraform.io';

/** The novaform checkout this CLI runs from (the directory holding its package.json). */
export function checkoutRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'novaform')
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find the novaform checkout above ${from}`);
  }
}

/** Terraform's OS_ARCH for this machine (linux_amd64, darwin_arm64, …). */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const osName = platform === 'win32' ? 'windows' : platform;
  const archName = ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' } as Record<string, string>)[arch] ?? arch;
  return `${osName}_${archName}`;
}

export interface InstallResult {
  file: string;
  version: string;
  changed: boolean;
  created: boolean;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function installProvider(opts: { dir?: string; root?: string; node?: string } = {}): InstallResult {
  const root = opts.root ?? checkoutRoot();
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const mirror = path.resolve(opts.dir ?? path.join(os.homedir(), '.terraform.d', 'plugins'));
  const target = path.join(mirror, REGISTRY_HOST, ...PROVIDER_SOURCE.split('/'), version, terraformPlatform());
  const file = path.join(target, `terraform-provider-novaform_v${version}`);
  const launcher = path.join(root, 'provider', 'bin', 'terraform-provider-novaform');
  const text = [
    '#!/bin/sh',
    "# novaform's Terraform provider (installed by `novaform terraform install`): " +
      'runs the plugin bundle of this checkout.',
    `exec ${shellQuote(opts.node ?? process.execPath)} ${shellQuote(launcher)} "$@"`,
    '',
  ].join('\n');
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  fs.mkdirSync(target, { recursive: true });
  if (before !== text) fs.writeFileSync(file, text, { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return { file, version, changed: before !== undefined && before !== text, created: before === undefined };
}

export function terraformCommands(program: Command): void {
  const terraform = program.command('terraform').description('The Terraform provider (source novaform/novaform)');
  terraform
    .command('install')
    .description(
      "Install the provider into Terraform's implied local mirror (~/.terraform.d/plugins), " +
        'or the same layout under --dir',
    )
    .option('--dir <path>', 'plugin mirror directory (e.g. ./terraform.d/plugins for one working directory)')
    .action((opts: { dir?: string }) => {
      const root = checkoutRoot();
      if (!fs.existsSync(path.join(root, 'dist', 'terraform-provider-novaform.cjs'))) {
        console.error('novaform: the plugin bundle is missing; run `npm run build` (npm ci does it) first.');
      }
      const r = installProvider({ dir: opts.dir, root });
      console.log(`${r.created ? 'installed' : r.changed ? 'updated' : 'already installed'}: ${r.file}`);
      console.log(
        [
          '\nUse it with:',
          '  terraform {',
          '    required_providers {',
          `      novaform = { source = "${PROVIDER_SOURCE}", version = "${r.version}" }`,
          '    }',
          '  }',
          'then `terraform init`.',
        ].join('\n'),
      );
      if (r.changed) {
        console.log(
          '\nThe launcher changed, so its hash changed: ' +
            'run `terraform init -upgrade` in working directories that use it ' +
            '(or delete their .terraform.lock.hcl), or Terraform reports a checksum mismatch.',
        );
      } else {
        console.log(
          '\nRebuilding the plugin keeps this launcher byte-identical, ' +
            'so existing .terraform.lock.hcl files stay valid. ' +
            'If Terraform ever reports a checksum mismatch for novaform/novaform, run `terraform init -upgrade`.',
        );
      }
    });
}
