// Bundles the CLI, the plugins, the Pulumi SDK and the CDKTF bindings into single files under dist/ so they
// start fast and run without a TypeScript loader. Native modules stay external. Runs from `npm ci` through
// `prepare`.
import { build } from 'esbuild';

const common = {
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: { novaform: 'provider/cli/main.ts', 'pulumi-resource-novaform': 'provider/pulumi/main.ts' },
  sourcemap: 'linked',
  external: ['better-sqlite3'],
});

// The Terraform plugin: Terraform starts it 3–5 times per command, so it is minified (less to read and
// compile before the handshake) and its .proto files travel inside it as text.
await build({
  ...common,
  entryPoints: { 'terraform-provider-novaform': 'provider/terraform/main.ts' },
  sourcemap: 'linked',
  minify: true,
  keepNames: true,
  external: ['better-sqlite3'],
  loader: { '.proto': 'text' },
});

// The Pulumi SDK (package "main"): @pulumi/pulumi stays external, so the program and the SDK share one runtime.
await build({ ...common, entryPoints: { 'pulumi-sdk': 'provider/pulumi/sdk/index.ts' }, external: ['@pulumi/pulumi'] });

// The CDKTF bindings (`novaform/cdktf`, generated into constructs/): cdktf and constructs stay external, so
// the app and the bindings share one cdktf runtime (its instanceof checks and token registry).
await build({ ...common, entryPoints: { cdktf: './constructs/index.ts' }, external: ['cdktf', 'constructs'] });
