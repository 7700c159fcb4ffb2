// Failures injected through the control API that the domain itself must honour (as opposed to HTTP
// faults, which the API layer answers before any domain code runs).
import type { EngineContext } from './context';

const KEY = 'fail_next_build';

export function armBuildFailures(ctx: EngineContext, message: string, count: number): void {
  ctx.store.tx(() => ctx.store.setMeta(KEY, JSON.stringify({ message, count })));
}

/** Consumes one armed build failure (inside the create's transaction) and returns its fault message. */
export function takeBuildFailure(ctx: EngineContext): string | null {
  const raw = ctx.store.getMeta(KEY);
  if (!raw) return null;
  const armed = JSON.parse(raw) as { message: string; count: number };
  if (armed.count <= 1) ctx.store.sql('DELETE FROM meta WHERE key = ?').run(KEY);
  else ctx.store.setMeta(KEY, JSON.stringify({ ...armed, count: armed.count - 1 }));
  return armed.message;
}
