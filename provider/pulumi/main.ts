// pulumi-resource-novaform: the process the Pulumi engine launches (one per provider instance). Its first and
// only stdout line is the port; everything else goes to stderr through the logger. Arguments are
// `[--logtostderr] [-v=N] [--tracing X] <engine-address>`; the engine address is not needed (messages go to
// stderr, which the engine shows with -v=9 --logtostderr). SIGINT or SIGTERM ends the process at once.
import type * as LoggerModule from '../log/logger';
import type * as ProviderModule from './provider';
import { serve } from './server';

async function main(): Promise<void> {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(0));
  // Handshake may name the program directory, but the engine already starts us there.
  // Required on first use (the bundler keeps it lazy): the port line must not wait for the engine to load.
  let provider: Promise<ProviderModule.NovaformProvider> | undefined;
  const load = () => (provider ??= Promise.resolve().then(() => new (require('./provider') as typeof ProviderModule).NovaformProvider(process.cwd())));
  const { port } = await serve(load);
  process.stdout.write(`${port}\n`);
}

main().catch((err: unknown) => {
  (require('../log/logger') as typeof LoggerModule).logger().error({ err }, 'pulumi-resource-novaform failed to start');
  process.exit(1);
});
