// Nova's server state vocabulary and the (vm_state, task_state) → status map (nova/api/openstack/common.py).
// The status is always derived from the two stored states, never stored itself.

export const VM_STATES = [
  'building',
  'active',
  'stopped',
  'paused',
  'suspended',
  'rescued',
  'resized',
  'soft-delete',
  'deleted',
  'error',
  'shelved',
  'shelved_offloaded',
] as const;
export type VmState = (typeof VM_STATES)[number];

export const TASK_STATES = [
  'scheduling',
  'block_device_mapping',
  'networking',
  'spawning',
  'image_snapshot',
  'image_snapshot_pending',
  'image_pending_upload',
  'image_uploading',
  'image_backup',
  'updating_password',
  'resize_prep',
  'resize_migrating',
  'resize_migrated',
  'resize_finish',
  'resize_reverting',
  'resize_confirming',
  'rebooting',
  'reboot_pending',
  'reboot_started',
  'rebooting_hard',
  'reboot_pending_hard',
  'reboot_started_hard',
  'pausing',
  'unpausing',
  'suspending',
  'resuming',
  'powering-off',
  'powering-on',
  'rescuing',
  'unrescuing',
  'rebuilding',
  'rebuild_block_device_mapping',
  'rebuild_spawning',
  'migrating',
  'deleting',
  'soft-deleting',
  'restoring',
  'shelving',
  'shelving_image_pending_upload',
  'shelving_image_uploading',
  'shelving_offloading',
  'unshelving',
] as const;
export type TaskState = (typeof TASK_STATES)[number];

/** OS-EXT-STS:power_state integers (nova/objects/fields.py InstancePowerState). */
export const POWER = { NOSTATE: 0, RUNNING: 1, PAUSED: 3, SHUTDOWN: 4, CRASHED: 6, SUSPENDED: 7 } as const;
export type PowerState = (typeof POWER)[keyof typeof POWER];

export const STATUSES = [
  'ACTIVE',
  'BUILD',
  'DELETED',
  'ERROR',
  'HARD_REBOOT',
  'MIGRATING',
  'PASSWORD',
  'PAUSED',
  'REBOOT',
  'REBUILD',
  'RESCUE',
  'RESIZE',
  'REVERT_RESIZE',
  'SHELVED',
  'SHELVED_OFFLOADED',
  'SHUTOFF',
  'SOFT_DELETED',
  'SUSPENDED',
  'UNKNOWN',
  'VERIFY_RESIZE',
] as const;
export type ServerStatus = (typeof STATUSES)[number];

const REBOOT: TaskState[] = ['rebooting', 'reboot_pending', 'reboot_started'];
const HARD_REBOOT: TaskState[] = ['rebooting_hard', 'reboot_pending_hard', 'reboot_started_hard'];
const REBUILD: TaskState[] = ['rebuilding', 'rebuild_block_device_mapping', 'rebuild_spawning'];
const RESIZE: TaskState[] = ['resize_prep', 'resize_migrating', 'resize_migrated', 'resize_finish'];

interface StateMapRow {
  default: ServerStatus;
  tasks?: [TaskState[], ServerStatus][];
}

/** One row per vm_state: the default status and the task states that override it. */
export const STATE_MAP: Record<VmState, StateMapRow> = {
  active: {
    default: 'ACTIVE',
    tasks: [
      [REBOOT, 'REBOOT'],
      [HARD_REBOOT, 'HARD_REBOOT'],
      [['updating_password'], 'PASSWORD'],
      [REBUILD, 'REBUILD'],
      [['migrating'], 'MIGRATING'],
      [RESIZE, 'RESIZE'],
    ],
  },
  building: { default: 'BUILD' },
  stopped: {
    default: 'SHUTOFF',
    tasks: [
      [RESIZE, 'RESIZE'],
      [REBUILD, 'REBUILD'],
    ],
  },
  resized: { default: 'VERIFY_RESIZE', tasks: [[['resize_reverting'], 'REVERT_RESIZE']] },
  paused: { default: 'PAUSED', tasks: [[['migrating'], 'MIGRATING']] },
  suspended: { default: 'SUSPENDED' },
  rescued: { default: 'RESCUE' },
  error: { default: 'ERROR', tasks: [[REBUILD, 'REBUILD']] },
  deleted: { default: 'DELETED' },
  'soft-delete': { default: 'SOFT_DELETED' },
  shelved: { default: 'SHELVED' },
  shelved_offloaded: { default: 'SHELVED_OFFLOADED' },
};

export function statusOf(vm: string, task: string | null): ServerStatus {
  // A stored vm_state is any string to the type system; one this table does not know shows as UNKNOWN.
  const row = Object.hasOwn(STATE_MAP, vm) ? STATE_MAP[vm as VmState] : undefined;
  if (!row) return 'UNKNOWN';
  const hit = task ? row.tasks?.find(([tasks]) => tasks.includes(task as TaskState)) : undefined;
  return hit ? hit[1] : row.default;
}

/**
 * The reverse map used by `?status=` filters: a status that is some row's default filters on vm_state alone
 * (so ACTIVE also matches active servers with any task), otherwise on vm_state and task_state together.
 */
export function statusFilter(status: ServerStatus): { vmStates: VmState[]; taskStates?: TaskState[] } | undefined {
  const vmStates: VmState[] = [];
  const taskStates: TaskState[] = [];
  let isDefault = false;
  for (const [vm, row] of Object.entries(STATE_MAP) as [VmState, StateMapRow][]) {
    if (row.default === status) {
      vmStates.push(vm);
      isDefault = true;
    }
    for (const [tasks, s] of row.tasks ?? []) {
      if (s === status) {
        if (!vmStates.includes(vm)) vmStates.push(vm);
        taskStates.push(...tasks);
      }
    }
  }
  if (!vmStates.length) return undefined;
  return isDefault ? { vmStates } : { vmStates, taskStates };
}
