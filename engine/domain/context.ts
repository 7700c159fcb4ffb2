// What every domain module shares: the store, the clock, the settings and the transition durations.
import type { Clock } from '../clock';
import type { EngineSettings } from '../model/seed';
import type { Caller } from '../model/types';
import type { Store } from '../store/store';
import { isAdmin } from '../actions/check';

export interface EngineContext {
  store: Store;
  clock: Clock;
  settings: EngineSettings;
  /** Per-action durations in ms (`build`, `delete`, `default`, or any action name). */
  durations: Record<string, number>;
  stats: { placementDecisions: number; placementMs: number };
}

export { isAdmin };
export const sameProject = (c: Caller, projectId: string) => c.projectId === projectId;
/** Whether the caller may see a project's resources: its own, or any for admins. */
export const canSee = (c: Caller, projectId: string) => isAdmin(c) || sameProject(c, projectId);
