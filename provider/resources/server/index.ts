// The Server resource: schema + diff + the server planner + the compute client, called unchanged by both
// plugins. Refreshes read from one batched listing; updates re-read the server and run the operations the
// planner orders from its actual state; deletes accept every status.
import type { Connection } from '../../client/connection';
import { keepPriorForm, planFromSchema } from '../../diff';
import { serverOperations, type ServerNow, type ServerWants } from '../../plan/server-ops';
import type { PowerStateName } from '../../plan/power-paths';
import { serverSchema } from '../../schema/server';
import { assertValid, validateInputs, ValidationError } from '../../schema/validate';
import { fieldOf, textOf, UNKNOWN, withDefaults, type Obj } from '../../schema/values';
import { logger } from '../../log/logger';
import {
  PartialApplyError,
  type ApplyOptions,
  type Operation,
  type PlannedChange,
  type ResourcePlan,
  type ResourceType,
} from '../types';
import { ignoreGone } from '../common/api';
import { flavors, images, networks, securityGroupIds, securityGroupName, securityGroups } from './catalog';
import { createOrAdopt, idempotencyToken, recordBootDevices, releaseToken } from './create';
import { runOperations } from './execute';
import { pinnedByReplacement } from './pins';
import { ownNetwork, resolveDesired, serverChanges } from './resolve';
import { isGone, stateFromView, type ServerView } from './state';
import { getServer, waitForGone, waitForVmState } from './wait';

/** The configured values of attributes that change in place (replace-only ones are what the server has). */
const inPlaceInputs = (config: Obj) =>
  Object.fromEntries(
    Object.entries(withDefaults(serverSchema.fields, config)).filter(([k]) => {
      const f = fieldOf(serverSchema.fields, k);
      return f !== undefined && (f.change.how === 'update' || f.change.how === 'local');
    }),
  );

const timeout = (opts: ApplyOptions | undefined, kind: 'create' | 'update' | 'delete') =>
  opts?.timeoutMs ?? serverSchema.timeouts[kind];

async function toState(conn: Connection, view: ServerView, prior: Obj): Promise<Obj> {
  const names = ((view.security_groups ?? []) as { name: string }[]).map((g) => g.name);
  const sgs = names.length ? await securityGroups(conn) : [];
  const flavorName = (view.flavor as { original_name?: string } | undefined)?.original_name;
  const flavorId =
    flavorName && flavorName !== prior.flavor_name
      ? (await flavors(conn)).find((f) => f.name === flavorName)?.id
      : undefined;
  const own = sgs.filter((g) => g.project_id === conn.projectId);
  const state = stateFromView(view, prior, {
    sgIdByName: (n) => (own.find((g) => g.name === n) ?? sgs.find((g) => g.name === n))?.id,
    flavorId,
  });
  return keepPriorForm(serverSchema.fields, prior, state);
}

const has = (changes: PlannedChange[], ...fields: string[]) =>
  changes.filter((c) => fields.some((f) => c.path === f || c.path.startsWith(`${f}.`) || c.path.startsWith(`${f}[`)));
const show = (v: unknown) => (v === null || v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v));

