// Background changes with no visible task (reclaiming a soft-deleted server, offloading a shelved one): a
// pending entry with one silent phase, which the transition clock completes like any other. Effects schedule
// these, and the transitions run them; this module depends on neither.
import type { Pending, Server } from '../../model/types';
import type { EngineContext } from '../context';

/** Schedules `action` to complete on `server` after `afterMs`, with no task shown meanwhile. */
export function schedule(ctx: EngineContext, server: Server, action: string, afterMs: number): Server {
  const pending: Pending = {
    action,
    phases: [{ task: null, endsAt: ctx.clock.now() + afterMs }],
    data: { background: true },
  };
  return ctx.store.servers.put({ ...server, pending });
}
