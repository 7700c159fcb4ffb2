// ContainerGroup (CTyun ECI): create is one createContainerGroup carrying an idempotency token as a tag,
// then a wait for Running; a retried or re-run create finds the token first and adopts that group (unless it
// belongs to a saved state: see client/idempotency), the first update gives the token up, and a
// group whose start fails is reported with its id (PartialApplyError) so nothing is orphaned. The
// updatable set changes in place with one updateContainerGroup and a wait (a busy group is let settle
// first; a finished one is replaced instead); everything else replaces. After an import, replace-only
// attributes the API never returns are adopted from the configuration. Delete waits until the group is
// gone; gone already is success.
import type { Connection } from '../client/connection';
import { isEciNotFound } from '../client/eci';
import { canonicalJson, isAdoptable, noteOwned, oneAtATime, tokenForConfig, tokenForUrn } from '../client/idempotency';
import { WaitError } from '../client/waiter';
import { diffResource, planFromSchema, topField } from '../diff';
import { logger } from '../log/logger';
import { containerGroupSchema as schema } from '../schema/container-group';
import { validateInputs } from '../schema/validate';
import { textOf, type Obj } from '../schema/values';
import { checkedConfig, waitUntil, type Verdict } from './common/api';
import {
  createBody,
  failureReason,
  isTokenTag,
  stateFromView,
  toApi,
  tokenTag,
  UNREAD_REPLACE_ONLY,
  UPDATABLE,
  updateBody,
  withUnverifiedFromConfig,
  type GroupView,
} from './container-group-body';
import {
  PartialApplyError,
  type ApplyOptions,
  type PlannedChange,
  type ResourcePlan,
  type ResourceType,
} from './types';

const BASE = '/containers';
/** updateContainerGroup is refused in any other status. */
const UPDATABLE_IN = ['Pending', 'Running'];
/** Statuses a group does not leave by itself (Expired: a reclaimed spot instance, in Alibaba's set). */
const FINISHED = ['Succeeded', 'Failed', 'ScheduleFailed', 'Expired'];

async function describe(conn: Connection, id: string): Promise<GroupView | null> {
  try {
    return await conn.eci().call<GroupView>('GET', `${BASE}/describeContainerGroup/${encodeURIComponent(id)}`);
  } catch (e) {
    if (isEciNotFound(e)) return null;
    throw e;
  }
}

/** A live group carrying the create's token (a Terminating one is on its way out and not adopted). */
async function findByToken(conn: Connection, token: string): Promise<GroupView | undefined> {
  const res = await conn.eci().call<{ containerGroups?: GroupView[] }>('POST', `${BASE}/describeContainerGroups`, {
    tags: [tokenTag(token)],
    limit: 20,
  });
  return (res.containerGroups ?? []).find((g) => g.status !== 'Terminating' && isAdoptable(conn, g.containerGroupId));
}

const startedVerdict = (g: GroupView | null): Verdict => {
  if (!g) return { failed: 'the group disappeared' };
  if (g.status === 'Running' || g.status === 'Succeeded') return { done: true };
  if (FINISHED.includes(g.status)) return { failed: failureReason(g) };
  return { pending: g.status };
};

const timeout = (opts: ApplyOptions | undefined, op: 'create' | 'update' | 'delete') =>
  opts?.timeoutMs ?? schema.timeouts[op];

/** Waits for Running/Succeeded; on failure the error carries the state (with the id) from the last view. */
async function waitStarted(conn: Connection, id: string, values: Obj, what: string, timeoutMs: number): Promise<Obj> {
  try {
    const g = await waitUntil(
      conn,
      `container group ${id} to run`,
      timeoutMs,
      () => describe(conn, id),
      startedVerdict,
    );
    return stateFromView(g as GroupView, values);
  } catch (e) {
    const last = e instanceof WaitError ? (e.last as GroupView | null) : await describe(conn, id).catch(() => null);
    const state = last ? stateFromView(last, values) : { ...values, id };
    const why = e instanceof WaitError && !e.timedOut && last ? failureReason(last) : (e as Error).message;
    throw new PartialApplyError(`container group ${id} was ${what} but did not start: ${why}`, state, e);
  }
}

