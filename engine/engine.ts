// The engine's programmatic API: `createEngine()` opens (and on first use seeds) a store and exposes the
// compute domain with a caller identity on every operation. Each call first advances whatever transitions
// have come due on the engine's clock, so state is always current when it is read or changed.
import { DEFAULT_DURATIONS, type ActionName } from './actions/table';
import path from 'node:path';
import { ManualClock, RealClock, SwitchableClock, type Clock } from './clock';
import { Control } from './control';
import { DEFAULT_SEED, DEFAULT_SETTINGS, loadSeedFile, type EngineSettings, type SeedSpec } from './model/seed';
import type { Caller, QuotaSet } from './model/types';
import { policyDenied } from './model/errors';
import { Store } from './store/store';
import * as catalog from './domain/catalog';
import type { EngineContext } from './domain/context';
import { authenticate, findUser, scopeTo, Unauthorized } from './domain/identity';
import * as keypairs from './domain/keypairs';
import * as eci from './eci/groups';
import { advanceGroups } from './eci/groups';
import * as neutron from './domain/neutron';
import * as quotas from './domain/quotas';
import * as groups from './domain/serverGroups';
import { applySeed } from './domain/seeding';
import * as actions from './domain/servers/actions';
import * as attachments from './domain/servers/attachments';
import { createServers } from './domain/servers/create';
import * as lifecycle from './domain/servers/lifecycle';
import * as read from './domain/servers/read';
import { advanceDue } from './domain/servers/transitions';
import * as volumes from './domain/volumes';
import { visibleNetworks } from './domain/networking';

export interface EngineOptions {
  /** SQLite file, or ':memory:' (the default). */
  data?: string;
  /** Real time by default; pass a ManualClock (or `'manual'`) for tests and simulation. */
  clock?: Clock | 'real' | 'manual';
  /** Seed used when the store is new: a spec, a JSON/YAML file path, or the default seed. */
  seed?: SeedSpec | string;
  /** Per-action transition durations in ms, over the short defaults (build 200 ms …). */
  durations?: Record<string, number>;
  settings?: Partial<EngineSettings>;
  /** Where named state snapshots go (default: `snapshots/` beside the store file, or a temporary folder). */
  snapshotDir?: string;
}

type Tail<T extends unknown[]> = T extends [EngineContext, ...infer R] ? R : never;
type Bound<F> = F extends (ctx: EngineContext, ...args: infer A) => infer R ? (...args: A) => R : never;

export class Engine {
  readonly ctx: EngineContext;
  readonly store: Store;
  readonly clock: SwitchableClock;
  readonly control: Control;

  constructor(opts: EngineOptions = {}) {
    this.store = new Store(opts.data ?? ':memory:');
    this.clock = new SwitchableClock(
      opts.clock === 'manual' ? new ManualClock() : !opts.clock || opts.clock === 'real' ? new RealClock() : opts.clock,
    );
    const persisted = JSON.parse(this.store.getMeta('config') ?? '{}') as {
      durations?: Record<string, number>;
      settings?: Partial<EngineSettings>;
    };
    const seed = typeof opts.seed === 'string' ? loadSeedFile(opts.seed) : (opts.seed ?? DEFAULT_SEED);
    this.ctx = {
      store: this.store,
      clock: this.clock,
      settings: { ...DEFAULT_SETTINGS, ...seed.settings, ...persisted.settings, ...opts.settings },
      durations: { ...DEFAULT_DURATIONS, ...persisted.durations, ...opts.durations },
      stats: { placementDecisions: 0, placementMs: 0 },
    };
    if (!this.store.getMeta('seeded_at')) applySeed(this.ctx, seed);
    if (opts.durations || opts.settings) this.saveConfig();
    this.control = new Control(
      this.ctx,
      seed,
      opts.snapshotDir ??
        (this.store.file === ':memory:' ? null : path.join(path.dirname(path.resolve(this.store.file)), 'snapshots')),
    );
  }

  private saveConfig(): void {
    this.store.tx(() =>
      this.store.setMeta('config', JSON.stringify({ durations: this.ctx.durations, settings: this.ctx.settings })),
    );
  }

  /** Binds a domain function to this engine, advancing due transitions first. */
  private op<F extends (ctx: EngineContext, ...args: never[]) => unknown>(fn: F): Bound<F> {
    return ((...args: Tail<Parameters<F>>) => {
      advanceDue(this.ctx);
      advanceGroups(this.ctx);
      return (fn as unknown as (ctx: EngineContext, ...a: unknown[]) => unknown)(this.ctx, ...args);
    }) as Bound<F>;
  }

  /** Advances due transitions now; returns how many servers changed. */
  tick(): number {
    advanceGroups(this.ctx);
    return advanceDue(this.ctx);
  }

  // identity
  authenticate(username: string, password: string, project?: string): Caller {
    return authenticate(this.ctx, username, password, project);
  }
  /** A caller for a seeded user without a password: for tests, simulation and the embedded provider. */
  callerFor(username: string, project?: string): Caller {
    const user = findUser(this.ctx, username);
    if (!user) throw new Unauthorized(`No user ${username}`);
    return scopeTo(this.ctx, user, project ?? user.defaultProjectId);
  }

