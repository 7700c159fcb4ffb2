// Shared pieces of the kill tests: a seeded random source, the figures each test prints, and killing a
// whole process group (the engine under test, its plugin and anything they started) with SIGKILL.
import type { ChildProcess } from 'node:child_process';

/** How many kills a run makes: NOVAFORM_KILLS, else a modest number that keeps CI within its time. */
export const killCount = (ciDefault: number) => {
  const n = Number(process.env.NOVAFORM_KILLS ?? ciDefault);
  return Number.isInteger(n) && n > 0 ? n : ciDefault;
};

/** A small deterministic generator (mulberry32), so a failing run can be repeated with NOVAFORM_KILL_SEED. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const killSeed = () => Number(process.env.NOVAFORM_KILL_SEED ?? Date.now() % 1_000_000);

export interface Figures {
  kills: number;
  byPoint: Record<string, number>;
  orphans: number;
  duplicates: number;
  missing: number;
  failedReruns: number;
  leftAfterDestroy: number;
  problems: string[];
}

export const noFigures = (): Figures => ({
  kills: 0,
  byPoint: {},
  orphans: 0,
  duplicates: 0,
  missing: 0,
  failedReruns: 0,
  leftAfterDestroy: 0,
  problems: [],
});

/** A server as the engine lists it, and the ids the caller's saved state (state file, checkpoint) holds. */
export interface Observed {
  live: { id: string; name: string }[];
  saved: string[];
}

/**
 * Adds what one re-run left to the figures: names twice, servers no state holds (orphans), state entries with
 * no server (missing); after a destroy, anything at all. `expected` is how many servers an apply/up leaves.
 */
export function tally(f: Figures, seen: Observed, after: 'up' | 'destroy', expected: number, label: string): void {
  const { live, saved } = seen;
  const names = live.map((s) => s.name);
  const dup = names.filter((n, i) => names.indexOf(n) !== i).length;
  const orphans = live.filter((s) => !saved.includes(s.id)).length;
  const missing = saved.filter((id) => !live.some((s) => s.id === id)).length;
  f.duplicates += dup;
  f.orphans += orphans;
  f.missing += missing;
  // Progress as it goes (a long run with NOVAFORM_KILLS=100 shows its figures before the end).
  if (process.env.NOVAFORM_KILL_PROGRESS)
    process.stderr.write(`${label}: ${JSON.stringify({ ...f, problems: f.problems.length })}\n`);
  const left = live.length + saved.length;
  if (after === 'destroy') f.leftAfterDestroy += left;
  const wrongCount = after === 'destroy' ? left > 0 : saved.length !== expected;
  if (dup || orphans || missing || wrongCount) f.problems.push(`${label}: ${JSON.stringify({ live, saved })}`);
}

/** SIGKILL to the child's whole process group (it was spawned detached, so it leads one). */
export async function killGroup(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
  await exited;
}

/** Resolves when `check` holds, polled every few milliseconds (the kill point is reached), or never is. */
export function when(check: () => boolean, stop: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    let done = false;
    void stop.then(() => {
      done = true;
      resolve(false);
    });
    const tick = () => {
      if (done) return;
      if (check()) {
        done = true;
        resolve(true);
      } else setTimeout(tick, 5);
    };
    tick();
  });
}
