// Nova's server action table as data (nova/compute/api.py decorators + the controllers' policies).
// The engine executes it; the provider's planner imports it to decide legality and to find paths between
// states. Nothing here knows about HTTP bodies, SQL or the clock.
import type { PowerState, TaskState, VmState } from '../model/states';
import { POWER } from '../model/states';

export type ActionName =
  | 'create'
  | 'os-start'
  | 'os-stop'
  | 'reboot:SOFT'
  | 'reboot:HARD'
  | 'pause'
  | 'unpause'
  | 'suspend'
  | 'resume'
  | 'resize'
  | 'confirmResize'
  | 'revertResize'
  | 'rebuild'
  | 'createImage'
  | 'createBackup'
  | 'shelve'
  | 'shelveOffload'
  | 'unshelve'
  | 'lock'
  | 'unlock'
  | 'rescue'
  | 'unrescue'
  | 'changePassword'
  | 'migrate'
  | 'os-migrateLive'
  | 'evacuate'
  | 'os-resetState'
  | 'injectNetworkInfo'
  | 'trigger_crash_dump'
  | 'forceDelete'
  | 'restore'
  | 'delete'
  | 'update'
  | 'addSecurityGroup'
  | 'removeSecurityGroup'
  | 'update metadata'
  | 'delete metadata'
  | 'update tags'
  | 'delete tags'
  | 'attach_interface'
  | 'detach_interface'
  | 'attach_volume'
  | 'detach_volume';

/** How the action treats a locked server for non-admins. */
export type LockCheck =
  | 'locked' // 409 "Instance <uuid> is locked"
  | 'generic' // 409 "Instance <uuid> is in an invalid state for '<label>'" (changePassword, restore)
  | 'none'; // works on a locked server

/** Who may call it: `member` of the owning project, project `manager` or admin, or `admin` only. */
export type Policy = 'member' | 'manager' | 'admin';

/**
 * vm_state when a transition completes: a fixed state, `same` (unchanged), `prior` (the state recorded before a
 * resize or migration, restored by confirm/revert), or a map from the vm_state the action started in.
 */
export type VmTarget = VmState | 'same' | 'prior' | { from: Partial<Record<VmState, VmState>> };

export interface ActionRow {
  name: ActionName;
  /** The action's name in Nova's conflict messages. */
  label: string;
  vmStates: readonly VmState[] | 'any';
  /** Task states the action accepts; `[null]` (the default) means "nothing in progress". */
  taskStates: readonly (TaskState | null)[] | 'any';
  mustHaveLaunched: boolean;
  /** 'first': 409 "is not ready" before the state check; 'after': resize/migrate check the host after the state. */
  hostCheck: 'first' | 'after' | 'none';
  /** The server's compute service must be up (409 "Service is unavailable at this time."). */
  serviceUp: boolean;
  lock: LockCheck;
  policy: Policy;
  /** oslo.policy rule named in a 403. */
  policyRule: string;
  /** Transitional task states shown in order while the action runs; empty = synchronous. */
  phases: readonly (TaskState | null)[];
  /** vm_state when the action completes (not set: the action leaves it alone); power_state follows from it. */
  result?: VmTarget;
  /** Success status code and what the body carries. */
  success: { code: number; body: 'none' | 'server' | 'adminPass' | 'imageId' | 'attachment' };
  /** Key in the engine's per-action duration table. */
  duration: string;
}

const NONE_IN_PROGRESS = [null] as const;
/** Rebuild and evacuate: a stopped server ends stopped; active and error end active. */
const STOPPED_STAYS_STOPPED: VmTarget = { from: { active: 'active', stopped: 'stopped', error: 'active' } };

type Row = Omit<ActionRow, Defaulted> & Partial<Pick<ActionRow, Defaulted>>;
type Defaulted =
  'taskStates' | 'mustHaveLaunched' | 'hostCheck' | 'serviceUp' | 'lock' | 'policy' | 'duration' | 'phases';

function row(r: Row): ActionRow {
  return {
    taskStates: NONE_IN_PROGRESS,
    mustHaveLaunched: true,
    hostCheck: 'none',
    serviceUp: false,
    lock: 'locked',
    policy: 'member',
    phases: [],
    duration: r.name,
    ...r,
  };
}

