// Entry point of terraform-provider-novaform (bundled into dist/ by provider/build.mjs). Run by Terraform
// through go-plugin; run by hand it explains itself and exits 1.
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, servePlugin } from './server';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (process.env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
  fail(
    'terraform-provider-novaform is a Terraform plugin: Terraform starts it (`terraform init` / `plan` / `apply`).\n' +
      'Install it with `npx novaform terraform install`, then use source = "novaform/novaform" in required_providers.',
  );
}

// Ctrl-C in a terminal reaches the whole process group: Terraform handles it (StopProvider, then Shutdown),
// and dying here mid-apply would lose the id of a resource being created. go-plugin servers ignore it too.
process.on('SIGINT', () => undefined);

servePlugin({
  // The provider core (resources, client, embedded engine) loads after the handshake line is written.
  load: async () => {
    const { terraformProvider } = await import('./provider.js');
    return terraformProvider({ cwd: process.cwd(), env: process.env });
  },
  onError: (rpc, err) => {
    void import('../log/logger.js').then(({ logger }) =>
      logger().error({ rpc, err: err instanceof Error ? err.message : String(err) }, 'provider RPC failed'),
    );
  },
  exit: (code) => process.exit(code),
}).catch((err: unknown) => fail(`terraform-provider-novaform: ${err instanceof Error ? err.message : String(err)}`));
