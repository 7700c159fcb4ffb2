// The committed SDK (provider/pulumi/sdk/) is exactly what the generator makes from the schema today, and the
// package metadata points Pulumi and `import 'novaform'` at it.
import fs from 'node:fs';
import path from 'node:path';
import { generateSdk, SDK_DIR } from '../../../provider/pulumi/sdk-gen';
import { DATA_SOURCES, RESOURCES } from '../../../provider/resources/index';
import { pulumiName, type Fields } from '../../../provider/schema/dsl';
import YAML from 'yaml';
import pkg from '../../../package.json';

const fresh = generateSdk();

test('the committed SDK has exactly the generated files (run `npm run generate:pulumi` after a schema change)', () => {
  expect(
    fs
      .readdirSync(SDK_DIR)
      .filter((f) => f.endsWith('.ts'))
      .sort(),
  ).toEqual([...fresh.keys()].sort());
});

test.each([...fresh.keys()].map((f) => [f]))('%s matches a fresh generation', (file) => {
  expect(fs.readFileSync(path.join(SDK_DIR, file), 'utf8')).toBe(fresh.get(file));
});

test('one class per resource and one lookup per data source, exported from the index', () => {
  const index = fresh.get('index.ts')!;
  for (const r of RESOURCES) {
    const file = [...fresh.entries()].find(([, text]) =>
      text.includes(`export class ${r.schema.name} extends pulumi.CustomResource`),
    );
    expect(file).toBeDefined();
    expect(index).toContain(`export * from './${file![0].replace(/\.ts$/, '')}';`);
  }
  for (const d of DATA_SOURCES) expect(fresh.get('functions.ts')).toContain(`export function ${d.function}(`);
});

test('package.json: the pulumi stanza names the plugin at the package version, and "." resolves to the SDK', () => {
  expect(pkg.pulumi).toEqual({ resource: true, name: 'novaform', version: pkg.version });
  expect(pkg.exports['.']).toEqual({ types: './provider/pulumi/sdk/index.ts', default: './dist/pulumi-sdk.cjs' });
});

test("the example's Pulumi.yaml points plugins.providers at a directory holding the executable plugin", () => {
  const dir = path.join(__dirname, '..', '..', '..', 'examples', 'pulumi-ts');
  const project = YAML.parse(fs.readFileSync(path.join(dir, 'Pulumi.yaml'), 'utf8')) as {
    plugins: { providers: { name: string; path: string }[] };
  };
  const entry = project.plugins.providers.find((p) => p.name === 'novaform')!;
  const plugin = path.join(dir, entry.path, 'pulumi-resource-novaform');
  expect(() => fs.accessSync(plugin, fs.constants.X_OK)).not.toThrow();
});

test('every repeated block of every resource has a plural Pulumi name (a block of at most one is singular)', () => {
  const singular: string[] = [];
  const walk = (type: string, fields: Fields, at: string) => {
    for (const [name, f] of Object.entries(fields)) {
      if (f.kind !== 'block') continue;
      const repeated = f.nesting !== 'single' && f.maxItems !== 1;
      if (repeated && !pulumiName(name, f).endsWith('s')) singular.push(`${type} ${at}${pulumiName(name, f)}`);
      walk(type, f.fields, `${at}${pulumiName(name, f)}.`);
    }
  };
  for (const r of RESOURCES) walk(r.schema.name, r.schema.fields, '');
  expect(singular).toEqual([]);
  const server = fresh.get('server.ts')!;
  expect(server).toMatch(/^ {2}networks\?: pulumi\.Input</m);
  expect(server).not.toMatch(/^ {2}network\?: /m);
});