const SERVERS = 'os_compute_api:servers';
const ADMIN_ACTIONS = 'os_compute_api:os-admin-actions';

export const ACTIONS: readonly ActionRow[] = [
  row({
    name: 'create',
    label: 'create',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: `${SERVERS}:create`,
    phases: ['scheduling', 'networking', 'block_device_mapping', 'spawning'],
    result: 'active',
    success: { code: 202, body: 'server' },
    duration: 'build',
  }),
  row({
    name: 'os-start',
    label: 'start',
    vmStates: ['stopped'],
    hostCheck: 'first',
    policyRule: `${SERVERS}:start`,
    phases: ['powering-on'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'os-stop',
    label: 'stop',
    vmStates: ['active', 'error'],
    hostCheck: 'first',
    policyRule: `${SERVERS}:stop`,
    phases: ['powering-off'],
    result: 'stopped',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'reboot:SOFT',
    label: 'reboot',
    vmStates: ['active'],
    policyRule: `${SERVERS}:reboot`,
    phases: ['rebooting'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'reboot:HARD',
    label: 'reboot',
    vmStates: ['active', 'stopped', 'paused', 'suspended', 'error'],
    taskStates: [
      null,
      'rebooting',
      'reboot_pending',
      'reboot_started',
      'rebooting_hard',
      'resuming',
      'unpausing',
      'pausing',
      'suspending',
    ],
    policyRule: `${SERVERS}:reboot`,
    phases: ['rebooting_hard'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'pause',
    label: 'pause',
    vmStates: ['active'],
    policyRule: 'os_compute_api:os-pause-server:pause',
    phases: ['pausing'],
    result: 'paused',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'unpause',
    label: 'unpause',
    vmStates: ['paused'],
    policyRule: 'os_compute_api:os-pause-server:unpause',
    phases: ['unpausing'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'suspend',
    label: 'suspend',
    vmStates: ['active'],
    policyRule: 'os_compute_api:os-suspend-server:suspend',
    phases: ['suspending'],
    result: 'suspended',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'resume',
    label: 'resume',
    vmStates: ['suspended'],
    policyRule: 'os_compute_api:os-suspend-server:resume',
    phases: ['resuming'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'resize',
    label: 'resize',
    vmStates: ['active', 'stopped'],
    hostCheck: 'after',
    serviceUp: true,
    policyRule: `${SERVERS}:resize`,
    phases: ['resize_prep', 'resize_migrating', 'resize_migrated', 'resize_finish'],
    result: 'resized',
    success: { code: 202, body: 'none' },
  }),
  // confirmResize sets no task: the migration is "confirming" while VERIFY_RESIZE still shows.
  row({
    name: 'confirmResize',
    label: 'confirmResize',
    vmStates: ['resized'],
    serviceUp: true,
    policyRule: `${SERVERS}:confirm_resize`,
    phases: [null],
    result: 'prior',
    success: { code: 204, body: 'none' },
  }),
  row({
    name: 'revertResize',
    label: 'revertResize',
    vmStates: ['resized'],
    policyRule: `${SERVERS}:revert_resize`,
    phases: ['resize_reverting'],
    result: 'prior',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'rebuild',
    label: 'rebuild',
    vmStates: ['active', 'stopped', 'error'],
    policyRule: `${SERVERS}:rebuild`,
    phases: ['rebuilding', 'rebuild_block_device_mapping', 'rebuild_spawning'],
    result: STOPPED_STAYS_STOPPED,
    success: { code: 202, body: 'server' },
  }),
  row({
    name: 'createImage',
    label: 'createImage',
    vmStates: ['active', 'stopped', 'paused', 'suspended'],
    lock: 'none',
    policyRule: `${SERVERS}:create_image`,
    phases: ['image_snapshot_pending', 'image_snapshot', 'image_pending_upload', 'image_uploading'],
    success: { code: 202, body: 'imageId' },
  }),
  row({
    name: 'createBackup',
    label: 'createBackup',
    vmStates: ['active', 'stopped', 'paused', 'suspended'],
    lock: 'none',
    policyRule: 'os_compute_api:os-create-backup',
    phases: ['image_backup'],
    success: { code: 202, body: 'imageId' },
  }),
  row({
    name: 'shelve',
    label: 'shelve',
    vmStates: ['active', 'stopped', 'paused', 'suspended'],
    policyRule: 'os_compute_api:os-shelve:shelve',
    phases: ['shelving', 'shelving_image_pending_upload', 'shelving_image_uploading'],
    result: 'shelved',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'shelveOffload',
    label: 'shelveOffload',
    vmStates: ['shelved'],
    policy: 'admin',
    policyRule: 'os_compute_api:os-shelve:shelve_offload',
    phases: ['shelving_offloading'],
    result: 'shelved_offloaded',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'unshelve',
    label: 'unshelve',
    vmStates: ['shelved', 'shelved_offloaded'],
    policyRule: 'os_compute_api:os-shelve:unshelve',
    phases: ['unshelving'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'lock',
    label: 'lock',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: 'os_compute_api:os-lock-server:lock',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'unlock',
    label: 'unlock',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: 'os_compute_api:os-lock-server:unlock',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'rescue',
    label: 'rescue',
    vmStates: ['active', 'stopped', 'error'],
    policyRule: 'os_compute_api:os-rescue',
    phases: ['rescuing'],
    result: 'rescued',
    success: { code: 200, body: 'adminPass' },
  }),
  row({
    name: 'unrescue',
    label: 'unrescue',
    vmStates: ['rescued'],
    policyRule: 'os_compute_api:os-unrescue',
    phases: ['unrescuing'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'changePassword',
    label: 'changePassword',
    vmStates: ['active'],
    lock: 'generic',
    policyRule: `${SERVERS}:change_password`,
    phases: ['updating_password'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'migrate',
    label: 'migrate',
    vmStates: ['active', 'stopped'],
    hostCheck: 'after',
    serviceUp: true,
    policy: 'manager',
    policyRule: 'os_compute_api:os-migrate-server:migrate',
    phases: ['resize_prep', 'resize_migrating', 'resize_migrated', 'resize_finish'],
    result: 'resized',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'os-migrateLive',
    label: 'os-migrateLive',
    vmStates: ['active', 'paused'],
    policy: 'manager',
    policyRule: 'os_compute_api:os-migrate-server:migrate_live',
    phases: ['migrating'],
    result: 'same',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'evacuate',
    label: 'evacuate',
    vmStates: ['active', 'stopped', 'error'],
    taskStates: 'any',
    lock: 'none',
    policy: 'admin',
    policyRule: 'os_compute_api:os-evacuate',
    phases: ['rebuilding'],
    result: STOPPED_STAYS_STOPPED,
    success: { code: 200, body: 'adminPass' },
  }),
  row({
    name: 'os-resetState',
    label: 'os-resetState',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policy: 'admin',
    policyRule: `${ADMIN_ACTIONS}:reset_state`,
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'injectNetworkInfo',
    label: 'injectNetworkInfo',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    policy: 'admin',
    policyRule: `${ADMIN_ACTIONS}:inject_network_info`,
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'trigger_crash_dump',
    label: 'trigger_crash_dump',
    vmStates: ['active', 'paused', 'rescued', 'resized', 'error'],
    hostCheck: 'first',
    policyRule: `${SERVERS}:trigger_crash_dump`,
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'forceDelete',
    label: 'forceDelete',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    policyRule: 'os_compute_api:os-deferred-delete:force',
    phases: ['deleting'],
    result: 'deleted',
    success: { code: 202, body: 'none' },
    duration: 'delete',
  }),
  row({
    name: 'restore',
    label: 'restore',
    vmStates: ['soft-delete'],
    lock: 'generic',
    policyRule: 'os_compute_api:os-deferred-delete:restore',
    phases: ['restoring'],
    result: 'active',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'delete',
    label: 'delete',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    policyRule: `${SERVERS}:delete`,
    phases: ['deleting'],
    result: 'deleted',
    success: { code: 204, body: 'none' },
  }),
  row({
    name: 'update',
    label: 'update',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: `${SERVERS}:update`,
    success: { code: 200, body: 'server' },
  }),
  row({
    name: 'addSecurityGroup',
    label: 'addSecurityGroup',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: 'os_compute_api:os-security-groups:add',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'removeSecurityGroup',
    label: 'removeSecurityGroup',
    vmStates: 'any',
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: 'os_compute_api:os-security-groups:remove',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'update metadata',
    label: 'update metadata',
    vmStates: ['active', 'paused', 'suspended', 'stopped'],
    taskStates: 'any',
    mustHaveLaunched: false,
    policyRule: 'os_compute_api:server-metadata:update',
    success: { code: 200, body: 'none' },
  }),
  row({
    name: 'delete metadata',
    label: 'delete metadata',
    vmStates: ['active', 'paused', 'suspended', 'stopped'],
    taskStates: 'any',
    mustHaveLaunched: false,
    policyRule: 'os_compute_api:server-metadata:delete',
    success: { code: 204, body: 'none' },
  }),
  row({
    name: 'update tags',
    label: 'update tags',
    vmStates: ['active', 'paused', 'suspended', 'stopped'],
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: 'os_compute_api:os-server-tags:update_all',
    success: { code: 200, body: 'none' },
  }),
  row({
    name: 'delete tags',
    label: 'delete tags',
    vmStates: ['active', 'paused', 'suspended', 'stopped'],
    taskStates: 'any',
    mustHaveLaunched: false,
    lock: 'none',
    policyRule: 'os_compute_api:os-server-tags:delete_all',
    success: { code: 204, body: 'none' },
  }),
  row({
    name: 'attach_interface',
    label: 'attach_interface',
    vmStates: ['active', 'paused', 'stopped'],
    policyRule: 'os_compute_api:os-attach-interfaces:create',
    success: { code: 200, body: 'attachment' },
  }),
  row({
    name: 'detach_interface',
    label: 'detach_interface',
    vmStates: ['active', 'paused', 'stopped'],
    policyRule: 'os_compute_api:os-attach-interfaces:delete',
    success: { code: 202, body: 'none' },
  }),
  row({
    name: 'attach_volume',
    label: 'attach_volume',
    vmStates: ['active', 'paused', 'stopped', 'resized', 'soft-delete', 'shelved', 'shelved_offloaded'],
    policyRule: 'os_compute_api:os-volumes-attachments:create',
    success: { code: 200, body: 'attachment' },
  }),
  row({
    name: 'detach_volume',
    label: 'detach_volume',
    vmStates: ['active', 'paused', 'stopped', 'resized', 'soft-delete', 'shelved', 'shelved_offloaded'],
    policyRule: 'os_compute_api:os-volumes-attachments:delete',
    success: { code: 202, body: 'none' },
  }),
];

const BY_NAME = new Map(ACTIONS.map((r) => [r.name, r]));

export function actionRow(name: ActionName): ActionRow {
  const r = BY_NAME.get(name);
  if (!r) throw new Error(`no action row for ${name}`);
  return r;
}

/** power_state a server has once it settles in a vm_state (`undefined`: keeps its power state, e.g. resized). */
export const POWER_OF_VM: Partial<Record<VmState, PowerState>> = {
  active: POWER.RUNNING,
  rescued: POWER.RUNNING,
  stopped: POWER.SHUTDOWN,
  paused: POWER.PAUSED,
  suspended: POWER.SUSPENDED,
  shelved: POWER.SHUTDOWN,
  shelved_offloaded: POWER.SHUTDOWN,
  'soft-delete': POWER.SHUTDOWN,
  deleted: POWER.NOSTATE,
  building: POWER.NOSTATE,
};

/** The vm_state a transition ends in, given where it started and the recorded prior state. */
export function resolveTarget(target: VmTarget, current: VmState, prior: VmState | null): VmState {
  if (target === 'same') return current;
  if (target === 'prior') return prior ?? current;
  if (typeof target === 'object') return target.from[current] ?? current;
  return target;
}

/** Actions whose durations the engine can configure, with its short defaults (ms). */
export const DEFAULT_DURATIONS: Record<string, number> = {
  build: 200,
  delete: 50,
  default: 100,
};
