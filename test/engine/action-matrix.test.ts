// Every server action from every vm_state. The expectations below are written from Nova's documentation
// (nova-semantics §2.2), independently of the engine's action table: legal actions must reach the listed
// status; every other combination must be refused with Nova's conflict message.
import type { ActionName } from '../../engine';
import { serverStatus, type ServerStatus } from '../../engine';
import { errorOf, seedWith, testEngine, UNLIMITED } from '../helpers/engine';

type Start =
  | 'building'
  | 'active'
  | 'stopped'
  | 'paused'
  | 'suspended'
  | 'rescued'
  | 'resized'
  | 'soft-delete'
  | 'error'
  | 'shelved'
  | 'shelved_offloaded';
const STARTS: Start[] = [
  'building',
  'active',
  'stopped',
  'paused',
  'suspended',
  'rescued',
  'resized',
  'soft-delete',
  'error',
  'shelved',
  'shelved_offloaded',
];

const GONE = 'GONE';
/** Action → (legal start state → status once it completes). Starts not listed must be refused. */
const EXPECT: Partial<Record<ActionName, Partial<Record<Start, ServerStatus | typeof GONE>>>> = {
  'os-start': { stopped: 'ACTIVE' },
  'os-stop': { active: 'SHUTOFF', error: 'SHUTOFF' },
  'reboot:SOFT': { active: 'ACTIVE' },
  'reboot:HARD': { active: 'ACTIVE', stopped: 'ACTIVE', paused: 'ACTIVE', suspended: 'ACTIVE', error: 'ACTIVE' },
  pause: { active: 'PAUSED' },
  unpause: { paused: 'ACTIVE' },
  suspend: { active: 'SUSPENDED' },
  resume: { suspended: 'ACTIVE' },
  resize: { active: 'VERIFY_RESIZE', stopped: 'VERIFY_RESIZE' },
  confirmResize: { resized: 'ACTIVE' },
  revertResize: { resized: 'ACTIVE' },
  rebuild: { active: 'ACTIVE', stopped: 'SHUTOFF', error: 'ACTIVE' },
  createImage: { active: 'ACTIVE', stopped: 'SHUTOFF', paused: 'PAUSED', suspended: 'SUSPENDED' },
  createBackup: { active: 'ACTIVE', stopped: 'SHUTOFF', paused: 'PAUSED', suspended: 'SUSPENDED' },
  shelve: { active: 'SHELVED', stopped: 'SHELVED', paused: 'SHELVED', suspended: 'SHELVED' },
  shelveOffload: { shelved: 'SHELVED_OFFLOADED' },
  unshelve: { shelved: 'ACTIVE', shelved_offloaded: 'ACTIVE' },
  rescue: { active: 'RESCUE', stopped: 'RESCUE', error: 'RESCUE' },
  unrescue: { rescued: 'ACTIVE' },
  changePassword: { active: 'ACTIVE' },
  migrate: { active: 'VERIFY_RESIZE', stopped: 'VERIFY_RESIZE' },
  'os-migrateLive': { active: 'ACTIVE', paused: 'PAUSED' },
  restore: { 'soft-delete': 'ACTIVE' },
  trigger_crash_dump: {
    active: 'ACTIVE',
    paused: 'PAUSED',
    rescued: 'RESCUE',
    resized: 'VERIFY_RESIZE',
    error: 'ERROR',
  },
  forceDelete: Object.fromEntries(STARTS.map((s) => [s, GONE])),
  lock: {
    building: 'BUILD',
    active: 'ACTIVE',
    stopped: 'SHUTOFF',
    paused: 'PAUSED',
    suspended: 'SUSPENDED',
    rescued: 'RESCUE',
    resized: 'VERIFY_RESIZE',
    'soft-delete': 'SOFT_DELETED',
    error: 'ERROR',
    shelved: 'SHELVED',
    shelved_offloaded: 'SHELVED_OFFLOADED',
  },
};
// These change nothing about the state, and are legal everywhere.
EXPECT.unlock = EXPECT.lock;
EXPECT.injectNetworkInfo = EXPECT.lock;
EXPECT['os-resetState'] = Object.fromEntries(STARTS.map((s) => [s, 'ERROR']));

