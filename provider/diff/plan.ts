// The generic plan of a resource from its schema: create, update in place, replace or nothing; the state
// the apply will produce (computed values unknown where the apply sets them); and one operation per update
// strategy touched. Resources with richer sequencing (servers) build on this and order their own operations.
import type { Fields, ResourceSchema } from '../schema/dsl';
import { declaresInput, fieldOf, UNKNOWN, withDefaults, type Obj } from '../schema/values';
import type { Operation } from '../plan/operation';
import type { PlannedChange, ResourcePlan } from './types';
import { diffResource, fieldList, topField } from './diff';

/** Computed attributes unknown (except those listed as known), inputs as configured. */
function plannedState(
  fields: Fields,
  base: Obj,
  desired: Obj,
  unknownComputed: boolean,
  keep: Set<string> = new Set(),
): Obj {
  const out: Obj = {};
  for (const [name, f] of fieldList(fields)) {
    if (f.writeOnly) {
      out[name] = null;
      continue;
    }
    if (f.mode === 'computed') {
      out[name] = unknownComputed && !keep.has(name) ? UNKNOWN : (base[name] ?? null);
      continue;
    }
    const d = desired[name];
    if ((d === undefined || d === null) && f.mode === 'optional-computed') {
      out[name] = unknownComputed && !(name in base) ? UNKNOWN : (base[name] ?? (unknownComputed ? UNKNOWN : null));
      continue;
    }
    if (f.kind === 'block' && d && typeof d === 'object' && f.nesting !== 'set') {
      // Nested computed attributes (a NIC's MAC) follow the same rule, item by item.
      if (f.nesting === 'single')
        out[name] = plannedState(f.fields, (base[name] ?? {}) as Obj, d as Obj, unknownComputed);
      else
        out[name] = (d as Obj[]).map((item, i) =>
          plannedState(
            f.fields,
            (base[name] as Obj[] | undefined)?.[i] ?? {},
            item,
            unknownComputed || !(base[name] as Obj[] | undefined)?.[i],
          ),
        );
      continue;
    }
    out[name] = d ?? null;
  }
  return out;
}

export interface PlanOptions {
  /** Computed attributes an in-place update leaves alone (not marked unknown). */
  stableComputed?: string[];
  /** Changes already computed by the resource (e.g. on ids its names resolve to). */
  changes?: PlannedChange[];
}

/** Operations of an in-place update: one per distinct update op, in schema order. */
export function updateOperations(schema: ResourceSchema, changes: PlannedChange[]): Operation[] {
  const ops: Operation[] = [];
  for (const c of changes) {
    const f = fieldOf(schema.fields, topField(c.path));
    if (f?.change.how !== 'update' || ops.some((o) => o.op === (f.change as { op: string }).op)) continue;
    ops.push({ op: f.change.op, ...(c.destructive ? { detail: c.destructive } : {}) });
  }
  return ops;
}

export function planFromSchema(
  schema: ResourceSchema,
  prior: Obj | null,
  config: Obj,
  opts: PlanOptions = {},
): ResourcePlan {
  const desired = withDefaults(schema.fields, config);
  if (!prior) {
    const changes: PlannedChange[] = Object.entries(desired)
      .filter(([k, v]) => v !== undefined && v !== null && declaresInput(schema.fields, k))
      .map(([path, after]) => ({ path, kind: 'add' as const, before: null, after }));
    return {
      action: 'create',
      changes,
      planned: { ...plannedState(schema.fields, {}, desired, true), id: UNKNOWN },
      operations: [{ op: 'create' }],
    };
  }
  const changes = opts.changes ?? diffResource(schema.fields, prior, desired);
  if (!changes.length)
    return {
      action: 'noop',
      changes,
      planned: { ...plannedState(schema.fields, prior, desired, false), id: prior.id },
      operations: [],
    };
  if (changes.some((c) => c.replace)) {
    const operations: Operation[] = schema.deleteBeforeReplace
      ? [{ op: 'delete' }, { op: 'create' }]
      : [{ op: 'create' }, { op: 'delete' }];
    return {
      action: 'replace',
      changes,
      planned: { ...plannedState(schema.fields, {}, desired, true), id: UNKNOWN },
      operations,
    };
  }
  const operations = updateOperations(schema, changes);
  // Only local settings changed: nothing is sent, computed values stay as they are.
  const unknown = operations.length > 0;
  return {
    action: 'update',
    changes,
    planned: {
      ...plannedState(schema.fields, prior, desired, unknown, new Set(opts.stableComputed ?? [])),
      id: prior.id,
    },
    operations,
  };
}
