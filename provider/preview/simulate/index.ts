// `novaform preview --simulate`: read the actual state through the API, seed a throw-away engine with it,
// replay the plan there and report what would fail. What the credentials cannot see is said, not guessed.
import fs from 'node:fs';
import path from 'node:path';
import { connect, type Connection } from '../../client/connection';
import type { Preview } from '../model';
import { readActual } from './read';
import { replay } from './replay';
import { seedEngine, type Recreate } from './seed';

export { readActual } from './read';
export { replay, type ReplayResult } from './replay';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export async function simulate(p: Preview, conn: Connection): Promise<Preview> {
  const actual = await readActual(conn);
  // Existing resources the plan touches that are servers in the cloud: recreated with their state and lock.
  const existing = new Set(actual.servers.map((s) => s.id));
  const recreate: Recreate[] = p.resources
    .filter((r) => r.before && existing.has(str(r.before.id)))
    .map((r) => ({ id: str(r.before!.id), lockOwner: str(r.before!.lock_owner ?? r.before!.lockOwner) }));
  const seeded = seedEngine(actual, recreate);
  let sim: Connection | undefined;
  try {
    sim = await connect({ embedded_data: seeded.file, max_retries: 0 }, { env: {}, cwd: path.dirname(seeded.file) });
    const result = await replay(p, sim, { ids: seeded.ids, timeoutMs: 2000 });
    return { ...p, simulation: { predictions: result.failures, notes: [...seeded.notes, ...result.notes] } };
  } finally {
    await sim?.close();
    fs.rmSync(path.dirname(seeded.file), { recursive: true, force: true });
  }
}