async function create(conn: Connection, config: Obj, opts?: ApplyOptions): Promise<Obj> {
  const c = checkedConfig(schema, config);
  // The token hashes what is sent (unset attributes dropped, however they were spelled). The configuration
  // is part of it under Pulumi too: a replacement keeps its URN, and must not adopt the group it replaces.
  const sent = toApi(schema.fields, c);
  const token = opts?.urn
    ? tokenForUrn(`${opts.urn}\0${canonicalJson(sent)}`)
    : tokenForConfig(schema.terraform, conn.projectId, String(c.container_group_name), sent);
  const id = await oneAtATime(conn, token, () => createOrAdopt(conn, c, token));
  noteOwned(conn, id);
  return waitStarted(conn, id, c, 'created', timeout(opts, 'create'));
}

async function createOrAdopt(conn: Connection, c: Obj, token: string): Promise<string> {
  const found = (await findByToken(conn, token))?.containerGroupId;
  if (found) {
    logger().info({ id: found, token }, 'container group: adopting the group an earlier attempt created');
    return found;
  }
  try {
    return (
      await conn.eci().call<{ containerGroupId: string }>('POST', `${BASE}/createContainerGroup`, createBody(c, token))
    ).containerGroupId;
  } catch (e) {
    // The reply may be what was lost: if the group exists after all, it carries the token.
    const made = await findByToken(conn, token).catch(() => undefined);
    if (!made) throw e;
    return made.containerGroupId;
  }
}

async function read(conn: Connection, state: Obj): Promise<Obj | null> {
  const g = await describe(conn, String(state.id));
  return g ? stateFromView(g, state) : null;
}

async function update(conn: Connection, prior: Obj, config: Obj, opts?: ApplyOptions): Promise<Obj> {
  const c = checkedConfig(schema, config);
  const id = String(prior.id);
  const live = await describe(conn, id);
  if (!live) throw new Error(`container group ${id} no longer exists; refresh and plan again to create it`);
  // Only unverified attributes adopted from the configuration (after an import): nothing to send.
  const sends = diffResource(schema.fields, withUnverifiedFromConfig(prior, c), c).some((ch) =>
    UPDATABLE.includes(topField(ch.path)),
  );
  if (!sends) return stateFromView(live, c);
  if (FINISHED.includes(live.status)) {
    throw new Error(
      `container group ${id} is ${live.status}: updateContainerGroup works only while Pending or Running; ` +
        `plan again to replace it`,
    );
  }
  // Scheduling, Updating, Restarting…: let it settle first.
  if (!UPDATABLE_IN.includes(live.status))
    await waitUntil(
      conn,
      `container group ${id} to settle before the update`,
      timeout(opts, 'update'),
      () => describe(conn, id),
      startedVerdict,
    );
  // The token goes with the first update (tags are replaced whole): the engine has saved this group.
  const body = updateBody(prior, c, []);
  if (body.tags === undefined && (live.tags ?? []).some(isTokenTag)) body.tags = [];
  await conn.eci().call('PUT', `${BASE}/updateContainerGroup/${encodeURIComponent(id)}`, body);
  return waitStarted(conn, id, c, 'updated', timeout(opts, 'update'));
}

async function remove(conn: Connection, state: Obj, opts?: ApplyOptions): Promise<void> {
  const id = String(state.id);
  try {
    await conn.eci().call('DELETE', `${BASE}/deleteContainerGroup/${encodeURIComponent(id)}`);
  } catch (e) {
    if (isEciNotFound(e)) return;
    throw e;
  }
  await waitUntil(
    conn,
    `container group ${id} to be deleted`,
    timeout(opts, 'delete'),
    () => describe(conn, id),
    (g) => (g ? { pending: g.status } : { done: true }),
  );
}

