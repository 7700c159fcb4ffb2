// The `novaform` command line.
import { Command } from 'commander';
import { engineCommands } from './engine';
import { migrateCommand } from './migrate';
import { orphansCommand } from './orphans';
import { previewCommand } from './preview';
import { quickstart } from './quickstart';
import { terraformCommands } from './terraform';

const program = new Command('novaform').description(
  'Infrastructure as code for OpenStack-style compute clouds, with an embedded compute engine.',
);

program
  .command('quickstart')
  .description(
    'The Terraform quickstart (npm start): install the plugin, synthesize the CDKTF example, init, plan, apply, ' +
      'show, plan again',
  )
  .option('--dir <path>', 'workspace, emptied first (plugin mirror, cdktf.out/, state, engine store)', '.novaform')
  .action(async (opts: { dir: string }) => {
    await quickstart(opts);
  });

engineCommands(program);
terraformCommands(program);
previewCommand(program);
migrateCommand(program);
orphansCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`novaform: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
