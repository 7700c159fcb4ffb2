// `novaform engine serve` and `novaform engine clouds-yaml`.
import type { Command } from 'commander';
import YAML from 'yaml';
import { SEED_PASSWORDS, seedAccessKey, startEngine } from '../../engine';
import { eciRegionId } from '../../engine/shared/eci-region';

const CLOUDS = [
  { cloud: 'novaform', user: 'demo', project: 'demo' },
  { cloud: 'novaform-alt', user: 'alt_demo', project: 'alt_demo' },
  { cloud: 'novaform-admin', user: 'admin', project: 'admin' },
] as const;

export function cloudsYaml(authUrl: string): string {
  const clouds = Object.fromEntries(
    CLOUDS.map((c) => [
      c.cloud,
      {
        auth: {
          auth_url: authUrl,
          username: c.user,
          password: SEED_PASSWORDS[c.user],
          project_name: c.project,
          user_domain_name: 'Default',
          project_domain_name: 'Default',
        },
        region_name: 'RegionOne',
        interface: 'public',
        identity_api_version: 3,
      },
    ]),
  );
  return YAML.stringify({ clouds });
}

const hostPort = (opts: { host: string; port: string }) =>
  `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${opts.port}`;

export function engineCommands(program: Command): void {
  const engine = program.command('engine').description('The embedded compute engine');

  engine
    .command('serve')
    .description('Serve the engine over HTTP (Keystone v3 + Nova v2.1) until interrupted')
    .option('--port <port>', 'port to listen on', '8774')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--data <file>', 'SQLite store', '.novaform/engine.db')
    .option('--seed <file>', 'seed file (JSON or YAML) for a new store')
    .option('--log-level <level>', 'request log level (info, warn, error, silent)', 'warn')
    .action(async (opts: { port: string; host: string; data: string; seed?: string; logLevel: string }) => {
      const running = await startEngine({
        port: Number(opts.port),
        host: opts.host,
        data: opts.data,
        seed: opts.seed,
        logger: opts.logLevel === 'silent' ? false : { level: opts.logLevel },
      });
      console.log(`novaform engine listening on ${running.url}`);
      console.log(`  identity (OS_AUTH_URL): ${running.authUrl}`);
      console.log(`  store: ${opts.data}`);
      console.log(`  ECI: ${running.url}/eci/api/v1/containers/… with header regionId: ${eciRegionId('RegionOne')}`);
      console.log('  credentials (user / password / project, domain Default, region RegionOne):');
      for (const c of CLOUDS) console.log(`    ${c.user} / ${SEED_PASSWORDS[c.user]} / ${c.project}`);
      console.log('  ECI access keys for EOP signing (AK / SK):');
      for (const c of CLOUDS) {
        const k = seedAccessKey(c.user);
        console.log(`    ${c.user}: ${k.ak} / ${k.sk}`);
      }
      console.log(`  clouds.yaml: novaform engine clouds-yaml --port ${opts.port} --host ${opts.host}`);
      const stop = async (signal: string) => {
        console.log(`\n${signal}: shutting down`);
        await running.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });

  engine
    .command('clouds-yaml')
    .description('Print a clouds.yaml for `openstack --os-cloud novaform …` against `engine serve`')
    .option('--port <port>', 'the port engine serve listens on', '8774')
    .option('--host <host>', 'the host engine serve listens on', '127.0.0.1')
    .action((opts: { port: string; host: string }) => {
      process.stdout.write(cloudsYaml(`${hostPort(opts)}/identity/v3`));
    });
}
