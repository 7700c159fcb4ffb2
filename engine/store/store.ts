// The engine's persistence: SQLite through better-sqlite3 in WAL mode. Every mutating engine operation runs
// inside `tx`, an IMMEDIATE transaction committed before the operation returns, so several processes
// (Terraform starts the provider more than once per command) can share one file safely.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type {
  AccessKey,
  ApplicationCredential,
  Flavor,
  Host,
  Image,
  InstanceAction,
  Keypair,
  Network,
  Port,
  Project,
  QuotaSet,
  Resources,
  SecurityGroup,
  Server,
  ServerGroup,
  Subnet,
  User,
  Volume,
  VolumeType,
} from '../model/types';
import { preparedStatements, Table, type TableSpec } from './table';
import type { ContainerGroup } from '../eci/model';

const SCHEMA_VERSION = 1;

/** Resources a consumer (a server, a migration, a container group) holds on a host, keyed by host name. */
export interface Allocation {
  consumerId: string;
  host: string;
  resources: Resources;
}

export class Store {
  readonly db: Database.Database;
  readonly projects: Table<Project>;
  readonly users: Table<User>;
  readonly flavors: Table<Flavor>;
  readonly images: Table<Image>;
  readonly networks: Table<Network>;
  readonly subnets: Table<Subnet>;
  readonly ports: Table<Port>;
  readonly securityGroups: Table<SecurityGroup>;
  readonly keypairs: Table<Keypair>;
  readonly volumeTypes: Table<VolumeType>;
  readonly volumes: Table<Volume>;
  readonly servers: Table<Server>;
  readonly serverGroups: Table<ServerGroup>;
  readonly hosts: Table<Host>;
  readonly instanceActions: Table<InstanceAction>;
  readonly quotas: Table<{ id: string } & Partial<QuotaSet>>;
  readonly appCredentials: Table<ApplicationCredential>;
  /** Cloud-native id → engine resource (`{kind, target}`), see SeedSpec.aliases. */
  readonly aliases: Table<{ id: string; kind: 'network' | 'subnet' | 'security-group' | 'az'; target: string }>;
  readonly containerGroups: Table<ContainerGroup>;
  readonly accessKeys: Table<AccessKey>;
  private readonly hostCache = new Map<string, Host>();
  private hostCacheVersion = -1;

