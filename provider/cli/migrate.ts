// `novaform migrate --from-state terraform.tfstate`: a terraform-provider-openstack state → `import` blocks and
// the matching novaform configuration (provider/migrate/). Warnings (what is not carried) go to stderr.
import fs from 'node:fs';
import type { Command } from 'commander';
import { migrateOpenstackState } from '../migrate/openstack';

export function migrateCommand(program: Command): void {
  program
    .command('migrate')
    .description(
      'Write import blocks and novaform configuration for the resources of a terraform-provider-openstack state',
    )
    .requiredOption(
      '--from-state <file>',
      'the tf-openstack state (terraform.tfstate, or `terraform state pull` output)',
    )
    .option('--out <file>', 'where to write the configuration (default: stdout)')
    .option('--force', 'overwrite --out if it exists')
    .action((opts: { fromState: string; out?: string; force?: boolean }) => {
      const state: unknown = JSON.parse(fs.readFileSync(opts.fromState, 'utf8'));
      const result = migrateOpenstackState(state);
      for (const w of result.warnings) console.error(`warning: ${w}`);
      if (!opts.out) {
        process.stdout.write(result.hcl);
        return;
      }
      if (fs.existsSync(opts.out) && !opts.force) throw new Error(`${opts.out} exists (--force overwrites it)`);
      fs.writeFileSync(opts.out, result.hcl);
      const skipped = result.skipped.length ? `; not migrated: ${result.skipped.join(', ')}` : '';
      console.error(`wrote ${opts.out}: ${result.imports} import(s)${skipped}`);
    });
}
