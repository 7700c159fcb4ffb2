// The CDKTF bindings: constructs/ is exactly what `npm run generate` writes today, its schema.json is byte for
// byte what the real `terraform providers schema -json` prints for the installed plugin, and the built entry
// point `novaform/cdktf` synthesizes Terraform JSON with the provider's names.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import {
  CONSTRUCTS_DIR,
  generate,
  HAND_WRITTEN,
  listFiles,
  PROVIDER_VERSION,
  versionConstraint,
} from '../../../provider/cdktf/generate';
import { PROVIDER_ADDRESS, providerSchemaJson } from '../../../provider/cdktf/schema-json';
import { HEADER, ROOT, Workdir } from '../terraform/terraform';

jest.setTimeout(60_000);

test('constructs/ is byte-identical to a fresh generation (run `npm run generate` after a schema change)', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-cdktf-test-'));
  try {
    const fresh = await generate(tmp);
    const committed = listFiles(CONSTRUCTS_DIR).filter((f) => !HAND_WRITTEN.has(f));
    expect(committed).toEqual(fresh);
    const differing = fresh.filter(
      (f) => !fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(CONSTRUCTS_DIR, f))),
    );
    expect(differing).toEqual([]);
    // Every resource and data source has its namespace.
    const index = fs.readFileSync(path.join(tmp, 'providers', 'novaform', 'index.ts'), 'utf8');
    for (const ns of [
      'server',
      'keypair',
      'serverGroup',
      'volume',
      'volumeAttachment',
      'interfaceAttachment',
      'containerGroup',
      'dataNovaformImage',
      'provider',
    ]) {
      expect(index).toContain(`export * as ${ns} from`);
    }
    // Every construct carries the provider's version and constraint (cdktf-cli refuses stacks without them).
    const pkgVersion = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
      .version;
    const constructs = fresh.filter((f) => f.endsWith('/index.ts') && f !== 'providers/novaform/index.ts');
    expect(constructs).toHaveLength(11);
    for (const f of constructs) {
      const text = fs.readFileSync(path.join(tmp, f), 'utf8');
      expect(text).toContain(`providerVersion: '${pkgVersion}',`);
      expect(text).toContain(`providerVersionConstraint: '${versionConstraint(pkgVersion)}'`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('the version constraint is `~> major.minor` of the package version', () => {
  expect(versionConstraint('0.1.0')).toBe('~> 0.1');
  expect(versionConstraint('12.34.5-rc.1')).toBe('~> 12.34');
  expect(() => versionConstraint('1.2')).toThrow(/package.json version "1.2" is not major.minor.patch/);
});

test('schema.json is what `terraform providers schema -json` prints for the installed plugin', async () => {
  const w = Workdir.create();
  try {
    w.write(HEADER);
    await w.ok(['init', '-input=false', '-no-color']);
    const r = await w.ok(['providers', 'schema', '-json']);
    const ours = await providerSchemaJson();
    expect(r.stdout).toBe(ours);
    expect(fs.readFileSync(path.join(CONSTRUCTS_DIR, 'schema.json'), 'utf8')).toBe(ours);
    expect(Object.keys((JSON.parse(ours) as { provider_schemas: object }).provider_schemas)).toEqual([
      PROVIDER_ADDRESS,
    ]);
  } finally {
    w.cleanup();
  }
});

test('require("novaform/cdktf") (the built bundle) synthesizes resources under the provider\'s names', () => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cdktf.cjs'))) {
    const b = spawnSync(process.execPath, ['provider/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
  }
  const script = `
    const { Testing, TerraformStack } = require('cdktf');
    const novaform = require('novaform/cdktf');
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    new novaform.provider.NovaformProvider(stack, 'novaform', {});
    const g = new novaform.serverGroup.ServerGroup(stack, 'g', { name: 'g', policies: ['anti-affinity'] });
    new novaform.server.Server(stack, 'web', {
      name: 'web', flavorName: 'm1.tiny', imageName: 'cirros',
      network: [{ uuid: 'n1' }], schedulerHints: { group: g.id },
    });
    process.stdout.write(Testing.synth(stack));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const tf = JSON.parse(r.stdout) as {
    terraform: { required_providers: Record<string, { source: string; version?: string }> };
    resource: Record<string, Record<string, Record<string, unknown>>>;
  };
  // cdktf writes the exact version the bindings were generated for (it prefers it to the constraint).
  expect(tf.terraform.required_providers.novaform).toEqual({ source: PROVIDER_ADDRESS, version: PROVIDER_VERSION });
  expect(tf.resource.novaform_server.web).toMatchObject({
    name: 'web',
    flavor_name: 'm1.tiny',
    image_name: 'cirros',
    network: [{ uuid: 'n1' }],
    scheduler_hints: { group: '${novaform_server_group.g.id}' },
  });
});

test('`novaform/cdktf` is fully typed: the compiler rejects unknown and missing properties and wrong types', () => {
  // A program beside the example (in memory only, so no other compilation ever sees it), compiled with the
  // repository's options through the package's exports.
  const file = path.join(ROOT, 'examples', 'cdktf-quickstart', 'typing-check.ts');
  const text = `import { App, TerraformStack } from 'cdktf';
import * as novaform from 'novaform/cdktf';
const s = new TerraformStack(new App(), 's');
new novaform.server.Server(s, 'a', { name: 'a', flavorNme: 'm1.tiny' });
new novaform.server.Server(s, 'b', { flavorName: 'm1.tiny' });
export const n: number = new novaform.server.Server(s, 'c', { name: 'c' }).accessIpV4;
new novaform.containerGroup.ContainerGroup(s, 'd', { containerGroupName: 'd', azInfo: { azName: 'z' }, vpcId: 'v',
  vSwitchId: 'w', securityGroupId: 'g', restartPolicy: 'Always',
  containers: [{ name: 'c', image: 'nginx', livenessProbe: { httpGet: { port: 80, path: '/', scheme: 'HTTP' } } }] });
`;
  const configFile = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const host = ts.createCompilerHost({ ...options, noUnusedLocals: false });
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) =>
    f === file ? ts.createSourceFile(f, text, lang) : getSourceFile(f, lang, ...rest);
  host.fileExists = (f) => f === file || fileExists(f);
  host.readFile = (f) => (f === file ? text : readFile(f));
  const program = ts.createProgram([file], { ...options, noUnusedLocals: false }, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => {
      const line = d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line;
      return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  expect(errors).toEqual([
    expect.stringMatching(/^3: .*'flavorNme' does not exist in type 'ServerConfig'/),
    expect.stringMatching(/^4: .*Property 'name' is missing/),
    expect.stringMatching(/^5: Type 'string' is not assignable to type 'number'/),
  ]);
});
