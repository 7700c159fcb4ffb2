// The Pulumi plugin driven over gRPC exactly as the engine drives it (bootstrap, Check → Diff → Create(preview,
// real) → Read → Diff → Update → Delete, import, refresh, failures, secrets), against the engine served on
// 127.0.0.1:0 and configured through provider config, and once against the embedded default.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { PluginAttach } from '@pulumi/pulumi/proto/plugin_pb';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import { startEngine, type RunningEngine } from '../../../engine';
import { RESOURCES } from '../../../provider/resources/index';
import pkg from '../../../package.json';
import {
  checkReq,
  cleanEnv,
  fakeEngine,
  providerArgs as sharedProviderArgs,
  createReq,
  deleteReq,
  detailed,
  diffReq,
  isSecret,
  js,
  readReq,
  secret,
  startPlugin,
  struct,
  UNKNOWN,
  updateReq,
  type Js,
  type Plugin,
} from './harness';

const KP = 'novaform:index:Keypair';
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxmzxsVHuOk7ZyYN6O7BvPPaYJwzvQOlZY2Vf3dXoRh pulumi@test';
let tmp: string;
let served: RunningEngine;
let plugin: Plugin;

const providerArgs = () => sharedProviderArgs(served.authUrl);

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-pulumi-'));
  served = await startEngine({
    port: 0,
    host: '127.0.0.1',
    data: path.join(tmp, 'served.db'),
    durations: { build: 0, delete: 0 },
  });
  plugin = await startPlugin(tmp, cleanEnv(tmp));
  await plugin.rpc.handshake(
    new pb.ProviderHandshakeRequest().setEngineAddress('127.0.0.1:1').setProgramDirectory(tmp),
  );
  await plugin.rpc.configure(
    new pb.ConfigureRequest().setArgs(struct(providerArgs())).setAcceptsecrets(true).setAcceptresources(true),
  );
});

