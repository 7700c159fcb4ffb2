// What the diff produces: attribute-level changes, and a resource's plan built from them.
import type { Obj } from '../schema/values';
import type { Operation } from '../plan/operation';

/** One attribute-level change in a plan. */
export interface PlannedChange {
  /** Attribute path as users write it: `flavor_id`, `network[0].uuid`, `metadata.role`. */
  path: string;
  kind: 'add' | 'update' | 'delete';
  before?: unknown;
  after?: unknown;
  /** Set when the change forces replacement: the reason shown to users. */
  replace?: string;
  /** Set when the change is applied in place but erases data (a rebuild). */
  destructive?: string;
}

export interface ResourcePlan {
  action: 'create' | 'update' | 'replace' | 'delete' | 'noop';
  changes: PlannedChange[];
  /** State after apply: inputs as configured, computed values copied or UNKNOWN where the apply will set them. */
  planned: Obj;
  operations: Operation[];
  /**
   * A replacement must delete the old resource before creating the new one (it would take something only one
   * resource can hold); the schema's `deleteBeforeReplace` when unset.
   */
  deleteBeforeReplace?: boolean;
}
