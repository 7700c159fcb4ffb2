// Drives the bundled pulumi-resource-novaform the way the Pulumi engine does: spawn it, read the port from
// the first stdout line, dial it with insecure gRPC, and call the ResourceProvider RPCs with wire values.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { ResourceProviderClient } from '@pulumi/pulumi/proto/provider_grpc_pb';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import type { PluginAttach, PluginInfo } from '@pulumi/pulumi/proto/plugin_pb';
import { EngineService } from '@pulumi/pulumi/proto/engine_grpc_pb';
import type { LogRequest } from '@pulumi/pulumi/proto/engine_pb';
import { startEngine, type RunningEngine } from '../../../engine';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const PLUGIN = path.join(ROOT, 'provider', 'bin', 'pulumi-resource-novaform');

export const SIG = '4dabf18193072939515e22adb298388d';
export const SECRET = '1b47061264138c4ac30d75fd1eb44270';
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
export const secret = (value: unknown) => ({ [SIG]: SECRET, value });
export const isSecret = (v: unknown): v is { value: unknown } =>
  typeof v === 'object' && v !== null && (v as Record<string, unknown>)[SIG] === SECRET;

export type Js = Record<string, unknown>;
export const struct = (v: Js) => Struct.fromJavaScript(v as Parameters<typeof Struct.fromJavaScript>[0]);
export const js = (s: Struct | undefined): Js => (s ? s.toJavaScript() : {});
/** Reads the ErrorResourceInitFailed detail of a failed Create or Update. */
export const deserializeInitFailed = (bytes: Uint8Array) => pb.ErrorResourceInitFailed.deserializeBinary(bytes);

type Cb<Res> = (err: grpc.ServiceError | null, res: Res) => void;
const promised =
  <Req, Res>(f: (req: Req, cb: Cb<Res>) => unknown) =>
  (req: Req) =>
    new Promise<Res>((resolve, reject) => {
      f(req, (err, res) => (err ? reject(err) : resolve(res)));
    });

export interface Plugin {
  proc: ChildProcess;
  port: number;
  stderr: () => string;
  rpc: ReturnType<typeof methods>;
  stop(): Promise<number | null>;
}

function methods(c: ResourceProviderClient) {
  return {
    handshake: promised<pb.ProviderHandshakeRequest, pb.ProviderHandshakeResponse>((r, cb) => c.handshake(r, cb)),
    getPluginInfo: promised<Empty, PluginInfo>((r, cb) => c.getPluginInfo(r, cb)),
    getSchema: promised<pb.GetSchemaRequest, pb.GetSchemaResponse>((r, cb) => c.getSchema(r, cb)),
    checkConfig: promised<pb.CheckRequest, pb.CheckResponse>((r, cb) => c.checkConfig(r, cb)),
    diffConfig: promised<pb.DiffRequest, pb.DiffResponse>((r, cb) => c.diffConfig(r, cb)),
    configure: promised<pb.ConfigureRequest, pb.ConfigureResponse>((r, cb) => c.configure(r, cb)),
    check: promised<pb.CheckRequest, pb.CheckResponse>((r, cb) => c.check(r, cb)),
    diff: promised<pb.DiffRequest, pb.DiffResponse>((r, cb) => c.diff(r, cb)),
    create: promised<pb.CreateRequest, pb.CreateResponse>((r, cb) => c.create(r, cb)),
    read: promised<pb.ReadRequest, pb.ReadResponse>((r, cb) => c.read(r, cb)),
    update: promised<pb.UpdateRequest, pb.UpdateResponse>((r, cb) => c.update(r, cb)),
    delete: promised<pb.DeleteRequest, Empty>((r, cb) => c.delete(r, cb)),
    invoke: promised<pb.InvokeRequest, pb.InvokeResponse>((r, cb) => c.invoke(r, cb)),
    cancel: promised<Empty, Empty>((r, cb) => c.cancel(r, cb)),
    attach: promised<PluginAttach, Empty>((r, cb) => c.attach(r, cb)),
  };
}

/** The environment without any OpenStack settings, so only what a test configures applies. */
export function cleanEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('OS_') && !k.startsWith('PULUMI_')) env[k] = v;
  return { ...env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), ...extra };
}

/** Spawns the plugin (cwd = the "program directory") and waits for its port line. */
export async function startPlugin(cwd: string, env: NodeJS.ProcessEnv, engine = '127.0.0.1:1'): Promise<Plugin> {
  const proc = spawn(PLUGIN, ['--logtostderr', '-v=3', engine], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      proc.stdout.off('data', onData);
      const line = out.slice(0, nl);
      if (!/^\d+$/.test(line)) reject(new Error(`first stdout line is not a port: ${JSON.stringify(line)}`));
      else resolve(Number(line));
    };
    proc.stdout.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`plugin exited (${code}) before its port line: ${err}`)));
  });
  const client = new ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  return {
    proc,
    port,
    stderr: () => err,
    rpc: methods(client),
    stop: () =>
      new Promise((resolve) => {
        client.close();
        if (proc.exitCode !== null) {
          resolve(proc.exitCode);
          return;
        }
        proc.once('exit', (code) => resolve(code));
        proc.kill('SIGINT');
      }),
  };
}

// ---- request builders ----

export const urnOf = (type: string, name: string) => `urn:pulumi:test::novaform-test::${type}::${name}`;