afterAll(async () => {
  // Unset when a beforeAll failed part-way.
  await (plugin as Plugin | undefined)?.stop();
  await (served as RunningEngine | undefined)?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('bootstrap', () => {
  test('Handshake and Configure announce secrets, resources and preview support', async () => {
    const h = await plugin.rpc.handshake(new pb.ProviderHandshakeRequest().setEngineAddress('127.0.0.1:1'));
    expect([h.getAcceptSecrets(), h.getAcceptResources(), h.getAcceptOutputs()]).toEqual([true, true, false]);
    const c = await plugin.rpc.configure(new pb.ConfigureRequest().setArgs(struct(providerArgs())));
    expect([c.getAcceptsecrets(), c.getSupportspreview(), c.getAcceptresources(), c.getAcceptoutputs()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  test('GetPluginInfo reports the package version', async () => {
    expect((await plugin.rpc.getPluginInfo(new Empty())).getVersion()).toBe(pkg.version);
  });

  test("CheckConfig accepts string stack config and the engine's version key, names bad keys and values", async () => {
    const ok = await plugin.rpc.checkConfig(
      checkReq('pulumi:providers:novaform', 'default', {
        authUrl: 'http://x/identity/v3',
        maxRetries: '3',
        insecure: 'true',
        endpointOverrides: '{"compute":"http://x/v2.1"}',
        version: '0.1.0',
        password: secret('p'),
      }),
    );
    expect(ok.getFailuresList()).toEqual([]);
    expect(js(ok.getInputs())).toMatchObject({ version: '0.1.0', maxRetries: '3' });
    const bad = await plugin.rpc.checkConfig(checkReq('pulumi:providers:novaform', 'default', { authURL: 'x' }));
    expect(bad.getFailuresList().map((f) => [f.getProperty(), f.getReason()])).toEqual([
      ['authURL', expect.stringContaining('authURL is not a novaform configuration key')],
    ]);
    const badValue = await plugin.rpc.checkConfig(
      checkReq('pulumi:providers:novaform', 'default', { maxRetries: 'many' }),
    );
    expect(badValue.getFailuresList().map((f) => f.getProperty())).toEqual(['maxRetries']);
    expect(badValue.getFailuresList()[0].getReason()).toBe('novaform:maxRetries must be an integer (got "many")');
  });

  test('DiffConfig never replaces the provider', async () => {
    const d = await plugin.rpc.diffConfig(
      diffReq('pulumi:providers:novaform', 'default', 'p', { authUrl: 'a' }, { authUrl: 'b' }, { authUrl: 'a' }),
    );
    expect(d.getChanges()).toBe(pb.DiffResponse.DiffChanges.DIFF_SOME);
    expect(d.getDiffsList()).toEqual(['authUrl']);
    expect(d.getReplacesList()).toEqual([]);
  });

  test('Configure with a bad value fails with INVALID_ARGUMENT naming the key', async () => {
    const other = await startPlugin(tmp, cleanEnv(tmp));
    try {
      await expect(
        other.rpc.configure(new pb.ConfigureRequest().setArgs(struct({ maxRetries: '99' }))),
      ).rejects.toMatchObject({
        code: status.INVALID_ARGUMENT,
        details: expect.stringContaining('novaform:maxRetries'),
      });
    } finally {
      await other.stop();
    }
  });
});

describe('GetSchema', () => {
  let schema: Js & {
    resources: Record<string, Js>;
    types: Record<string, Js>;
    config: { variables: Record<string, Js> };
  };
  beforeAll(async () => {
    schema = JSON.parse((await plugin.rpc.getSchema(new pb.GetSchemaRequest())).getSchema());
  });

  test('one resource per registered resource, with camelCase inputs and secret outputs', () => {
    expect(Object.keys(schema.resources).sort()).toEqual(
      RESOURCES.map((r) => `novaform:index:${r.schema.name}`).sort(),
    );
    const kp = schema.resources[KP] as {
      inputProperties: Record<string, Js>;
      properties: Record<string, Js>;
      requiredInputs: string[];
    };
    expect(Object.keys(kp.inputProperties).sort()).toEqual(['adoptExisting', 'name', 'publicKey', 'type']);
    expect(kp.properties.privateKey).toMatchObject({ type: 'string', secret: true });
    expect(kp.requiredInputs).toEqual(['name']);
  });

  test('one function per lookup, nested blocks as named object types, no reserved property names', () => {
    const s = schema as unknown as {
      functions: Record<string, { inputs: { properties: Js } }>;
      resources: Record<string, { properties: Js }>;
    };
    expect(Object.keys(s.functions).sort()).toEqual([
      'novaform:index:getFlavor',
      'novaform:index:getImage',
      'novaform:index:getNetwork',
    ]);
    expect(s.functions['novaform:index:getFlavor'].inputs.properties).toHaveProperty('minRam');
    for (const r of Object.values(s.resources))
      expect(Object.keys(r.properties)).not.toEqual(expect.arrayContaining(['id']));
    expect(schema.types['novaform:index:ServerNetwork']).toMatchObject({
      type: 'object',
      properties: { uuid: { type: 'string' } },
    });
    expect(schema.types['novaform:index:ContainerGroupContainer']).toMatchObject({ required: ['name', 'image'] });
  });

  test('provider config uses Pulumi names, marks credentials secret, and every $ref resolves', () => {
    expect(schema.config.variables.authUrl).toMatchObject({ type: 'string' });
    expect(schema.config.variables.password).toMatchObject({ secret: true });
    expect(schema.config.variables.endpointOverrides).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
    const refs = JSON.stringify(schema).match(/"#\/types\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(schema.types).toHaveProperty([JSON.parse(ref).slice('#/types/'.length)]);
  });
});

describe("Keypair through the engine's sequence", () => {
  test('Check names bad fields with Pulumi names and fills defaults', async () => {
    const bad = await plugin.rpc.check(checkReq(KP, 'k', { name: ' bad/name', type: 'x509', adoptExisting: true }));
    const failures = bad.getFailuresList().map((f) => [f.getProperty(), f.getReason()]);
    expect(failures).toContainEqual(['name', expect.stringMatching(/^name must be string to match/)]);
    const rule = await plugin.rpc.check(checkReq(KP, 'k', { name: 'k', type: 'x509' }));
    expect(rule.getFailuresList().map((f) => [f.getProperty(), f.getReason()])).toEqual([
      ['publicKey', 'publicKey is required when type = "x509" (x509 keypairs are imported, never generated)'],
    ]);
    const ok = await plugin.rpc.check(checkReq(KP, 'k', { name: 'k' }));
    expect(ok.getFailuresList()).toEqual([]);
    expect(js(ok.getInputs())).toEqual({ name: 'k', type: 'ssh', adoptExisting: false });
  });

  test('an unknown input in preview is not a failure and stays unknown', async () => {
    const c = await plugin.rpc.check(checkReq(KP, 'k', { name: 'k', publicKey: UNKNOWN, adoptExisting: true }));
    expect(c.getFailuresList()).toEqual([]);
    expect(js(c.getInputs()).publicKey).toBe(UNKNOWN);
  });

  test('a generated private key comes back as a secret', async () => {
    const inputs = js((await plugin.rpc.check(checkReq(KP, 'gen', { name: 'pulumi-gen' }))).getInputs());
    const outs = js((await plugin.rpc.create(createReq(KP, 'gen', inputs, false, 60))).getProperties());
    expect(outs).not.toHaveProperty('id');
    expect(isSecret(outs.privateKey)).toBe(true);
    expect((outs.privateKey as { value: string }).value).toMatch(/^-----BEGIN/);
    expect(outs.fingerprint).toMatch(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/);
    expect(JSON.stringify(plugin.stderr())).not.toContain('BEGIN');
    await plugin.rpc.delete(deleteReq(KP, 'gen', 'pulumi-gen', outs));
  });

  test('create (preview, then real) → read → diff → update → replace → delete', async () => {
    const inputs = js(
      (await plugin.rpc.check(checkReq(KP, 'life', { name: 'pulumi-life', publicKey: ED25519 }))).getInputs(),
    );
    const preview = await plugin.rpc.create(createReq(KP, 'life', inputs, true));
    expect(preview.getId()).toBe('');
    expect(js(preview.getProperties())).toMatchObject({ name: 'pulumi-life', fingerprint: UNKNOWN });
    expect(served.engine.keypairs.list(served.engine.callerFor('demo'))).toEqual([]);

    const created = await plugin.rpc.create(createReq(KP, 'life', inputs, false, 60));
    expect(created.getId()).toBe('pulumi-life');
    const outs = js(created.getProperties());
    expect(outs).toMatchObject({
      name: 'pulumi-life',
      publicKey: ED25519,
      type: 'ssh',
      adoptExisting: false,
      privateKey: secret(''),
    });

    const read = await plugin.rpc.read(readReq(KP, 'life', 'pulumi-life', outs, inputs));
    expect(read.getId()).toBe('pulumi-life');
    expect(js(read.getProperties())).toEqual(outs);

    const same = await plugin.rpc.diff(diffReq(KP, 'life', 'pulumi-life', outs, inputs, inputs));
    expect(same.getChanges()).toBe(pb.DiffResponse.DiffChanges.DIFF_NONE);

    const local = await plugin.rpc.diff(
      diffReq(KP, 'life', 'pulumi-life', outs, { ...inputs, adoptExisting: true }, inputs),
    );
    expect(local.getChanges()).toBe(pb.DiffResponse.DiffChanges.DIFF_SOME);
    expect(detailed(local)).toEqual({ adoptExisting: 'UPDATE' });
    expect([local.getReplacesList(), local.getDeletebeforereplace()]).toEqual([[], false]);
    const updated = await plugin.rpc.update(
      updateReq(KP, 'life', 'pulumi-life', outs, { ...inputs, adoptExisting: true }, false),
    );
    expect(js(updated.getProperties())).toMatchObject({ adoptExisting: true, name: 'pulumi-life' });

    const renamed = await plugin.rpc.diff(
      diffReq(KP, 'life', 'pulumi-life', outs, { ...inputs, name: 'pulumi-life-2' }, inputs),
    );
    expect(detailed(renamed)).toEqual({ name: 'UPDATE_REPLACE' });
    expect(renamed.getReplacesList()).toEqual(['name']);
    expect(renamed.getDiffsList()).toEqual(['name']);
    expect(renamed.getDeletebeforereplace()).toBe(true);

    await plugin.rpc.delete(deleteReq(KP, 'life', 'pulumi-life', outs));
    expect(served.engine.keypairs.list(served.engine.callerFor('demo'))).toEqual([]);
    await plugin.rpc.delete(deleteReq(KP, 'life', 'pulumi-life', outs)); // already gone = success
    const gone = await plugin.rpc.read(readReq(KP, 'life', 'pulumi-life', outs, inputs));
    expect([gone.getId(), gone.hasProperties()]).toEqual(['', false]);
  });

  test('import: Read with only an id returns the inputs too', async () => {
    const inputs = js((await plugin.rpc.check(checkReq(KP, 'imp', { name: 'pulumi-imp' }))).getInputs());
    const created = await plugin.rpc.create(createReq(KP, 'imp', inputs, false));
    const imported = await plugin.rpc.read(readReq(KP, 'imp', 'pulumi-imp'));
    expect(imported.getId()).toBe('pulumi-imp');
    expect(js(imported.getInputs())).toMatchObject({
      name: 'pulumi-imp',
      type: 'ssh',
      publicKey: expect.stringMatching(/^ssh-rsa /),
    });
    expect(js(imported.getProperties())).toMatchObject({ fingerprint: js(created.getProperties()).fingerprint });
    expect((await plugin.rpc.check(checkReq(KP, 'imp', js(imported.getInputs())))).getFailuresList()).toEqual([]);
    const missing = await plugin.rpc.read(readReq(KP, 'imp', 'no-such-keypair'));
    expect(missing.getId()).toBe('');
    await plugin.rpc.delete(deleteReq(KP, 'imp', 'pulumi-imp', js(created.getProperties())));
  });

  test('secret inputs stay secret in the outputs and in Check', async () => {
    const key = ED25519;
    const checked = await plugin.rpc.check(checkReq(KP, 'sec', { name: 'pulumi-sec', publicKey: secret(key) }));
    const inputs = js(checked.getInputs());
    expect(inputs.publicKey).toEqual(secret(key));
    const created = await plugin.rpc.create(createReq(KP, 'sec', inputs, false));
    const outs = js(created.getProperties());
    expect(outs.publicKey).toEqual(secret(key));
    expect(outs.privateKey).toEqual(secret(''));
    await plugin.rpc.delete(deleteReq(KP, 'sec', 'pulumi-sec', outs));
  });

  test("refresh notices a keypair deleted behind Pulumi's back", async () => {
    const inputs = js((await plugin.rpc.check(checkReq(KP, 'drift', { name: 'pulumi-drift' }))).getInputs());
    const outs = js((await plugin.rpc.create(createReq(KP, 'drift', inputs, false))).getProperties());
    served.engine.keypairs.delete(served.engine.callerFor('demo'), 'pulumi-drift');
    const refreshed = await plugin.rpc.read(readReq(KP, 'drift', 'pulumi-drift', outs, inputs));
    expect([refreshed.getId(), refreshed.hasProperties()]).toEqual(['', false]);
  });

  test('an unknown type is INVALID_ARGUMENT, not UNKNOWN', async () => {
    await expect(plugin.rpc.check(checkReq('novaform:index:Nope', 'x', {}))).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
  });
});

describe('process', () => {
  test('with nothing configured the plugin uses the embedded engine in its working directory, says so', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'embedded-'));
    const engine = await fakeEngine();
    const p = await startPlugin(dir, cleanEnv(dir), engine.address);
    try {
      await p.rpc.configure(new pb.ConfigureRequest().setArgs(struct({ version: '0.1.0' })));
      expect(engine.logs).toEqual([
        {
          severity: 1,
          urn: '',
          message: expect.stringMatching(/no cloud configured .*embedded engine \(store \.novaform\/engine\.db\)$/),
        },
      ]);
      const outs = await p.rpc.create(createReq(KP, 'emb', { name: 'emb', type: 'ssh', adoptExisting: false }, false));
      expect(outs.getId()).toBe('emb');
      expect(fs.existsSync(path.join(dir, '.novaform', 'engine.db'))).toBe(true);
    } finally {
      await p.stop();
      engine.close();
    }
  });

  test('a debugger-attached plugin (Attach) sends its messages to the attaching engine', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'attach-'));
    const engine = await fakeEngine();
    const p = await startPlugin(dir, cleanEnv(dir));
    try {
      await p.rpc.attach(new PluginAttach().setAddress(engine.address));
      await p.rpc.configure(new pb.ConfigureRequest().setArgs(struct({})));
      expect(engine.logs.map((l) => l.message)).toEqual([expect.stringContaining('embedded engine')]);
    } finally {
      await p.stop();
      engine.close();
    }
  });

  test('stack config arrives as novaform:config:* variables (strings, secrets unwrapped) and is used', async () => {
    const p = await startPlugin(tmp, cleanEnv(tmp));
    try {
      const req = new pb.ConfigureRequest();
      const vars = req.getVariablesMap();
      for (const [k, v] of Object.entries({
        authUrl: served.authUrl,
        userName: 'demo',
        password: 'demo-secret',
        projectName: 'demo',
        userDomainName: 'Default',
        projectDomainName: 'Default',
        maxRetries: '0',
      }))
        vars.set(`novaform:config:${k}`, v);
      await p.rpc.configure(req);
      expect(
        (
          await p.rpc.create(createReq(KP, 'vars', { name: 'pulumi-vars', type: 'ssh', adoptExisting: false }, false))
        ).getId(),
      ).toBe('pulumi-vars');
      expect(served.engine.keypairs.list(served.engine.callerFor('demo')).map((k) => k.name)).toContain('pulumi-vars');
      await p.rpc.delete(deleteReq(KP, 'vars', 'pulumi-vars', {}));
    } finally {
      await p.stop();
    }
  });

  test('with no provider config, OS_* variables are the fallback', async () => {
    const p = await startPlugin(
      tmp,
      cleanEnv(tmp, {
        OS_AUTH_URL: served.authUrl,
        OS_USERNAME: 'demo',
        OS_PASSWORD: 'demo-secret',
        OS_PROJECT_NAME: 'demo',
        OS_USER_DOMAIN_NAME: 'Default',
        OS_PROJECT_DOMAIN_NAME: 'Default',
      }),
    );
    try {
      await p.rpc.configure(new pb.ConfigureRequest().setArgs(struct({ version: '0.1.0' })));
      await p.rpc.create(createReq(KP, 'env', { name: 'pulumi-env', type: 'ssh', adoptExisting: false }, false));
      expect(served.engine.keypairs.list(served.engine.callerFor('demo')).map((k) => k.name)).toContain('pulumi-env');
      await p.rpc.delete(deleteReq(KP, 'env', 'pulumi-env', {}));
    } finally {
      await p.stop();
    }
  });

  test('Cancel answers at once, nothing new starts afterwards; SIGINT ends the process well within 5 s', async () => {
    const p = await startPlugin(tmp, cleanEnv(tmp));
    await p.rpc.configure(new pb.ConfigureRequest().setArgs(struct(providerArgs())));
    await p.rpc.cancel(new Empty());
    await expect(
      p.rpc.create(createReq(KP, 'late', { name: 'late', type: 'ssh', adoptExisting: false }, false)),
    ).rejects.toMatchObject({ code: status.CANCELLED });
    expect(
      (
        await p.rpc.create(createReq(KP, 'late', { name: 'late', type: 'ssh', adoptExisting: false }, true))
      ).getProperties(),
    ).toBeDefined(); // previews still answer
    const t0 = Date.now();
    expect(await p.stop()).toBe(0);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
