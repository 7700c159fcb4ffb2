// Terraform plugin start-up, the way go-plugin launches it: spawn → handshake line (target ≤ 3 × `node -e 0`),
// then, as Terraform's client, mutual TLS to the announced address → first GetProviderSchema answered
// (the provider core loads after the handshake), and Shutdown → process exit. Terraform launches the plugin
// 3–5 times per command, so these add up. The first launch after a build writes the V8 code cache and is
// reported separately (cold). Last line: {"terraform_startup_ms": …, "node_startup_ms": …, "startup_ratio": …, …}
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { serverCertificate } from '../../provider/terraform/tls';

const ROOT = path.resolve(__dirname, '..', '..');
const LAUNCHER = path.join(ROOT, 'provider', 'bin', 'terraform-provider-novaform');
const BUNDLE = path.join(ROOT, 'dist', 'terraform-provider-novaform.cjs');
const PROTOS = ['tfplugin6.proto', 'go-plugin.proto'].map((f) => path.join(ROOT, 'provider', 'terraform', f));
const STARTS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

type Unary = (req: object, cb: (err: grpc.ServiceError | null, res: Record<string, unknown>) => void) => void;
type Client = grpc.Client & Record<string, Unary>;
const pkg = grpc.loadPackageDefinition(
  loadSync(PROTOS, { keepCase: true, longs: Number, enums: Number, defaults: true }),
) as unknown as {
  tfplugin6: { Provider: new (addr: string, creds: grpc.ChannelCredentials, opts: object) => Client };
  plugin: { GRPCController: new (addr: string, creds: grpc.ChannelCredentials, opts: object) => Client };
};
const call = (c: Client, rpc: string) =>
  new Promise<Record<string, unknown>>((resolve, reject) =>
    c[rpc]({}, (err, res) => (err ? reject(err) : resolve(res))),
  );

interface Launch {
  handshakeMs: number;
  schemaMs: number;
  exitMs: number;
  resources: number;
}

/** One launch as Terraform does it: handshake, GetProviderSchema over mTLS, Shutdown, wait for exit. */
async function launch(cwd: string): Promise<Launch> {
  const client = serverCertificate();
  const t0 = performance.now();
  const p: ChildProcess = spawn(LAUNCHER, [], {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      TF_PLUGIN_MAGIC_COOKIE: 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2',
      PLUGIN_PROTOCOL_VERSIONS: '5,6',
      PLUGIN_CLIENT_CERT: client.certPem,
    },
  });
  const exited = new Promise<number>((resolve) => p.on('exit', () => resolve(performance.now())));
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    p.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    p.on('exit', (code) => reject(new Error(`plugin exited ${code} before the handshake`)));
  });
  const handshakeMs = performance.now() - t0;
  const [core, proto, net, addr, , cert] = line.split('|');
  if (core !== '1' || proto !== '6' || net !== 'tcp') throw new Error(`unexpected handshake: ${line}`);
  const der = Buffer.from(cert + '='.repeat((4 - (cert.length % 4)) % 4), 'base64');
  const pemBody = der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n');
  const serverPem = `-----BEGIN CERTIFICATE-----\n${pemBody}-----END CERTIFICATE-----\n`;
  const creds = grpc.credentials.createSsl(
    Buffer.from(serverPem),
    Buffer.from(client.keyPem),
    Buffer.from(client.certPem),
  );
  const opts = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.max_receive_message_length': 256 << 20 };
  const provider = new pkg.tfplugin6.Provider(addr, creds, opts);
  const schema = await call(provider, 'GetProviderSchema');
  const schemaMs = performance.now() - t0;
  const controller = new pkg.plugin.GRPCController(addr, creds, opts);
  const shutdownAt = performance.now();
  await call(controller, 'Shutdown').catch(() => undefined);
  const exitMs = (await exited) - shutdownAt;
  provider.close();
  controller.close();
  return { handshakeMs, schemaMs, exitMs, resources: Object.keys(schema.resource_schemas as object).length };
}

async function main() {
  if (!fs.existsSync(BUNDLE)) spawnSync(process.execPath, ['provider/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-bench-tf-'));
  for (const f of fs.readdirSync(path.dirname(BUNDLE)))
    if (f.endsWith('.v8cache')) fs.rmSync(path.join(path.dirname(BUNDLE), f));
  const cold = await launch(cwd);
  const node: number[] = [];
  const runs: Launch[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    node.push(performance.now() - t0);
    runs.push(await launch(cwd));
  }
  fs.rmSync(cwd, { recursive: true, force: true });
  const result = {
    terraform_startup_ms: round(median(runs.map((r) => r.handshakeMs))),
    node_startup_ms: round(median(node)),
    startup_ratio: Math.round((median(runs.map((r) => r.handshakeMs)) / median(node)) * 100) / 100,
    first_schema_ms: round(median(runs.map((r) => r.schemaMs))),
    shutdown_to_exit_ms: round(median(runs.map((r) => r.exitMs))),
    cold_startup_ms: round(cold.handshakeMs),
    resource_types: runs[0].resources,
    load_average: os.loadavg().map(round),
  };
  console.log(`node -e 0                       ${result.node_startup_ms} ms (median of ${STARTS})`);
  console.log(
    `spawn → handshake               ${result.terraform_startup_ms} ms = ` +
      `${result.startup_ratio} × node -e 0 (target ≤ 3)`,
  );
  console.log(`spawn → first GetProviderSchema ${result.first_schema_ms} ms (${result.resource_types} resource types)`);
  console.log(`Shutdown → exit                 ${result.shutdown_to_exit_ms} ms`);
  console.log(`cold (first launch after build) ${result.cold_startup_ms} ms to the handshake`);
  console.log(JSON.stringify(result));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
