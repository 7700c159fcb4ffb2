// pulumi-resource-novaform: the process the Pulumi engine launches (one per provider instance). Its first and
// only stdout line is the port; everything else goes to stderr through the logger. Arguments are
// `[--logtostderr] [-v=N] [--tracing X] <engine-address>`; user-visible messages go to the engine's Log RPC.
// SIGINT or SIGTERM ends the process at once.
import type * as LoggerModule from '../log/logger';
import type * as ProviderModule from './provider';
import { serve } from './server';

/** The engine address: the last positional argument (`[--logtostderr] [-v=N] [--tracing X] <address>`). */
function engineAddress(argv: string[]): string | undefined {
  const positional = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--tracing');
  return positional.at(-1);
}

async function main(): Promise<void> {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(0));
  // Handshake may name the program directory, but the engine already starts us there.
  // Required on first use (the bundler keeps it lazy): the port line must not wait for the engine to load.
  let provider: Promise<ProviderModule.NovaformProvider> | undefined;
  const load = () =>
    (provider ??= Promise.resolve().then(
      () =>
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: the port line first
        new (require('./provider') as typeof ProviderModule).NovaformProvider(
          process.cwd(),
          process.env,
          engineAddress(process.argv.slice(2)),
        ),
    ));
  const { port } = await serve(load);
  process.stdout.write(`${port}\n`);
}

main().catch((err: unknown) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the logger loads only when startup fails
  (require('../log/logger') as typeof LoggerModule).logger().error({ err }, 'pulumi-resource-novaform failed to start');
  process.exit(1);
});
