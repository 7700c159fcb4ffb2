// Replays a preview's planned changes through the provider's own resource code against a connection: deletes,
// then in-place updates (the planned operations, one API call each, in the order the planner chose from the
// plan's prior state), then creates in dependency order. Each refused call is a failure naming the resource,
// the operation and the API's error. The same replay runs on the throw-away engine (the prediction) and, in
// tests, on the real engine (what actually happens).
import type { Connection } from '../../client/connection';
import { ApiError } from '../../client/service';
import { RESOURCES } from '../../resources';
import { runOperations } from '../../resources/server/execute';
import { instanceActions } from '../../resources/server/wait';
import { PartialApplyError, type Operation, type ResourceType } from '../../resources/types';
import type { Fields } from '../../schema/dsl';
import { pulumiName } from '../../schema/dsl';
import { ValidationError } from '../../schema/validate';
import { containsUnknown, inputsOf, type Obj } from '../../schema/values';
import { isSensitive, isUnknown, type Prediction, type Preview, type ResourceChange } from '../model';

/** Stands in for a secret the plan masks: the engine never checks a password's content. */
const PLACEHOLDER_SECRET = 'novaform-simulated-Secret-1';

export interface ReplayResult {
  failures: Prediction[];
  notes: string[];
}

export interface ReplayOptions {
  /** Actual id → id on the target (the throw-away engine); identity when replaying on the real cloud. */
  ids?: Map<string, string>;
  /** Bounds each wait (the throw-away engine runs every transition at once; failures are seen as they happen). */
  timeoutMs?: number;
}

const typeOf = (r: ResourceChange): ResourceType | undefined => {
  const token = /^novaform:index:(.+)$/.exec(r.type)?.[1];
  return RESOURCES.find((t) => t.schema.terraform === r.type || t.schema.name === token);
};

/** Plan values as the provider core takes them: Terraform names, placeholders for secrets, unknowns left out. */
function toCore(fields: Fields, v: Record<string, unknown>, ids: Map<string, string>): Obj {
  const byName = new Map<string, [string, Fields | null]>();
  for (const [name, f] of Object.entries(fields)) {
    const entry: [string, Fields | null] = [name, f.kind === 'block' ? f.fields : null];
    byName.set(name, entry);
    byName.set(pulumiName(name, f), entry);
  }
  const plain = (x: unknown, nested: Fields | null): unknown => {
    if (isUnknown(x)) return undefined;
    if (isSensitive(x)) return PLACEHOLDER_SECRET;
    if (typeof x === 'string') return ids.get(x) ?? x;
    if (Array.isArray(x)) return x.map((e) => plain(e, nested)).filter((e) => e !== undefined);
    if (x && typeof x === 'object')
      return nested
        ? toCore(nested, x as Record<string, unknown>, ids)
        : Object.fromEntries(Object.entries(x).map(([k, e]) => [k, plain(e, null)]));
    return x;
  };
  const out: Obj = {};
  for (const [k, x] of Object.entries(v)) {
    const [name, nested] = byName.get(k) ?? [k, null];
    const p = plain(x, nested);
    if (p !== undefined) out[name] = p;
  }
  return out;
}

/** Creates in an order where every dependency inside the plan comes first. */
function dependencyOrder(rs: ResourceChange[]): ResourceChange[] {
  const byId = new Map(rs.map((r) => [r.id, r]));
  const out: ResourceChange[] = [];
  const seen = new Set<string>();
  const visit = (r: ResourceChange) => {
    if (seen.has(r.id)) return;
    seen.add(r.id);
    for (const d of r.dependsOn) {
      const dep = byId.get(d);
      if (dep) visit(dep);
    }
    out.push(r);
  };
  rs.forEach(visit);
  return out;
}

function describe(e: unknown, ids: Map<string, string>): string {
  const back = new Map([...ids].map(([a, s]) => [s, a]));
  let msg =
    e instanceof ApiError
      ? `${e.status} ${e.apiMessage}`
      : e instanceof PartialApplyError && e.cause
        ? describeCause(e.cause)
        : e instanceof Error
          ? e.message
          : String(e);
  // Simulated ids in an error read as the actual ones.
  for (const [sim, real] of back) msg = msg.split(sim).join(real);
  return msg;
}
const describeCause = (c: unknown) =>
  c instanceof ApiError ? `${c.status} ${c.apiMessage}` : c instanceof Error ? c.message : String(c);

/**
 * Until the server rests after an operation: no task, not building. An asynchronous failure ends the wait at
 * once with its reason — the server's fault, or the message of the operation's instance action (a resize that
 * finds no host leaves the server ACTIVE, the reason only there).
 */