  readonly servers = {
    create: this.op(createServers),
    get: this.op(read.getServer),
    list: this.op(read.listServers),
    update: this.op(lifecycle.updateServer),
    delete: this.op(lifecycle.deleteServer),
    action: (caller: Caller, id: string, name: ActionName, args?: actions.ActionArgs) =>
      this.op(actions.runAction)(caller, id, name, args),
    setMetadata: this.op(lifecycle.setMetadata),
    setMetadataItem: this.op(lifecycle.setMetadataItem),
    deleteMetadataItem: this.op(lifecycle.deleteMetadataItem),
    replaceTags: this.op(lifecycle.replaceTags),
    addTag: this.op(lifecycle.addTag),
    deleteTag: this.op(lifecycle.deleteTag),
    listInterfaces: this.op(attachments.listInterfaces),
    getInterface: this.op(attachments.getInterface),
    attachInterface: this.op(attachments.attachInterface),
    detachInterface: this.op(attachments.detachInterface),
    listVolumeAttachments: this.op(attachments.listVolumeAttachments),
    getVolumeAttachment: this.op(attachments.getVolumeAttachment),
    attachVolume: this.op(attachments.attachVolume),
    detachVolume: this.op(attachments.detachVolume),
    updateVolumeAttachment: this.op(attachments.updateVolumeAttachment),
    forceState: this.op(lifecycle.forceState),
    instanceActions: (caller: Caller, id: string) => {
      const s = this.op(read.getServer)(caller, id);
      return this.store.instanceActions.where('server_id = ?', [s.id], 'ORDER BY rowid DESC');
    },
  };

  readonly keypairs = {
    create: this.op(keypairs.createKeypair),
    list: this.op(keypairs.listKeypairs),
    get: this.op(keypairs.getKeypair),
    delete: this.op(keypairs.deleteKeypair),
  };

  readonly serverGroups = {
    create: this.op(groups.createServerGroup),
    list: this.op(groups.listServerGroups),
    get: this.op(groups.getServerGroup),
    delete: this.op(groups.deleteServerGroup),
  };

  readonly volumes = {
    create: this.op(volumes.createVolumeRecord),
    get: this.op(volumes.requireVolume),
    list: (caller: Caller) => this.op((ctx) => ctx.store.volumes.where('project_id = ?', [caller.projectId]))(),
    delete: this.op(volumes.deleteVolume),
    extend: this.op(volumes.extendVolume),
    update: this.op(volumes.updateVolume),
  };

  readonly catalog = {
    flavors: this.op(catalog.listFlavors),
    flavor: this.op(catalog.getFlavor),
    createFlavor: this.op(catalog.createFlavor),
    deleteFlavor: this.op(catalog.deleteFlavor),
    setExtraSpecs: this.op(catalog.setExtraSpecs),
    deleteExtraSpec: this.op(catalog.deleteExtraSpec),
    images: this.op(catalog.listImages),
    image: this.op(catalog.getImage),
    deleteImage: this.op(catalog.deleteImage),
    availabilityZones: this.op(catalog.availabilityZones),
    networks: this.op(visibleNetworks),
  };

  readonly network = {
    listPorts: this.op(neutron.listPorts),
    getPort: this.op(neutron.getPort),
    createPortFor: this.op(neutron.createPortFor),
    updatePort: this.op(neutron.updatePort),
    deletePort: this.op(neutron.deletePort),
    listSecurityGroups: this.op(neutron.listSecurityGroups),
    getSecurityGroup: this.op(neutron.getSecurityGroup),
    createSecurityGroup: this.op(neutron.createSecurityGroup),
    deleteSecurityGroup: this.op(neutron.deleteSecurityGroup),
    createRule: this.op(neutron.createRule),
    deleteRule: this.op(neutron.deleteRule),
  };

  /** CTyun ECI container groups. */
  readonly eci = {
    create: this.op(eci.createGroup),
    get: this.op(eci.getGroup),
    list: this.op(eci.listGroups),
    delete: this.op(eci.deleteGroup),
    restart: this.op(eci.restartGroup),
    update: this.op(eci.updateGroup),
    /** Control: a container exits with a code (the restart policy decides what follows). */
    exitContainer: this.op(eci.exitContainer),
  };

  readonly hosts = {
    list: this.op(catalog.listHosts),
    get: this.op(catalog.getHost),
    set: this.op(catalog.setHostState),
  };

  readonly quotas = {
    limits: (caller: Caller, projectId = caller.projectId) => this.op(quotas.quotaLimits)(projectId),
    usage: (caller: Caller, projectId = caller.projectId) => this.op(quotas.computeUsage)(projectId),
    // projectId 'defaults' sets the defaults.
    set: (caller: Caller, projectId: string, values: Partial<QuotaSet>) => {
      if (!caller.roles.includes('admin')) throw policyDenied('os_compute_api:os-quota-sets:update');
      return this.op(quotas.setQuotas)(projectId, values);
    },
  };

  get stats() {
    return { ...this.ctx.stats };
  }

  close(): void {
    this.store.close();
  }
}

export function createEngine(opts: EngineOptions = {}): Engine {
  return new Engine(opts);
}