async function wantsOf(conn: Connection, actual: Obj, desired: Obj, changes: PlannedChange[]): Promise<ServerWants> {
  const sgChange = has(changes, 'security_groups').length > 0;
  const ids = async (v: unknown) => (Array.isArray(v) ? securityGroupIds(conn, v as string[]) : []);
  const [before, after]: string[][] = sgChange
    ? [await ids(actual.security_groups), await ids(desired.security_groups)]
    : [[], []];
  const named = (list: string[]) => Promise.all(list.map((id) => securityGroupName(conn, id)));
  const updates = has(changes, 'name', 'description', 'access_ip_v4', 'access_ip_v6');
  const resize = has(changes, 'flavor_id', 'flavor_name').length > 0;
  const rebuild = has(changes, 'image_id', 'image_name').length > 0;
  return {
    update: updates.length
      ? updates.map((c) => `${c.path}: ${show(c.before)} → ${show(c.after)}`).join(', ')
      : undefined,
    metadata: has(changes, 'metadata').length ? 'metadata replaced' : undefined,
    tags: has(changes, 'tags').length ? 'tags replaced' : undefined,
    removeSecurityGroups: await named(before.filter((g) => !after.includes(g))),
    addSecurityGroups: await named(after.filter((g) => !before.includes(g))),
    changePassword: has(changes, 'admin_pass', 'admin_pass_wo_version').length > 0,
    resize: resize ? `flavor ${show(actual.flavor_name)} → ${show(desired.flavor_name)}` : undefined,
    resizeConfirmation: (desired.resize_confirmation as 'confirm' | 'auto' | undefined) ?? 'confirm',
    rebuild: rebuild
      ? `image ${show(actual.image_name ?? actual.image_id)} → ${show(desired.image_name ?? desired.image_id)}`
      : undefined,
    powerState: (desired.power_state as PowerStateName | undefined) ?? 'active',
    locked: desired.locked === true,
    lockedReason: (desired.locked_reason as string | null) ?? null,
    relock:
      desired.locked === true &&
      actual.locked === true &&
      (desired.locked_reason ?? null) !== (actual.locked_reason ?? null),
  };
}

function nowOf(conn: Connection, s: Obj): ServerNow {
  return {
    id: String(s.id),
    projectId: conn.projectId,
    vmState: textOf(s.vm_state || 'active') as ServerNow['vmState'],
    taskState: (s.task_state as string) || null,
    locked: s.locked === true,
    lockOwner: textOf(s.lock_owner),
    launched: s.vm_state !== 'building',
  };
}

const caller = (conn: Connection) => ({
  projectId: conn.projectId,
  roles: conn.admin ? ['admin', 'member'] : ['member'],
});

async function operationsFor(
  conn: Connection,
  actual: Obj,
  desired: Obj,
  changes: PlannedChange[],
): Promise<Operation[]> {
  return serverOperations(nowOf(conn, actual), await wantsOf(conn, actual, desired, changes), caller(conn));
}

/** A replacement that would take a fixed IP, port or volume from the old server deletes the old one first. */
function deleteFirstIfPinned(plan: ResourcePlan, prior: Obj, desired: Obj): ResourcePlan {
  const pinned = pinnedByReplacement(prior, desired);
  if (!pinned.length) return plan;
  return {
    ...plan,
    deleteBeforeReplace: true,
    operations: [{ op: 'delete', detail: `the replacement needs ${pinned.join(', ')}` }, { op: 'create' }],
  };
}

