// What every resource offers the plugin adapters. The Terraform and Pulumi adapters translate their protocol
// onto exactly these calls and hold no resource-specific logic of their own.
import type { ResourceSchema } from '../schema/dsl';
import type { FieldError } from '../schema/validate';
import type { Obj } from '../schema/values';
import type { Connection } from '../client/connection';

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

/** One API operation the apply will run, in order (printable, testable). */
export interface Operation {
  /** e.g. `unlock`, `PUT /servers/{id}`, `os-stop`, `resize`, `confirmResize`, `create`, `delete`. */
  op: string;
  detail?: string;
  /** The vm_state the server is expected to be in when the operation runs, and after it (servers only). */
  from?: string;
  to?: string;
  /** A reason the operation is expected to fail (a lock someone else set, an illegal transition). */
  blocked?: string;
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

export interface ApplyOptions {
  /** Bounds every wait of this operation (ms); the schema's default otherwise. */
  timeoutMs?: number;
  /**
   * The identity of the resource for the create's idempotency token: Pulumi's URN. Without it the token is a
   * hash of the type, project, name and normalised configuration.
   */
  urn?: string;
}

/** A create whose resource exists but did not finish: the state carries its id so nothing is orphaned. */
export class PartialApplyError extends Error {
  constructor(
    message: string,
    readonly state: Obj,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

export interface ResourceType {
  readonly schema: ResourceSchema;
  /** Problems with the configuration, each naming its field (unknown values are skipped). */
  validate(config: Obj): FieldError[];
  /** The plan from the prior state (null = create) to the configuration. Reads catalogs to resolve names. */
  plan(conn: Connection, prior: Obj | null, config: Obj): Promise<ResourcePlan>;
  create(conn: Connection, config: Obj, opts?: ApplyOptions): Promise<Obj>;
  /** The actual state, or null when the resource is gone. */
  read(conn: Connection, state: Obj): Promise<Obj | null>;
  update(conn: Connection, prior: Obj, config: Obj, opts?: ApplyOptions): Promise<Obj>;
  /** Deleting what is already gone succeeds. */
  delete(conn: Connection, state: Obj, opts?: ApplyOptions): Promise<void>;
  /** The state of an existing resource by its import id, or null when there is none. */
  import(conn: Connection, id: string): Promise<Obj | null>;
}

/** A read-only lookup (Terraform data source, Pulumi invoke): flavors, images, networks by name or filters. */
export interface DataSourceType {
  /** Fields: the filters (optional inputs) and the results (computed). `terraform` is the data source's type. */
  readonly schema: ResourceSchema;
  /** The Pulumi invoke token's function name (`getFlavor` → `novaform:index:getFlavor`). */
  readonly function: string;
  /** Exactly one match, or an error naming the filters. */
  read(conn: Connection, args: Obj): Promise<Obj>;
}
