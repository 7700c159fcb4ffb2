// Pulumi plugin benchmark: start-up (spawn → port line) against `node -e 0`, and the latency of the RPCs the
// engine issues per resource (median and p95 over many calls) against the embedded engine in a temp dir.
// Last line: {"pulumi_startup_ms": …, "pulumi_cold_startup_ms": …, "node_startup_ms": …, "startup_ratio": …,
// "rpc_ms": {…}}
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import {
  checkReq,
  cleanEnv,
  createReq,
  deleteReq,
  diffReq,
  js,
  readReq,
  ROOT,
  startPlugin,
  struct,
} from '../provider/pulumi/harness';

const STARTS = 10,
  CALLS = 200;
const KP = 'novaform:index:Keypair';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const round = (x: number) => Math.round(x * 100) / 100;

async function timed(n: number, fn: (i: number) => Promise<unknown>) {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    xs.push(performance.now() - t0);
  }
  return { median: round(median(xs)), p95: round(p95(xs)) };
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-bench-pulumi-'));
  const env = cleanEnv(tmp);
  const nodeMs: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    nodeMs.push(performance.now() - t0);
  }
  // The launcher keeps a V8 code cache beside the bundle: the first start after a build compiles cold.
  const dist = path.join(ROOT, 'dist');
  for (const f of fs.readdirSync(dist))
    if (f.startsWith('pulumi-resource-novaform.cjs.') && f.endsWith('.v8cache')) fs.rmSync(path.join(dist, f));
  const t0 = performance.now();
  const cold = await startPlugin(tmp, env);
  const coldMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 1000)); // the cache is written half a second after start-up
  await cold.stop();
  const startMs: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    const p = await startPlugin(tmp, env);
    startMs.push(performance.now() - t0);
    await p.stop();
  }

  const p = await startPlugin(tmp, env);
  const rpc: Record<string, { median: number; p95: number }> = {};
  rpc.configure = await timed(1, () => p.rpc.configure(new pb.ConfigureRequest().setArgs(struct({}))));
  rpc.getPluginInfo = await timed(CALLS, () => p.rpc.getPluginInfo(new Empty()));
  rpc.getSchema = await timed(20, () => p.rpc.getSchema(new pb.GetSchemaRequest()));
  const inputs = js((await p.rpc.check(checkReq(KP, 'b', { name: 'bench' }))).getInputs());
  rpc.check = await timed(CALLS, () => p.rpc.check(checkReq(KP, 'b', { name: 'bench' })));
  rpc.createPreview = await timed(CALLS, () => p.rpc.create(createReq(KP, 'b', inputs, true)));
  const outs: Record<string, unknown>[] = [];
  rpc.create = await timed(50, async (i) => {
    outs[i] = js(
      (await p.rpc.create(createReq(KP, `b${i}`, { ...inputs, name: `bench-${i}` }, false))).getProperties(),
    );
  });
  rpc.diff = await timed(CALLS, (i) =>
    p.rpc.diff(diffReq(KP, 'b', 'bench-0', outs[i % 50], { ...inputs, name: `bench-${i % 50}` }, inputs)),
  );
  rpc.read = await timed(CALLS, (i) => p.rpc.read(readReq(KP, 'b', `bench-${i % 50}`, outs[i % 50], inputs)));
  rpc.delete = await timed(50, (i) => p.rpc.delete(deleteReq(KP, 'b', `bench-${i}`, outs[i])));
  await p.stop();
  fs.rmSync(tmp, { recursive: true, force: true });

  const result = {
    pulumi_startup_ms: round(median(startMs)),
    pulumi_cold_startup_ms: round(coldMs),
    node_startup_ms: round(median(nodeMs)),
    startup_ratio: round(median(startMs) / median(nodeMs)),
    cold_startup_ratio: round(coldMs / median(nodeMs)),
    rpc_ms: rpc,
  };
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
