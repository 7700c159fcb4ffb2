// Runs a server's planned operations in order, each as one API call, waiting after each asynchronous one
// until the server rests in the state the plan expects. Values come from the desired configuration at run
// time, so secrets (a new password) are never part of the printable plan.
import type { Connection } from '../../client/connection';
import type { Obj } from '../../schema/values';
import type { Operation } from '../types';
import { FOREIGN_LOCK } from '../../plan/server-ops';
import { ACTIONS } from '../../../engine/actions/table';
import { mvAtLeast } from '../common/api';
import { waitForVmState } from './wait';
import { POWER_ACTIONS } from '../../plan/power-paths';

export interface ExecContext {
  conn: Connection;
  id: string;
  /** Desired values with names resolved (flavor_id, image_id) — and the secrets the operations need. */
  desired: Obj;
  timeoutMs: number;
}

const SIMPLE = new Set<string>([...POWER_ACTIONS, 'unlock', 'confirmResize']);
const SYNCHRONOUS = new Set([
  'update',
  'update metadata',
  'update tags',
  'addSecurityGroup',
  'removeSecurityGroup',
  'lock',
  'unlock',
]);

function body(op: Operation, x: ExecContext): Record<string, unknown> {
  const d = x.desired;
  switch (op.op) {
    case 'addSecurityGroup':
    case 'removeSecurityGroup':
      return { [op.op]: { name: op.detail } };
    case 'changePassword':
      return { changePassword: { adminPass: d.admin_pass ?? d.admin_pass_wo } };
    case 'resize':
      return { resize: { flavorRef: d.flavor_id } };
    case 'rebuild': {
      // Without adminPass Nova generates a password: the configured one (write-only or not) must go along.
      const pass = d.admin_pass ?? d.admin_pass_wo;
      return { rebuild: { imageRef: d.image_id, ...(pass ? { adminPass: pass } : {}) } };
    }
    case 'lock':
      return { lock: mvAtLeast(x.conn, 73) && d.locked_reason ? { locked_reason: d.locked_reason } : null };
    default:
      if (SIMPLE.has(op.op)) return { [op.op]: null };
      throw new Error(`server ${x.id}: no API call for operation '${op.op}'`);
  }
}

async function run(op: Operation, x: ExecContext): Promise<void> {
  const { conn, id, desired: d } = x;
  if (op.blocked && (op.blocked === FOREIGN_LOCK || op.op.startsWith('power_state')))
    throw new Error(`server ${id}: cannot ${op.op}: ${op.blocked}`);
  switch (op.op) {
    case 'update': {
      const server: Obj = { name: d.name, accessIPv4: d.access_ip_v4 ?? '', accessIPv6: d.access_ip_v6 ?? '' };
      if (mvAtLeast(conn, 19)) server.description = d.description ?? null;
      await conn.compute.call('PUT', `/servers/${id}`, { server });
      return;
    }
    case 'update metadata':
      await conn.compute.call('PUT', `/servers/${id}/metadata`, {
        metadata: Object.fromEntries(Object.entries((d.metadata ?? {}) as Obj).map(([k, v]) => [k, String(v)])),
      });
      return;
    case 'update tags':
      // The idempotency token is not kept: an update means the engine has saved this server.
      await conn.compute.call('PUT', `/servers/${id}/tags`, { tags: (d.tags ?? []) as string[] });
      return;
    case 'await auto-confirm':
      break;
    default:
      await conn.compute.call('POST', `/servers/${id}/action`, body(op, x));
  }
  if (SYNCHRONOUS.has(op.op) || !op.to) return;
  const goals = op.to === 'shelved_offloaded' || op.to === 'shelved' ? ['shelved', 'shelved_offloaded'] : [op.to];
  const row = ACTIONS.find((a) => a.name === op.op);
  await waitForVmState(
    conn,
    id,
    goals,
    op.op,
    x.timeoutMs,
    op.from ? { from: op.from, taskShown: !!row?.phases.some((p) => p !== null) } : undefined,
  );
}

export async function runOperations(ops: Operation[], x: ExecContext): Promise<void> {
  for (const op of ops) await run(op, x);
  x.conn.servers.invalidate();
}