  constructor(readonly file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    this.prepared = preparedStatements(this.db);
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a commit survives a killed process (the WAL is written before COMMIT returns);
    // only an OS crash or power loss can drop the last transactions.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = OFF');
    const db = this.db;
    const table = <T extends { id: string }>(spec: TableSpec<T>) => new Table<T>(db, spec, () => this.generation());
    const byProject = { project_id: { type: 'TEXT' as const, of: (d: { projectId: string }) => d.projectId } };
    db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    this.projects = table<Project>({ name: 'projects', columns: { name: { type: 'TEXT', of: (d) => d.name } } });
    this.users = table<User>({ name: 'users', columns: { name: { type: 'TEXT', of: (d) => d.name } } });
    this.flavors = table<Flavor>({ name: 'flavors', columns: { name: { type: 'TEXT', of: (d) => d.name } } });
    this.images = table<Image>({
      name: 'images',
      columns: { name: { type: 'TEXT', of: (d) => d.name }, owner_id: { type: 'TEXT', of: (d) => d.ownerId } },
    });
    this.networks = table<Network>({ name: 'networks', columns: byProject });
    this.subnets = table<Subnet>({
      name: 'subnets',
      columns: { ...byProject, network_id: { type: 'TEXT', of: (d) => d.networkId } },
    });
    this.ports = table<Port>({
      name: 'ports',
      columns: {
        ...byProject,
        network_id: { type: 'TEXT', of: (d) => d.networkId },
        device_id: { type: 'TEXT', of: (d) => d.deviceId },
        // The fixed IPs, so address allocation reads one column instead of parsing every port.
        ips: { type: 'TEXT', of: (d) => d.fixedIps.map((f) => f.ipAddress).join(',') },
      },
      indexes: [['device_id'], ['network_id']],
    });
    this.securityGroups = table<SecurityGroup>({ name: 'security_groups', columns: byProject });
    this.keypairs = table<Keypair>({
      name: 'keypairs',
      columns: { user_id: { type: 'TEXT', of: (d) => d.userId }, name: { type: 'TEXT', of: (d) => d.name } },
      unique: [['user_id', 'name']],
    });
    this.volumeTypes = table<VolumeType>({
      name: 'volume_types',
      columns: { name: { type: 'TEXT', of: (d) => d.name } },
    });
    this.volumes = table<Volume>({
      name: 'volumes',
      columns: { ...byProject, size: { type: 'INTEGER', of: (d) => d.size } },
      indexes: [['project_id']],
    });
    this.servers = table<Server>({
      name: 'servers',
      columns: {
        ...byProject,
        name: { type: 'TEXT', of: (d) => d.name },
        vm_state: { type: 'TEXT', of: (d) => d.vmState },
        host: { type: 'TEXT', of: (d) => d.host },
        group_id: { type: 'TEXT', of: (d) => d.groupId },
        vcpus: { type: 'INTEGER', of: (d) => d.flavor.vcpus },
        ram: { type: 'INTEGER', of: (d) => d.flavor.ram },
        created_at: { type: 'INTEGER', of: (d) => d.createdAt },
        updated_at: { type: 'INTEGER', of: (d) => d.updatedAt },
        deleted_at: { type: 'INTEGER', of: (d) => d.deletedAt },
        // When the in-flight transition next changes something; NULL when nothing is pending.
        due_at: { type: 'INTEGER', of: (d) => d.pending?.phases.find((p) => p.endsAt > 0)?.endsAt ?? null },
      },
      indexes: [['project_id', 'deleted_at'], ['due_at'], ['group_id'], ['updated_at']],
    });
    this.serverGroups = table<ServerGroup>({ name: 'server_groups', columns: byProject });
    this.hosts = table<Host>({
      name: 'hosts',
      columns: { name: { type: 'TEXT', of: (d) => d.name } },
      unique: [['name']],
    });
    this.instanceActions = table<InstanceAction>({
      name: 'instance_actions',
      columns: {
        server_id: { type: 'TEXT', of: (d) => d.serverId },
        request_id: { type: 'TEXT', of: (d) => d.requestId },
      },
      indexes: [['server_id']],
    });
    this.quotas = table<{ id: string } & Partial<QuotaSet>>({ name: 'quotas' });
    this.aliases = table({ name: 'aliases' });
    this.accessKeys = table<AccessKey>({ name: 'access_keys' });
    this.containerGroups = table<ContainerGroup>({
      name: 'container_groups',
      columns: {
        ...byProject,
        name: { type: 'TEXT', of: (d) => d.name },
        deleted_at: { type: 'INTEGER', of: (d) => d.deletedAt },
        due_at: { type: 'INTEGER', of: (d) => d.dueAt },
      },
      indexes: [['project_id', 'deleted_at'], ['due_at']],
    });
    this.appCredentials = table<ApplicationCredential>({
      name: 'application_credentials',
      columns: { user_id: { type: 'TEXT', of: (d) => d.userId }, name: { type: 'TEXT', of: (d) => d.name } },
      unique: [['user_id', 'name']],
    });
    db.exec(`CREATE TABLE IF NOT EXISTS allocations (
      consumer_id TEXT NOT NULL, host TEXT NOT NULL, vcpus INTEGER NOT NULL, ram INTEGER NOT NULL,
      disk INTEGER NOT NULL, gpus INTEGER NOT NULL, PRIMARY KEY (consumer_id, host))`);
    if (!this.getMeta('schema_version')) this.setMeta('schema_version', String(SCHEMA_VERSION));
  }

  /** Runs `fn` as one IMMEDIATE transaction (nested calls become savepoints of the outer one). */
  tx<R>(fn: () => R): R {
    if (this.db.inTransaction) return this.db.transaction(fn)();
    try {
      return this.db.transaction(fn).immediate();
    } catch (e) {
      this.hostCacheVersion = -1; // the rolled-back writes may have reached the cache
      throw e;
    } finally {
      this.commits++;
    }
  }