async function settle(conn: Connection, id: string, actionsBefore: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ body }, list] = await Promise.all([
      conn.compute.call<{ server: Record<string, unknown> & { fault?: { message?: string } } }>(
        'GET',
        `/servers/${id}`,
      ),
      instanceActions(conn, id),
    ]);
    if (list.length > actionsBefore && list[0].message) throw new Error(list[0].message.trim());
    const vm = body.server['OS-EXT-STS:vm_state'];
    if (vm === 'error') throw new Error(body.server.fault?.message?.trim() || 'the server went to ERROR');
    if (!body.server['OS-EXT-STS:task_state'] && vm !== 'building') return;
    if (Date.now() > deadline) throw new Error(`still ${String(body.server.status)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function replay(p: Preview, conn: Connection, opts: ReplayOptions = {}): Promise<ReplayResult> {
  const ids = opts.ids ?? new Map<string, string>();
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const failures: Prediction[] = [];
  const notes: string[] = [];
  const failed = new Set<string>();
  const typed = p.resources.filter((r) => r.action !== 'noop' && r.action !== 'read').map((r) => ({ r, t: typeOf(r) }));
  const others = typed.filter((x) => !x.t).length;
  if (others) notes.push(`${others} changed resource${others === 1 ? '' : 's'} of other providers not simulated`);
  const ours = typed.filter((x): x is { r: ResourceChange; t: ResourceType } => !!x.t);
  const typeFor = new Map(ours.map((x) => [x.r.id, x.t]));

  const attempt = async (r: ResourceChange, operation: string, run: () => Promise<void>) => {
    if (r.dependsOn.some((d) => failed.has(d))) {
      notes.push(`${r.address}: ${operation} not simulated (a dependency would fail first)`);
      failed.add(r.id);
      return;
    }
    try {
      await run();
    } catch (e) {
      // Invalid only because values known after apply were left out: not a prediction.
      if (e instanceof ValidationError && containsUnknown(r.after)) {
        notes.push(`${r.address}: ${operation} not simulated (${e.message})`);
        return;
      }
      failed.add(r.id);
      failures.push({ resource: r.address, operation, error: describe(e, ids) });
    }
  };
  const prior = (r: ResourceChange, t: ResourceType) => toCore(t.schema.fields, r.prior ?? {}, ids);
  const config = (r: ResourceChange, t: ResourceType) =>
    inputsOf(t.schema.fields, toCore(t.schema.fields, r.after ?? {}, ids));
  const del = (r: ResourceChange, t: ResourceType) =>
    attempt(r, 'delete', () => t.delete(conn, prior(r, t), { timeoutMs }));
  const create = (r: ResourceChange, t: ResourceType) =>
    attempt(r, 'create', async () => {
      await t.create(conn, config(r, t), { timeoutMs });
    });

  const deletes = ours
    .filter(({ r }) => r.action === 'delete' || (r.action === 'replace' && r.replaceOrder !== 'create-first'))
    .reverse();
  for (const { r, t } of deletes) await del(r, t);
  for (const { r, t } of ours.filter((x) => x.r.action === 'update')) {
    const before = prior(r, t);
    const desired = config(r, t);
    let plan: Awaited<ReturnType<ResourceType['plan']>>;
    try {
      plan = await t.plan(conn, before, desired);
    } catch (e) {
      if (e instanceof ValidationError && containsUnknown(r.after)) {
        notes.push(`${r.address}: update not simulated (${e.message})`);
        continue;
      }
      failures.push({ resource: r.address, operation: 'plan', error: describe(e, ids) });
      continue;
    }
    if (!plan.operations.length) {
      await attempt(r, 'update', async () => {
        await t.update(conn, before, desired, { timeoutMs });
      });
      continue;
    }
    // The planned operations, each as the apply sends it; the cloud decides (a planned `blocked` is not trusted).
    for (const op of plan.operations) {
      const name = op.detail && op.op !== 'update' ? `${op.op} (${op.detail})` : op.op;
      // The call as the provider makes it; the wait is settle()'s, which sees failures as they happen.
      const run: Operation = { ...op, blocked: undefined, to: undefined };
      const id = String(before.id);
      // Set inside the attempt's callback, so the declared type must not narrow to false.
      let stop = false as boolean;
      await attempt(r, name, async () => {
        try {
          const actionsBefore = (await instanceActions(conn, id)).length;
          await runOperations([run], { conn, id, desired: { ...desired, ...plan.planned }, timeoutMs });
          await settle(conn, id, actionsBefore, timeoutMs);
        } catch (e) {
          stop = true;
          throw e;
        }
      });
      if (stop) break;
    }
  }
  for (const r of dependencyOrder(
    ours.filter((x) => x.r.action === 'create' || x.r.action === 'replace').map((x) => x.r),
  ))
    await create(r, typeFor.get(r.id)!);
  for (const { r, t } of ours.filter((x) => x.r.action === 'replace' && x.r.replaceOrder === 'create-first'))
    if (!failed.has(r.id)) await del(r, t);
  return { failures, notes };
}
