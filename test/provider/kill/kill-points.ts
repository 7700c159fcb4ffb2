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