/**
 * After an import: the adopted attributes show as (non-replacing) changes; with nothing else, an update that sends
 * nothing.
 */
function withAdopted(p: ResourcePlan, prior: Obj, config: Obj): ResourcePlan {
  const unverified = prior.unverified_attributes as string[];
  const adopted = diffResource(schema.fields, prior, config)
    .filter((c) => unverified.includes(topField(c.path)))
    .map((c): PlannedChange => ({ path: c.path, kind: c.kind, before: c.before, after: c.after }));
  // Nothing adopted (the configuration sets none of them) stays a no-op: an empty update would make Pulumi's
  // `import` option fail ("inputs to import do not match the existing resource") and show a change of nothing.
  // Nothing adopted also keeps the list of unverified attributes as it is (a generated import configuration
  // restates what was read): clearing it would be a change of nothing, and the plan would not be imports only.
  if (p.action === 'noop')
    return adopted.length
      ? { action: 'update', changes: adopted, planned: p.planned, operations: [] }
      : { ...p, planned: { ...p.planned, unverified_attributes: prior.unverified_attributes } };
  if (p.action !== 'update') return p;
  return { ...p, changes: [...p.changes, ...adopted.filter((a) => !p.changes.some((c) => c.path === a.path))] };
}

/** A finished group (Succeeded, Failed, …) cannot be updated: what would be an update replaces it. */
function replacedWhenFinished(p: ResourcePlan, status: string, config: Obj): ResourcePlan {
  if (p.action !== 'update' || !p.operations.length || !FINISHED.includes(status)) return p;
  const reason = `the group is ${status}: updateContainerGroup works only while Pending or Running`;
  return {
    action: 'replace',
    changes: p.changes.map((ch) => ({ ...ch, replace: ch.replace ?? reason })),
    planned: planFromSchema(schema, null, config).planned,
    operations: [{ op: 'create' }, { op: 'delete' }],
  };
}

/** A group that could not be scheduled never ran and never will: it is replaced even when nothing changed. */
function replacedWhenUnscheduled(p: ResourcePlan, status: string, config: Obj): ResourcePlan {
  if (status !== 'ScheduleFailed' || p.action === 'replace') return p;
  const fresh = planFromSchema(schema, null, config);
  return {
    action: 'replace',
    planned: fresh.planned,
    operations: [{ op: 'create' }, { op: 'delete' }],
    changes: [
      ...p.changes,
      {
        path: 'status',
        kind: 'update',
        before: status,
        after: 'Running',
        replace: 'the group could not be scheduled (ScheduleFailed): it never ran',
      },
    ],
  };
}

function plan(prior: Obj | null, config: Obj): ResourcePlan {
  if (!prior) return planFromSchema(schema, null, config);
  // After an import, replace-only attributes the API never returns are taken from the configuration.
  const effective = withUnverifiedFromConfig(prior, config);
  // An update keeps the group's address and creation time; its public IP changes only with `eip`.
  const eipChanges = diffResource(schema.fields, effective, config).some((c) => topField(c.path) === 'eip');
  let p = planFromSchema(schema, effective, config, {
    stableComputed: ['creation_time', 'intranet_ip', ...(eipChanges ? [] : ['internet_ip'])],
  });
  if (effective !== prior) p = withAdopted(p, prior, config);
  p = replacedWhenUnscheduled(replacedWhenFinished(p, textOf(prior.status), config), textOf(prior.status), config);
  return p.action === 'update'
    ? { ...p, operations: p.operations.map((o) => ({ ...o, detail: 'then wait for Running' })) }
    : p;
}

export const containerGroup: ResourceType = {
  schema,
  validate: (config) => validateInputs(schema, config),
  plan: async (_conn, prior, config) => plan(prior, config),
  create,
  read,
  update,
  delete: remove,
  async import(conn, id) {
    const g = await describe(conn, id);
    return g ? stateFromView(g, { unverified_attributes: UNREAD_REPLACE_ONLY }) : null;
  },
};
