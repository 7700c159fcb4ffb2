// pulumi-resource-novaform: the process the Pulumi engine launches (one per provider instance). Its first and
// only stdout line is the port; everything else goes to stderr through the logger. Arguments are
// `[--logtostderr] [-v=N] [--tracing X] <engine-address>`; the engine address is not needed (messages go to
// stderr, which the engine shows with -v=9 --logtostderr). SIGINT or SIGTERM ends the process at once.
import { logger } from '../log/logger';
import { NovaformProvider } from './provider';
import { serve } from './server';

async function main(): Promise<void> {
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(0));
  // Handshake may name the program directory, but the engine already starts us there.
  const { port } = await serve(new NovaformProvider(process.cwd()));
  process.stdout.write(`${port}\n`);
}

main().catch((err: unknown) => {
  logger().error({ err }, 'pulumi-resource-novaform failed to start');
  process.exit(1);
});
