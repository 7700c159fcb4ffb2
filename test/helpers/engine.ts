// A fresh in-memory engine on a manual clock, with the seeded callers and a helper that boots servers.
import { createEngine, DEFAULT_SEED, ManualClock, type EngineOptions, type SeedSpec } from '../../engine';
import type { CreateServerRequest } from '../../engine/domain/servers/create';
import type { Caller } from '../../engine';

export const CIRROS = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c';
export const PRIVATE_NET = 'fb68519f-a7c0-476e-98d4-2e4cf6de6def';
/** The ECS guide's network: shared and external in the default seed. */
export const ECS_NET = '07a9557d-4256-48ae-847c-415a9c8f7ff6';

export function seedWith(patch: Partial<SeedSpec>): SeedSpec {
  return { ...DEFAULT_SEED, ...patch };
}

export const UNLIMITED = { instances: -1, cores: -1, ram: -1 };

export function testEngine(opts: Omit<EngineOptions, 'clock'> = {}) {
  const clock = new ManualClock();
  const engine = createEngine({ ...opts, clock });
  const demo = engine.callerFor('demo');
  const alt = engine.callerFor('alt_demo');
  const admin = engine.callerFor('admin');
  const boot = (caller: Caller = demo, req: Partial<CreateServerRequest> = {}, hints?: Record<string, unknown>) =>
    engine.servers.create(caller, { name: 'vm', flavorRef: '1', imageRef: CIRROS, ...req }, hints).servers[0];
  /** Boots and lets the build finish. */
  const active = (caller: Caller = demo, req: Partial<CreateServerRequest> = {}, hints?: Record<string, unknown>) => {
    const s = boot(caller, req, hints);
    settle();
    return engine.servers.get(caller, s.id);
  };
  /** Moves the clock past every default duration. */
  const settle = (ms = 60_000) => {
    clock.advance(ms);
    engine.tick();
  };
  return { engine, clock, demo, alt, admin, boot, active, settle };
}

/** Runs fn and returns the engine error it throws (fails the test when it does not throw). */
export function errorOf(fn: () => unknown): { status: number; message: string; fault: string } {
  try {
    fn();
  } catch (e) {
    return e as { status: number; message: string; fault: string };
  }
  throw new Error('expected an error, but the call succeeded');
}