export const serverResource: ResourceType = {
  schema: serverSchema,

  validate: (config) => validateInputs(serverSchema, config),

  async plan(conn, prior, config): Promise<ResourcePlan> {
    const desired = await resolveDesired(conn, config, prior);
    if (!prior) {
      const plan = planFromSchema(serverSchema, null, config);
      // After the build: the first power state and the lock.
      const after = serverOperations(
        {
          id: '(new)',
          projectId: conn.projectId,
          vmState: 'active',
          taskState: null,
          locked: false,
          lockOwner: '',
          launched: true,
        },
        await wantsOf(conn, {}, desired, []),
        caller(conn),
      );
      return { ...plan, operations: [...plan.operations, ...after] };
    }
    const changes = await serverChanges(conn, prior, desired);
    const own = ownNetwork(prior, desired);
    const plan = planFromSchema(
      serverSchema,
      own,
      {
        ...config,
        flavor_id: desired.flavor_id,
        flavor_name: desired.flavor_name,
        image_id: desired.image_id,
        image_name: desired.image_name,
      },
      { changes },
    );
    // After an import that listed NICs the configuration does not declare, the next apply keeps only the
    // declared ones and clears the mark (with nothing to drop, the state stays as it is: no empty update).
    const dropsNics =
      (own.network as unknown[] | undefined)?.length !== (prior.network as unknown[] | undefined)?.length;
    if (prior.network_from_import === true && dropsNics && plan.action !== 'replace')
      plan.planned.network_from_import = false;
    if (plan.action === 'replace') return deleteFirstIfPinned(plan, prior, desired);
    if (plan.action !== 'update') return plan;
    const operations = await operationsFor(conn, prior, desired, changes);
    if (!operations.length)
      plan.planned = {
        ...plan.planned,
        ...Object.fromEntries(
          Object.entries(prior).filter(([k]) => fieldOf(serverSchema.fields, k)?.mode === 'computed'),
        ),
      };
    if (operations.some((o) => o.op === 'lock' || o.op === 'unlock')) plan.planned.lock_owner = UNKNOWN;
    return { ...plan, operations };
  },

  async create(conn, config, opts) {
    assertValid(serverSchema, config);
    const desired = await resolveDesired(conn, config, null);
    const token = idempotencyToken(conn, desired, opts?.urn);
    const { id, adopted } = await createOrAdopt(conn, desired, token);
    if (adopted) logger().info({ id }, 'adopted the server an earlier create made (same idempotency token)');
    const partial: Obj = { ...withDefaults(serverSchema.fields, config), ...desired, id, admin_pass_wo: null };
    try {
      const view = await waitForVmState(conn, id, ['active'], 'build', timeout(opts, 'create'));
      const boot = await recordBootDevices(conn, id, desired);
      Object.assign(partial, boot);
      // The token stays: the engine saves this server only after we return (it goes at the next update).
      let state = await toState(conn, view!, partial);
      const ops = await operationsFor(conn, state, desired, []);
      if (ops.length) {
        await runOperations(ops, { conn, id, desired, timeoutMs: timeout(opts, 'create') });
        if (ops.some((o) => o.op === 'lock')) partial.lock_owner = 'novaform';
        state = await toState(conn, (await getServer(conn, id))!, {
          ...partial,
          locked: desired.locked,
          lock_owner: desired.locked ? 'novaform' : '',
        });
      }
      conn.servers.invalidate();
      return { ...state, admin_pass_wo: null };
    } catch (e) {
      const view = await getServer(conn, id).catch(() => undefined);
      const state = view ? await toState(conn, view, partial).catch(() => partial) : partial;
      throw new PartialApplyError(
        `server ${id} was created but did not become ready: ${(e as Error).message}`,
        { ...state, admin_pass_wo: null },
        e,
      );
    }
  },

  async read(conn, state) {
    let view = (await conn.servers.get(String(state.id))) as ServerView | undefined;
    // Missing from the shared listing may only mean it was made after the listing: ask for it directly.
    if (!view) view = await getServer(conn, String(state.id));
    if (isGone(view)) return null;
    return toState(conn, view!, state);
  },

  async update(conn, prior, config, opts) {
    assertValid(serverSchema, config);
    const view = await getServer(conn, String(prior.id));
    if (isGone(view)) throw new Error(`server ${String(prior.id)} no longer exists`);
    await releaseToken(conn, String(prior.id), view!);
    const read = await toState(conn, view!, prior);
    const desired = await resolveDesired(conn, config, read);
    const own = ownNetwork(read, desired);
    const actual: Obj = {
      ...own,
      network_from_import:
        (own.network as unknown[] | undefined)?.length !== (read.network as unknown[] | undefined)?.length
          ? false
          : (read.network_from_import ?? false),
    };
    const changes = await serverChanges(conn, actual, desired);
    const ops = await operationsFor(conn, actual, desired, changes);
    await runOperations(ops, { conn, id: String(prior.id), desired, timeoutMs: timeout(opts, 'update') });
    const lockOwner = ops.some((o) => o.op === 'lock')
      ? 'novaform'
      : ops.some((o) => o.op === 'unlock' && !o.blocked)
        ? ''
        : actual.lock_owner;
    const after = await getServer(conn, String(prior.id));
    const base = {
      ...actual,
      ...inPlaceInputs(config),
      flavor_id: desired.flavor_id,
      flavor_name: desired.flavor_name,
      image_id: desired.image_id,
      image_name: desired.image_name,
      locked: desired.locked,
      lock_owner: lockOwner,
      admin_pass_wo: null,
    };
    return { ...(await toState(conn, after!, base)), admin_pass_wo: null };
  },

  async delete(conn, state, opts) {
    const id = String(state.id);
    const view = await getServer(conn, id);
    if (isGone(view)) return;
    const limit = timeout(opts, 'delete');
    if (view!.locked === true && state.lock_owner === 'novaform')
      await conn.compute.call('POST', `/servers/${id}/action`, { unlock: null });
    if (state.stop_before_destroy === true && view!['OS-EXT-STS:vm_state'] === 'active') {
      try {
        await conn.compute.call('POST', `/servers/${id}/action`, { 'os-stop': null });
        await waitForVmState(conn, id, ['stopped'], 'stop before destroy', limit, { from: 'active', taskShown: true });
      } catch (e) {
        logger().warn({ id, err: (e as Error).message }, 'stop before destroy failed; deleting anyway');
      }
    }
    await ignoreGone(
      state.force_delete === true
        ? conn.compute.call('POST', `/servers/${id}/action`, { forceDelete: null })
        : conn.compute.call('DELETE', `/servers/${id}`),
    );
    await waitForGone(conn, id, limit);
    conn.servers.invalidate();
  },

  async import(conn, importId) {
    // `<server id>`, or `<server id>?ports=<port>,<port>` naming the NICs that are the server's own (the others
    // are InterfaceAttachments'), which `novaform migrate` writes and the NIC list then needs no guessing.
    const [id, query] = importId.split('?', 2) as [string, string?];
    const own = query === undefined ? undefined : /^ports=(.*)$/.exec(query)?.[1].split(',').filter(Boolean);
    if (query !== undefined && !own)
      throw new ValidationError('Server', [
        { path: 'id', message: `must be <server id> or <server id>?ports=<port id>,…, got "${importId}"` },
      ]);
    const view = await getServer(conn, id);
    if (isGone(view)) return null;
    const ifaces = (
      await conn.compute.call<{
        interfaceAttachments: {
          port_id: string;
          net_id: string;
          mac_addr: string;
          fixed_ips: { ip_address: string }[];
        }[];
      }>('GET', `/servers/${id}/os-interface`)
    ).body.interfaceAttachments;
    const image = view!.image as { id?: string } | string | null;
    const volumes = (view!['os-extended-volumes:volumes_attached'] ?? []) as {
      id: string;
      delete_on_termination?: boolean;
    }[];
    const bootsFromVolume = !(typeof image === 'object' && image?.id);
    const nets = await networks(conn);
    const base: Obj = {
      ...withDefaults(serverSchema.fields, {}),
      network: ifaces
        .filter((i) => !own || own.includes(i.port_id))
        .map((i) => ({
          uuid: i.net_id,
          name: nets.find((n) => n.id === i.net_id)?.name ?? null,
          port: i.port_id,
          mac: i.mac_addr,
          fixed_ip_v4: i.fixed_ips.find((f) => !f.ip_address.includes(':'))?.ip_address ?? null,
          fixed_ip_v6: null,
          tag: null,
        })),
      // The boot disk of a volume-backed server is reconstructed; other volumes belong to VolumeAttachments.
      block_device:
        bootsFromVolume && volumes[0]
          ? [
              {
                uuid: volumes[0].id,
                source_type: 'volume',
                destination_type: 'volume',
                boot_index: 0,
                delete_on_termination: volumes[0].delete_on_termination ?? false,
                volume_id: volumes[0].id,
              },
            ]
          : null,
      // Unknowable from the API (user_data, admin_pass, hints, personality) stay unset; a lock found here was not set
      // by novaform.
      lock_owner: view!.locked === true ? 'other' : '',
      network_from_import: !own,
    };
    const state = await toState(conn, view!, base);
    state.security_groups = await securityGroupIds(conn, (state.security_groups ?? []) as string[]);
    // Both the image's id and its name, as a read of a server built from that image would have them.
    if (typeof state.image_id === 'string')
      state.image_name = (await images(conn)).find((i) => i.id === state.image_id)?.name ?? null;
    return state;
  },
};
