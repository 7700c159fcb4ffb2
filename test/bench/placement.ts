// Placement benchmark (issue: engine core). 1,000 hosts; 10,000 servers placed through the engine, timing
// each scheduling decision; then the store is filled to 100,000 servers and the process RSS is read.
// Last line: {"placement_mean_ms": …, "rss_100k_servers_mib": …}
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine, DEFAULT_SEED, ManualClock } from '../../engine';

const HOSTS = 1000,
  PLACED = 10_000,
  TOTAL = 100_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-bench-'));
const engine = createEngine({
  data: path.join(dir, 'engine.db'),
  clock: new ManualClock(),
  durations: { build: 0, default: 0 },
  seed: {
    ...DEFAULT_SEED,
    availabilityZones: Array.from({ length: 10 }, (_, i) => ({ name: `az-${i}`, hosts: HOSTS / 10 })),
    quotas: { defaults: { instances: -1, cores: -1, ram: -1 } },
  },
});
const demo = engine.callerFor('demo');
const create = (i: number) =>
  engine.servers.create(demo, {
    name: `b-${i}`,
    flavorRef: '1',
    imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
    networks: 'none',
  });

const t0 = performance.now();
for (let i = 0; i < PLACED; i++) create(i);
const createMs = performance.now() - t0;
const { placementDecisions, placementMs } = engine.stats;
const placementMean = placementMs / placementDecisions;
console.log(
  `placed ${placementDecisions} servers on ${HOSTS} hosts: mean decision ${placementMean.toFixed(3)} ms, ` +
    `mean create ${(createMs / PLACED).toFixed(3)} ms`,
);

for (let i = PLACED; i < TOTAL; i++) {
  create(i);
  if ((i + 1) % 20_000 === 0) console.log(`  ${i + 1} servers in the store`);
}
engine.tick();
global.gc?.();
const rss = process.memoryUsage().rss / 2 ** 20;
const stored = engine.store.servers.scalar('COUNT(*)');
console.log(`${stored} servers in the store; RSS ${rss.toFixed(0)} MiB`);
engine.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({ placement_mean_ms: Number(placementMean.toFixed(4)), rss_100k_servers_mib: Number(rss.toFixed(1)) }),
);