const ARGS: Partial<Record<ActionName, Record<string, unknown>>> = {
  resize: { flavorRef: '2' },
  rebuild: { imageRef: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70' },
  createImage: { name: 'snap' },
  createBackup: { name: 'bk', backup_type: 'daily', rotation: 2 },
  changePassword: { adminPass: 'n3w-Pass' },
  'os-resetState': { state: 'error' },
};

/** Message Nova gives when an action is refused in a state. */
function refusal(action: ActionName, start: Start, id: string): string {
  const label = action.startsWith('reboot')
    ? 'reboot'
    : action === 'os-start'
      ? 'start'
      : action === 'os-stop'
        ? 'stop'
        : action;
  // An offloaded server has no host: the host check comes before the state check for these.
  if (start === 'shelved_offloaded' && ['os-start', 'os-stop', 'trigger_crash_dump'].includes(action))
    return `Instance ${id} is not ready`;
  // A building server has a task in progress; HARD reboot is refused by vm_state first, like the rest.
  return `Cannot '${label}' instance ${id} while it is in vm_state ${start}`;
}

function world() {
  // Shelved servers stay on their host here (offload never), and deletes are soft (a one-hour window).
  const t = testEngine({
    seed: seedWith({ quotas: { defaults: UNLIMITED } }),
    settings: { shelvedOffloadTime: -1, reclaimInstanceInterval: 3_600_000 },
  });
  const { engine, admin, demo, settle } = t;
  const to = (start: Start): string => {
    if (start === 'building') return t.boot().id;
    const s = t.active();
    const act = (name: ActionName, args?: Record<string, unknown>) => {
      engine.servers.action(admin, s.id, name, args);
      settle(1000);
    };
    switch (start) {
      case 'stopped':
        act('os-stop');
        break;
      case 'paused':
        act('pause');
        break;
      case 'suspended':
        act('suspend');
        break;
      case 'rescued':
        act('rescue');
        break;
      case 'resized':
        act('resize', { flavorRef: '2' });
        break;
      case 'soft-delete':
        engine.servers.delete(demo, s.id);
        settle(1000);
        break;
      case 'error':
        act('os-resetState', { state: 'error' });
        break;
      case 'shelved':
        act('shelve');
        break;
      case 'shelved_offloaded':
        act('shelve');
        act('shelveOffload');
        break;
      case 'active':
        break; // t.active() is already there
    }
    expect(engine.servers.get(admin, s.id).vmState).toBe(start);
    return s.id;
  };
  return { ...t, to };
}

describe.each(STARTS)('from vm_state %s', (start) => {
  const t = world();
  test.each(Object.keys(EXPECT) as ActionName[])('%s', (action) => {
    const id = t.to(start);
    const expected = EXPECT[action]![start];
    if (expected === undefined) {
      const err = errorOf(() => t.engine.servers.action(t.admin, id, action, ARGS[action]));
      expect({ status: err.status, fault: err.fault, message: err.message }).toEqual({
        status: 409,
        fault: 'conflictingRequest',
        message: refusal(action, start, id),
      });
      return;
    }
    t.engine.servers.action(t.admin, id, action, ARGS[action]);
    // A synchronous action (lock, reset) completes at once; a building server must be left building.
    if (start !== 'building' || action === 'forceDelete') t.settle(10_000);
    if (expected === GONE) {
      expect(errorOf(() => t.engine.servers.get(t.admin, id)).status).toBe(404);
      return;
    }
    const s = t.engine.servers.get(t.admin, id);
    expect(serverStatus(s)).toBe(expected);
    expect(s.taskState).toBe(start === 'building' && action !== 'os-resetState' ? 'scheduling' : null);
  });

  test('delete always works (soft delete once launched)', () => {
    const id = t.to(start);
    t.engine.servers.delete(t.demo, id);
    t.settle(10_000);
    // Never launched, already soft-deleted, or offloaded (no host: a local delete) → gone at once.
    const gone = start === 'building' || start === 'soft-delete' || start === 'shelved_offloaded';
    if (gone) expect(errorOf(() => t.engine.servers.get(t.demo, id)).status).toBe(404);
    else expect(serverStatus(t.engine.servers.get(t.demo, id))).toBe('SOFT_DELETED');
  });
});

describe('task_state and launch checks', () => {
  test('an action during a transition is refused by task_state', () => {
    const t = testEngine();
    const s = t.active();
    t.engine.servers.action(t.demo, s.id, 'os-stop');
    const err = errorOf(() => t.engine.servers.action(t.demo, s.id, 'pause'));
    expect(err.message).toBe(`Cannot 'pause' instance ${s.id} while it is in task_state powering-off`);
  });

  test('HARD reboot is accepted over a soft reboot in progress; SOFT is not', () => {
    const t = testEngine();
    const s = t.active();
    t.engine.servers.action(t.demo, s.id, 'reboot:SOFT');
    expect(serverStatus(t.engine.servers.get(t.demo, s.id))).toBe('REBOOT');
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'reboot:SOFT')).message).toContain(
      'while it is in task_state rebooting',
    );
    t.engine.servers.action(t.demo, s.id, 'reboot:HARD');
    expect(serverStatus(t.engine.servers.get(t.demo, s.id))).toBe('HARD_REBOOT');
    t.settle();
    expect(serverStatus(t.engine.servers.get(t.demo, s.id))).toBe('ACTIVE');
  });

  test('a server that never launched is refused with the generic invalid-state message', () => {
    const t = testEngine({
      seed: seedWith({
        availabilityZones: [
          { name: 'eu-de-01', hosts: 1, host: { total: { vcpus: 1, ram: 1024, disk: 10, gpus: 0 } } },
        ],
      }),
    });
    const s = t.boot(t.demo, {
      flavorRef: '4',
      imageRef: undefined,
      block_device_mapping_v2: [
        {
          boot_index: 0,
          source_type: 'image',
          destination_type: 'volume',
          uuid: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
          volume_size: 1,
        },
      ],
    });
    t.settle();
    const e = t.engine.servers.get(t.demo, s.id);
    expect(serverStatus(e)).toBe('ERROR');
    expect(e.launchedAt).toBeNull();
    expect(
      errorOf(() =>
        t.engine.servers.action(t.demo, s.id, 'rebuild', { imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' }),
      ).message,
    ).toBe(`Instance ${s.id} is in an invalid state for 'rebuild'`);
    expect(errorOf(() => t.engine.servers.action(t.demo, s.id, 'os-stop')).message).toBe(
      `Instance ${s.id} is not ready`,
    );
    t.engine.servers.delete(t.demo, s.id); // local delete: no host to wait for
    expect(errorOf(() => t.engine.servers.get(t.demo, s.id)).status).toBe(404);
  });

  test('status passes through every transitional status on the way', () => {
    const t = testEngine({ durations: { default: 1000, build: 1000 } });
    const s = t.active();
    const seen = (name: ActionName, args: Record<string, unknown> | undefined, status: string) => {
      t.engine.servers.action(t.admin, s.id, name, args);
      expect(serverStatus(t.engine.servers.get(t.admin, s.id))).toBe(status);
      t.settle();
    };
    seen('reboot:SOFT', undefined, 'REBOOT');
    seen('reboot:HARD', undefined, 'HARD_REBOOT');
    seen('changePassword', { adminPass: 'x-Y-z-123' }, 'PASSWORD');
    seen('rebuild', { imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' }, 'REBUILD');
    seen('os-migrateLive', undefined, 'MIGRATING');
    seen('resize', { flavorRef: '2' }, 'RESIZE');
    seen('revertResize', undefined, 'REVERT_RESIZE');
  });

  test('evacuate needs the source host down, then rebuilds elsewhere', () => {
    const t = testEngine();
    const s = t.active();
    expect(errorOf(() => t.engine.servers.action(t.admin, s.id, 'evacuate')).message).toBe(
      `Compute service of ${s.host} is still in use.`,
    );
    t.engine.hosts.set(t.admin, s.host!, { up: false });
    const r = t.engine.servers.action(t.admin, s.id, 'evacuate');
    expect(r.status).toBe(200);
    expect(serverStatus(t.engine.servers.get(t.admin, s.id))).toBe('REBUILD');
    t.settle();
    const after = t.engine.servers.get(t.admin, s.id);
    expect(serverStatus(after)).toBe('ACTIVE');
    expect(after.host).not.toBe(s.host);
  });

  test('soft delete is reclaimed after the interval; restore before it brings the server back', () => {
    const t = testEngine({ settings: { reclaimInstanceInterval: 60_000 } });
    const a = t.active(),
      b = t.active();
    t.engine.servers.delete(t.demo, a.id);
    t.engine.servers.delete(t.demo, b.id);
    t.settle(1000);
    t.engine.servers.action(t.demo, b.id, 'restore');
    t.settle(1000);
    expect(serverStatus(t.engine.servers.get(t.demo, b.id))).toBe('ACTIVE');
    expect(serverStatus(t.engine.servers.get(t.demo, a.id))).toBe('SOFT_DELETED');
    t.settle(60_000);
    expect(errorOf(() => t.engine.servers.get(t.demo, a.id)).status).toBe(404);
    expect(t.engine.servers.list(t.admin, { deleted: true, allTenants: true }).servers.map((s) => s.id)).toContain(
      a.id,
    );
  });

  test('shelve offloads at once by default, releasing the host', () => {
    const t = testEngine();
    const s = t.active();
    t.engine.servers.action(t.demo, s.id, 'shelve');
    t.settle();
    const shelved = t.engine.servers.get(t.demo, s.id);
    expect(serverStatus(shelved)).toBe('SHELVED_OFFLOADED');
    expect(shelved.host).toBeNull();
    expect(t.engine.store.allocationsOf(s.id)).toEqual([]);
    t.engine.servers.action(t.demo, s.id, 'unshelve');
    t.settle();
    const back = t.engine.servers.get(t.demo, s.id);
    expect(serverStatus(back)).toBe('ACTIVE');
    expect(back.host).toBeTruthy();
    expect(t.engine.store.allocationsOf(s.id)).toHaveLength(1);
  });

  test('createImage makes an image that becomes active when the snapshot completes', () => {
    const t = testEngine();
    const s = t.active();
    const r = t.engine.servers.action(t.demo, s.id, 'createImage', { name: 'snap-1', metadata: { purpose: 'test' } });
    expect(t.engine.catalog.image(t.demo, r.imageId!).status).toBe('saving');
    expect(t.engine.servers.get(t.demo, s.id).taskState).toBe('image_snapshot_pending');
    t.settle();
    const img = t.engine.catalog.image(t.demo, r.imageId!);
    expect(img).toMatchObject({ name: 'snap-1', status: 'active', visibility: 'private' });
    expect(img.metadata).toMatchObject({ purpose: 'test', instance_uuid: s.id });
    expect(errorOf(() => t.engine.catalog.image(t.alt, r.imageId!)).status).toBe(404);
  });
});