export function checkReq(type: string, name: string, news: Js, olds: Js = {}): pb.CheckRequest {
  return new pb.CheckRequest()
    .setUrn(urnOf(type, name))
    .setName(name)
    .setType(type)
    .setOlds(struct(olds))
    .setNews(struct(news));
}

export function diffReq(
  type: string,
  name: string,
  id: string,
  olds: Js,
  news: Js,
  oldInputs: Js = {},
): pb.DiffRequest {
  return new pb.DiffRequest()
    .setUrn(urnOf(type, name))
    .setName(name)
    .setType(type)
    .setId(id)
    .setOlds(struct(olds))
    .setNews(struct(news))
    .setOldInputs(struct(oldInputs));
}

export function createReq(type: string, name: string, props: Js, preview: boolean, timeout = 0): pb.CreateRequest {
  return new pb.CreateRequest()
    .setUrn(urnOf(type, name))
    .setName(name)
    .setType(type)
    .setProperties(struct(props))
    .setPreview(preview)
    .setTimeout(timeout);
}

export function readReq(type: string, name: string, id: string, props?: Js, inputs?: Js): pb.ReadRequest {
  const r = new pb.ReadRequest().setUrn(urnOf(type, name)).setName(name).setType(type).setId(id);
  if (props) r.setProperties(struct(props));
  if (inputs) r.setInputs(struct(inputs));
  return r;
}

export function updateReq(
  type: string,
  name: string,
  id: string,
  olds: Js,
  news: Js,
  preview: boolean,
): pb.UpdateRequest {
  return new pb.UpdateRequest()
    .setUrn(urnOf(type, name))
    .setName(name)
    .setType(type)
    .setId(id)
    .setOlds(struct(olds))
    .setNews(struct(news))
    .setPreview(preview);
}

export function deleteReq(type: string, name: string, id: string, props: Js): pb.DeleteRequest {
  return new pb.DeleteRequest()
    .setUrn(urnOf(type, name))
    .setName(name)
    .setType(type)
    .setId(id)
    .setProperties(struct(props));
}

/** detailedDiff as {path: kind name}. */
export function detailed(d: pb.DiffResponse): Record<string, string> {
  const names = Object.fromEntries(Object.entries(pb.PropertyDiff.Kind).map(([k, v]) => [v, k]));
  const out: Record<string, string> = {};
  d.getDetaileddiffMap().forEach((v, k) => {
    out[k] = names[v.getKind()];
  });
  return out;
}

// ---- a served engine with a configured plugin ----

export interface Setup {
  tmp: string;
  served: RunningEngine;
  plugin: Plugin;
  close(): Promise<void>;
}

/** The engine on 127.0.0.1:0 (transitions take no time) and a plugin configured for it as the demo member. */
export async function servedPlugin(engine?: string): Promise<Setup> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-pulumi-'));
  const served = await startEngine({
    port: 0,
    host: '127.0.0.1',
    data: path.join(tmp, 'served.db'),
    durations: { build: 0, delete: 0, default: 0, eci: 0 },
  });
  const plugin = await startPlugin(tmp, cleanEnv(tmp), engine);
  await plugin.rpc.handshake(
    new pb.ProviderHandshakeRequest().setEngineAddress('127.0.0.1:1').setProgramDirectory(tmp),
  );
  await plugin.rpc.configure(
    new pb.ConfigureRequest()
      .setArgs(struct(providerArgs(served.authUrl)))
      .setAcceptsecrets(true)
      .setAcceptresources(true),
  );
  return {
    tmp,
    served,
    plugin,
    async close() {
      await plugin.stop();
      await served.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export const providerArgs = (authUrl: string) => ({
  authUrl,
  userName: 'demo',
  password: secret('demo-secret'),
  projectName: 'demo',
  userDomainName: 'Default',
  projectDomainName: 'Default',
  maxRetries: '0',
});

/**
 * Check, then Create (preview and real) as the engine does for a new resource; returns the checked inputs and outputs.
 */
export async function checkAndCreate(
  p: Plugin,
  type: string,
  name: string,
  news: Js,
): Promise<{ id: string; inputs: Js; outs: Js; preview: Js }> {
  const checked = await p.rpc.check(checkReq(type, name, news));
  const failures = checked.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`);
  if (failures.length) throw new Error(`Check ${type} ${name}: ${failures.join('; ')}`);
  const inputs = js(checked.getInputs());
  const preview = js((await p.rpc.create(createReq(type, name, inputs, true))).getProperties());
  const created = await p.rpc.create(createReq(type, name, inputs, false, 120));
  return { id: created.getId(), inputs, outs: js(created.getProperties()), preview };
}

/** A stand-in for the engine's own gRPC service: records what the plugin sends to Log. */
export async function fakeEngine(): Promise<{
  address: string;
  logs: { severity: number; message: string; urn: string }[];
  close(): void;
}> {
  const logs: { severity: number; message: string; urn: string }[] = [];
  const server = new grpc.Server();
  server.addService(EngineService, {
    log: (call: grpc.ServerUnaryCall<LogRequest, Empty>, cb: grpc.sendUnaryData<Empty>) => {
      logs.push({
        severity: call.request.getSeverity(),
        message: call.request.getMessage(),
        urn: call.request.getUrn(),
      });
      cb(null, new Empty());
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  return { address: `127.0.0.1:${port}`, logs, close: () => server.forceShutdown() };
}
