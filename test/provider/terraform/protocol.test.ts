// The plugin as Terraform sees it, independent of any particular resource: launched by hand it refuses;
// `novaform terraform install` lays it out as an implied local mirror; `terraform init` installs it offline;
// the schema Terraform reads is the one the schema DSL declares; validation diagnostics point at lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_SOURCES, RESOURCES } from '../../../provider/resources';
import type { Field, Fields } from '../../../provider/schema/dsl';
import { providerFields } from '../../../provider/schema/provider';
import { ensureBuilt, HEADER, LAUNCHER, ROOT, Workdir } from './terraform';

jest.setTimeout(180_000);

let w: Workdir;
beforeAll(() => {
  w = Workdir.create();
});
// Unset when a beforeAll failed part-way.
afterAll(() => (w as Workdir | undefined)?.cleanup());

test('run by hand, the plugin explains itself on stderr and exits 1 without writing to stdout', () => {
  ensureBuilt();
  const r = spawnSync(LAUNCHER, [], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/is a Terraform plugin/);
});

test('install writes a launcher into the implied local mirror under HOME, byte-identical when run again', () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-home-'));
  try {
    const run = () =>
      spawnSync(process.execPath, [path.join(ROOT, 'provider', 'bin', 'novaform'), 'terraform', 'install'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: home },
      });
    const first = run();
    expect(first.status).toBe(0);
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const arch = `${process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
    const file = path.join(
      home,
      '.terraform.d',
      'plugins',
      'registry.terraform.io',
      'novaform',
      'novaform',
      version,
      arch,
      `terraform-provider-novaform_v${version}`,
    );
    expect(first.stdout).toContain(`installed: ${file}`);
    expect(fs.statSync(file).mode & 0o111).toBe(0o111);
    const bytes = fs.readFileSync(file);
    const second = run();
    expect(second.stdout).toContain('already installed');
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(second.stdout).toMatch(/terraform init -upgrade/);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
});

interface JsonAttr {
  type: unknown;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  write_only?: boolean;
  description?: string;
}
interface JsonBlock {
  attributes?: Record<string, JsonAttr>;
  block_types?: Record<string, { nesting_mode: string; block: JsonBlock; min_items?: number; max_items?: number }>;
}

/** Every field of the DSL appears in Terraform's schema with the mode, sensitivity and nesting it declares. */
function expectBlockMatches(block: JsonBlock, fields: Fields, where: string): void {
  for (const [name, f] of Object.entries<Field>(fields)) {
    const label = `${where}.${name}`;
    if (f.kind === 'block' && f.mode !== 'computed') {
      const b = block.block_types?.[name];
      expect([label, b?.nesting_mode]).toEqual([label, f.nesting]);
      expectBlockMatches(b!.block, f.fields, label);
      continue;
    }
    const a = block.attributes?.[name];
    expect([label, Boolean(a)]).toEqual([label, true]);
    expect([label, Boolean(a!.required)]).toEqual([label, f.mode === 'required']);
    expect([label, Boolean(a!.computed)]).toEqual([
      label,
      f.mode === 'computed' || f.mode === 'optional-computed' || (f.default !== undefined && !f.writeOnly),
    ]);
    expect([label, Boolean(a!.sensitive)]).toEqual([label, Boolean(f.sensitive)]);
    expect([label, Boolean(a!.write_only)]).toEqual([label, Boolean(f.writeOnly)]);
    expect([label, a!.description]).toEqual([label, f.description]);
  }
}

test('terraform init installs the plugin offline; providers schema -json is the DSL plus id and timeouts', async () => {
  w.write(`${HEADER}provider "novaform" {}\n`);
  const init = await w.ok(['init', '-input=false', '-no-color']);
  expect(init.stdout).toMatch(/Installing novaform\/novaform v\d+\.\d+\.\d+/);
  expect(fs.readFileSync(path.join(w.dir, '.terraform.lock.hcl'), 'utf8')).toMatch(
    /provider "registry.terraform.io\/novaform\/novaform"/,
  );
  const schema = JSON.parse((await w.ok(['providers', 'schema', '-json'])).stdout);
  const p = schema.provider_schemas['registry.terraform.io/novaform/novaform'];
  expectBlockMatches(p.provider.block, providerFields, 'provider');
  expect(p.provider.block.attributes.password.sensitive).toBe(true);
  expect(Object.keys(p.resource_schemas ?? {}).sort()).toEqual(RESOURCES.map((r) => r.schema.terraform).sort());
  for (const r of RESOURCES) {
    const s = p.resource_schemas[r.schema.terraform];
    expect([r.schema.terraform, s.version]).toEqual([r.schema.terraform, r.schema.version]);
    expectBlockMatches(s.block, r.schema.fields, r.schema.terraform);
    expect(s.block.attributes.id).toMatchObject({ type: 'string', computed: true });
    expect(s.block.block_types.timeouts.nesting_mode).toBe('single');
    expect(Object.keys(s.block.block_types.timeouts.block.attributes).sort()).toEqual(['create', 'delete', 'update']);
  }
  expect(Object.keys(p.data_source_schemas ?? {}).sort()).toEqual(DATA_SOURCES.map((d) => d.schema.terraform).sort());
  for (const d of DATA_SOURCES)
    expectBlockMatches(p.data_source_schemas[d.schema.terraform].block, d.schema.fields, d.schema.terraform);
});

test('terraform validate: provider and resource diagnostics point at the offending lines', async () => {
  // Terraform validates a provider block only when something uses it; resources are checked once it is valid.
  if (!RESOURCES.some((r) => r.schema.terraform === 'novaform_keypair')) return;
  w.write(
    `${HEADER}provider "novaform" {\n  max_retries = 50\n}\nresource "novaform_keypair" "k" {\n  name = "k"\n}\n`,
  ); // line 7
  const provider = await w.tf(['validate', '-no-color']);
  expect(provider.code).toBe(1);
  expect(provider.stdout + provider.stderr).toMatch(
    /max_retries must be integer to be less or equal to 20[\s\S]*on main\.tf line 7, in provider "novaform"/,
  );

  w.write(
    [
      HEADER.trimEnd(), // lines 1-5
      'resource "novaform_keypair" "k" {', // 6
      '  name = " leading space"', // 7
      '  timeouts {', // 8
      '    create = "soon"', // 9
      '  }', // 10
      '}', // 11
      '',
    ].join('\n'),
  );
  const resource = await w.tf(['validate', '-no-color']);
  const out = resource.stdout + resource.stderr;
  expect(resource.code).toBe(1);
  expect(out).toMatch(/name must be string to match[\s\S]*on main\.tf line 7, in resource "novaform_keypair" "k"/);
  expect(out).toMatch(
    /timeouts\.create must be a duration[\s\S]*on main\.tf line 9, in resource "novaform_keypair" "k"/,
  );
});
