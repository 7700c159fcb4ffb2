// `novaform preview --simulate`: read the actual state through the API, seed a throw-away engine with it,
// replay the plan there and report what would fail. What the credentials cannot see is said, not guessed.
import fs from 'node:fs';
import path from 'node:path';
import { connect, type Connection } from '../../client/connection';
import { logger } from '../../log/logger';
import type { Preview } from '../model';
import { readActual } from './read';
import { replay } from './replay';
import { seedEngine } from './seed';

export { readActual } from './read';
export { replay, type ReplayResult } from './replay';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export async function simulate(p: Preview, conn: Connection): Promise<Preview> {
  const actual = await readActual(conn);
  // The lock owner novaform's state records, by server id: any other lock is someone else's.
  const lockOwners = new Map<string, string>();
  for (const r of p.resources)
    if (r.prior && str(r.prior.id)) lockOwners.set(str(r.prior.id), str(r.prior.lock_owner ?? r.prior.lockOwner));
  const seeded = seedEngine(actual, lockOwners);
  let sim: Connection | undefined;
  try {
    // connect() warns once that it falls back to the embedded engine; here that is the point, not news.
    const log = logger();
    const level = log.level;
    log.level = 'error';
    try {
      sim = await connect({ embedded_data: seeded.file, max_retries: 0 }, { env: {}, cwd: path.dirname(seeded.file) });
    } finally {
      log.level = level;
    }
    const result = await replay(p, sim, { ids: seeded.ids });
    return { ...p, simulation: { predictions: result.failures, notes: [...seeded.notes, ...result.notes] } };
  } finally {
    await sim?.close();
    fs.rmSync(path.dirname(seeded.file), { recursive: true, force: true });
  }
}
