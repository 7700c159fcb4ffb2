// Bundles the CLI (and, later, the plugins) into single files under dist/ so they start fast and run
// without a TypeScript loader. Native modules stay external. Runs from `npm ci` through `prepare`.
import { build } from 'esbuild';

await build({
  entryPoints: { novaform: 'provider/cli/main.ts', 'pulumi-resource-novaform': 'provider/pulumi/main.ts', 'terraform-provider-novaform': 'provider/terraform/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['better-sqlite3'],
  // The Terraform plugin's .proto files travel inside its bundle.
  loader: { '.proto': 'text' },
  logLevel: 'warning',
});

// The Pulumi SDK (package "main"): @pulumi/pulumi stays external, so the program and the SDK share one runtime.
await build({
  entryPoints: { 'pulumi-sdk': 'provider/pulumi/sdk/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['@pulumi/pulumi'],
  logLevel: 'warning',
});