  private commits = 0;
  /** Changes when another connection commits (SQLite's data_version). */
  dataVersion(): number {
    return this.sql('PRAGMA data_version').pluck().get() as number;
  }
  /**
   * A value that changes whenever anything may have been written, by this process (each transaction) or
   * another (data_version): in-memory caches of stored facts stay valid while it stays the same.
   */
  generation(): string {
    return `${this.dataVersion()}:${this.commits}`;
  }

  /** After bulk rewrites (reset, restore): forget every in-memory copy of stored facts. */
  invalidateCaches(): void {
    this.hostCacheVersion = -1;
    this.commits++;
  }

  getMeta(key: string): string | undefined {
    return (this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }
  setMeta(key: string, value: string): void {
    this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /**
   * All hosts by name, served from memory while no other connection has committed since the last read
   * (SQLite's data_version), so a scheduling decision does not re-read a thousand rows.
   */
  allHosts(): Map<string, Host> {
    const version = this.dataVersion();
    if (version !== this.hostCacheVersion) {
      this.hostCache.clear();
      for (const h of this.hosts.where('1', [], 'ORDER BY name')) this.hostCache.set(h.name, h);
      this.hostCacheVersion = version;
    }
    return this.hostCache;
  }

  putHost(host: Host): void {
    this.hosts.put(host);
    if (this.hostCacheVersion >= 0) this.hostCache.set(host.name, host);
  }

  allocationsOf(consumerId: string): Allocation[] {
    return (this.sql('SELECT * FROM allocations WHERE consumer_id = ?').all(consumerId) as AllocRow[]).map(toAlloc);
  }
  allocationsOn(host: string): Allocation[] {
    return (this.sql('SELECT * FROM allocations WHERE host = ?').all(host) as AllocRow[]).map(toAlloc);
  }

  /** Adds to (or creates) the consumer's allocation on a host and the host's usage, in the caller's transaction. */
  allocate(consumerId: string, host: string, r: Resources): void {
    this.sql(
      `INSERT INTO allocations (consumer_id, host, vcpus, ram, disk, gpus) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (consumer_id, host) DO UPDATE SET vcpus = vcpus + excluded.vcpus, ram = ram + excluded.ram,
      disk = disk + excluded.disk, gpus = gpus + excluded.gpus`,
    ).run(consumerId, host, r.vcpus, r.ram, r.disk, r.gpus);
    this.adjustHost(host, r, 1);
  }

  /** Drops the consumer's allocations (on one host, or everywhere) and gives the capacity back. */
  release(consumerId: string, host?: string): void {
    for (const a of this.allocationsOf(consumerId)) {
      if (host && a.host !== host) continue;
      this.sql('DELETE FROM allocations WHERE consumer_id = ? AND host = ?').run(consumerId, a.host);
      this.adjustHost(a.host, a.resources, -1);
    }
  }

  /** Hands a consumer's allocations to another consumer (a migration record holding the source of a resize). */
  transfer(from: string, to: string): void {
    for (const a of this.allocationsOf(from)) {
      this.release(from, a.host);
      this.allocate(to, a.host, a.resources);
    }
  }

  private adjustHost(name: string, r: Resources, sign: 1 | -1): void {
    const host = this.allHosts().get(name);
    if (!host) return;
    const u = host.used;
    this.putHost({
      ...host,
      used: {
        vcpus: u.vcpus + sign * r.vcpus,
        ram: u.ram + sign * r.ram,
        disk: u.disk + sign * r.disk,
        gpus: u.gpus + sign * r.gpus,
      },
    });
  }

  private readonly prepared: (sql: string) => Database.Statement;
  /** A prepared statement, compiled once per connection. */
  sql(text: string): Database.Statement {
    return this.prepared(text);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

interface AllocRow {
  consumer_id: string;
  host: string;
  vcpus: number;
  ram: number;
  disk: number;
  gpus: number;
}
const toAlloc = (r: AllocRow): Allocation => ({
  consumerId: r.consumer_id,
  host: r.host,
  resources: { vcpus: r.vcpus, ram: r.ram, disk: r.disk, gpus: r.gpus },
});
