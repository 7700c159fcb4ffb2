// `--simulate` against the engine served on loopback: each plan is simulated on a throw-away engine seeded from
// what the API shows, then the same plan is applied to the real engine (after a control-API snapshot, restored
// afterwards), and the predicted failures must equal the failures that actually happen.
import { connect, type Connection } from '../../../provider/client/connection';
import { buildPreview, renderMarkdown, type Prediction, type Preview } from '../../../provider/preview';
import { replay, simulate } from '../../../provider/preview/simulate';
import { serverResource } from '../../../provider/resources/server';
import { pulumiName, type Field } from '../../../provider/schema/dsl';
import { serverSchema } from '../../../provider/schema/server';
import { inputsOf } from '../../../provider/schema/values';
import { DEFAULT_DURATIONS } from '../../../engine/actions/table';
import { SEED_PASSWORDS } from '../../../engine';
import { CIRROS, PRIVATE_NET, serve, type Served } from '../../helpers/http';

let served: Served;
let demo: Connection;
let admin: Connection;

const credentials = (user: 'demo' | 'admin') => ({
  auth_url: `${served.url}/identity/v3`,
  user_name: user,
  password: SEED_PASSWORDS[user],
  project_name: user,
  user_domain_name: 'Default',
  project_domain_name: 'Default',
  max_retries: 0,
});

beforeAll(async () => {
  served = await serve({ durations: Object.fromEntries(Object.keys(DEFAULT_DURATIONS).map((k) => [k, 0])) });
});
afterAll(async () => {
  // Unset when a beforeAll failed part-way.
  await (served as Served | undefined)?.running.close();
});
// A fresh engine state and fresh connections (their catalog listings are cached for a moment) per test.
beforeEach(async () => {
  await control('/state/reset');
  [demo, admin] = await Promise.all([
    connect(credentials('demo'), { env: {} }),
    connect(credentials('admin'), { env: {} }),
  ]);
});
afterEach(async () => {
  await (demo as Connection | undefined)?.close();
  await (admin as Connection | undefined)?.close();
});

const engine = () => served.running.engine;
const caller = (u: 'demo' | 'admin') => engine().callerFor(u);
function boot(as: 'demo' | 'admin', name: string, flavorRef = '1'): string {
  const id = engine().servers.create(caller(as), {
    name,
    flavorRef,
    imageRef: CIRROS,
    networks: [{ uuid: PRIVATE_NET }],
  }).servers[0].id;
  engine().tick();
  return id;
}

type Change = {
  address: string;
  type?: string;
  actions: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
/** A plan in `terraform show -json` form, the way the novaform Terraform provider would report these changes. */
function plan(changes: Change[]): Preview {
  return buildPreview({
    terraform: {
      format_version: '1.2',
      resource_changes: changes.map((c) => ({
        address: c.address,
        mode: 'managed',
        type: c.type ?? 'novaform_server',
        name: c.address.split('.')[1],
        change: {
          actions: c.actions,
          before: c.before,
          after: c.after,
          after_unknown: c.before ? {} : { id: true },
          before_sensitive: {},
          after_sensitive: {},
        },
      })),
    },
  });
}
const stateOf = async (conn: Connection, id: string) => (await serverResource.import(conn, id))!;
const newServer = (name: string, flavor = 'm1.tiny') => ({
  name,
  flavor_name: flavor,
  image_id: CIRROS,
  network: [{ uuid: PRIVATE_NET }],
});

/** The control API over HTTP (admin token). */
async function control(path: string, body?: unknown): Promise<void> {
  const res = await served.admin.post(`/_novaform${path}`, body);
  if (res.status >= 300) throw new Error(`control ${path}: ${res.status} ${res.text}`);
}

/** Simulates, then applies the same plan to a snapshot of the real engine (restored afterwards); both failure lists. */
async function predictAndApply(
  p: Preview,
  conn: Connection,
): Promise<{ predicted: Prediction[]; actual: Prediction[]; sim: Preview }> {
  const sim = await simulate(p, conn);
  await control('/state/snapshots', { name: 'before-apply' });
  const actual = (await replay(p, conn)).failures;
  await control('/state/snapshots/before-apply/restore');
  return { predicted: sim.simulation!.predictions, actual, sim };
}

test('a resize to a flavor no host can fit (admin credentials: capacity checked)', async () => {
  engine().catalog.createFlavor(caller('admin'), {
    id: 'huge',
    name: 'huge',
    vcpus: 2,
    ram: 300 * 1024,
    disk: 40,
    ephemeral: 0,
    swap: 0,
    rxtxFactor: 1,
    isPublic: true,
    description: null,
  });
  engine().quotas.set(caller('admin'), caller('admin').projectId, { ram: 10_000_000, cores: 1000 });
  const id = boot('admin', 'big-db', '2');
  const before = await stateOf(admin, id);
  const p = plan([
    {
      address: 'novaform_server.db',
      actions: ['update'],
      before,
      after: { ...before, flavor_name: 'huge', flavor_id: null },
    },
  ]);
  const { predicted, actual, sim } = await predictAndApply(p, admin);
  expect(predicted).toEqual([
    {
      resource: 'novaform_server.db',
      operation: 'resize (flavor m1.small → huge)',
      error: 'No valid host was found. There are not enough hosts available.',
    },
  ]);
  expect(predicted).toEqual(actual);
  expect(sim.simulation!.notes).toContain(
    'host capacity checked for RAM and disk; vCPUs not checked (the API does not expose allocation ratios)',
  );
  const md = renderMarkdown(sim);
  expect(md).toContain('### Would fail');
  expect(md).toMatch(/r\d\["~ novaform_server\.db"\]:::fail/);
}, 30_000);

test("stopping a server an admin locked: the lock is someone else's", async () => {
  const id = boot('demo', 'locked-web');
  engine().servers.action(caller('admin'), id, 'lock', { locked_reason: 'maintenance' });
  const before = await stateOf(demo, id);
  expect(before.lock_owner).toBe('other');
  const p = plan([
    { address: 'novaform_server.web', actions: ['update'], before, after: { ...before, power_state: 'shutoff' } },
  ]);
  const { predicted, actual, sim } = await predictAndApply(p, demo);
  expect(predicted).toEqual([
    { resource: 'novaform_server.web', operation: 'os-stop', error: `409 Instance ${id} is locked` },
  ]);
  expect(predicted).toEqual(actual);
  expect(sim.simulation!.notes).toContain('capacity not checked (host capacity needs admin credentials)');
}, 30_000);

test('pausing a server that is SHUTOFF now (the plan was made while it was ACTIVE)', async () => {
  const id = boot('demo', 'stale');
  const before = await stateOf(demo, id);
  engine().servers.action(caller('demo'), id, 'os-stop');
  engine().tick();
  const p = plan([
    { address: 'novaform_server.app', actions: ['update'], before, after: { ...before, power_state: 'paused' } },
  ]);
  const { predicted, actual } = await predictAndApply(p, demo);
  expect(predicted).toEqual([
    {
      resource: 'novaform_server.app',
      operation: 'pause',
      error: `409 Cannot 'pause' instance ${id} while it is in vm_state stopped`,
    },
  ]);
  expect(predicted).toEqual(actual);
}, 30_000);

test('creates beyond the instance quota (usage outside the plan counted)', async () => {
  for (let i = 0; i < 9; i++) boot('demo', `existing-${i}`);
  const p = plan([
    { address: 'novaform_server.a', actions: ['create'], before: null, after: newServer('a') },
    { address: 'novaform_server.b', actions: ['create'], before: null, after: newServer('b') },
  ]);
  const { predicted, actual } = await predictAndApply(p, demo);
  expect(predicted).toEqual([
    {
      resource: 'novaform_server.b',
      operation: 'create',
      error: '403 Quota exceeded for instances: Requested 1, but already used 10 of 10 instances',
    },
  ]);
  expect(predicted).toEqual(actual);
}, 30_000);

test('a keypair whose name is taken', async () => {
  engine().keypairs.create(caller('demo'), {
    name: 'deploy',
    public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE0eNJpMO9Hb3jPq0FnxWn6kOhrE3ewhPbL9pXjvUz3b ci',
  });
  const p = plan([
    {
      address: 'novaform_keypair.deploy',
      type: 'novaform_keypair',
      actions: ['create'],
      before: null,
      after: {
        name: 'deploy',
        public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3n2ZGq0Tq3vYVtGd5m9p1x0aB7wq1cR4eF6hJ8kLm other',
      },
    },
  ]);
  const { predicted, actual } = await predictAndApply(p, demo);
  expect(predicted).toEqual([
    {
      resource: 'novaform_keypair.deploy',
      operation: 'create',
      error: expect.stringContaining("(Key pair 'deploy' already exists.)"),
    },
  ]);
  expect(predicted).toEqual(actual);
}, 30_000);

test('attaching a volume that is attached to another server', async () => {
  const [a, b] = [boot('demo', 'a'), boot('demo', 'b')];
  const volume = engine().volumes.create(caller('demo'), { size: 1, name: 'data' }).id;
  engine().servers.attachVolume(caller('demo'), a, { volumeId: volume });
  engine().tick();
  const p = plan([
    {
      address: 'novaform_volume_attachment.data_b',
      type: 'novaform_volume_attachment',
      actions: ['create'],
      before: null,
      after: { instance_id: b, volume_id: volume },
    },
  ]);
  const { predicted, actual } = await predictAndApply(p, demo);
  expect(predicted).toEqual([
    {
      resource: 'novaform_volume_attachment.data_b',
      operation: 'create',
      error: expect.stringMatching(/^400 .*in-use/),
    },
  ]);
  expect(predicted).toEqual(actual);
}, 30_000);

test('a Pulumi preview: the prior state comes from oldState.outputs (id, vm_state, lock owner)', async () => {
  const id = boot('demo', 'pulumi-web');
  engine().servers.action(caller('admin'), id, 'lock', { locked_reason: 'maintenance' });
  const state = await stateOf(demo, id);
  const camel = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).map(([k, v]) => [
        (serverSchema.fields as Record<string, Field | undefined>)[k]
          ? pulumiName(k, (serverSchema.fields as Record<string, Field>)[k])
          : k,
        v,
      ]),
    );
  const inputs = camel(inputsOf(serverSchema.fields, state));
  const urn = 'urn:pulumi:dev::shop::novaform:index:Server::web';
  const preview = buildPreview({
    pulumi: {
      steps: [
        {
          op: 'update',
          urn,
          oldState: { urn, id, type: 'novaform:index:Server', custom: true, inputs, outputs: camel(state) },
          newState: {
            urn,
            id,
            type: 'novaform:index:Server',
            custom: true,
            inputs: { ...inputs, powerState: 'shutoff' },
            outputs: { ...camel(state), powerState: 'shutoff' },
          },
          diffReasons: ['powerState'],
          replaceReasons: [],
          detailedDiff: { powerState: { kind: 'update', inputDiff: true } },
        },
      ],
    },
  });
  const { predicted, actual } = await predictAndApply(preview, demo);
  expect(predicted).toEqual([{ resource: 'web', operation: 'os-stop', error: `409 Instance ${id} is locked` }]);
  expect(predicted).toEqual(actual);
}, 30_000);

test('a plan that is fine predicts nothing, and applying it fails nothing', async () => {
  const id = boot('demo', 'fine');
  const before = await stateOf(demo, id);
  const p = plan([
    {
      address: 'novaform_server.fine',
      actions: ['update'],
      before,
      after: { ...before, power_state: 'shutoff', metadata: { role: 'web' } },
    },
    { address: 'novaform_server.new', actions: ['create'], before: null, after: newServer('new') },
  ]);
  const names = async () =>
    ((await served.demo.get('/v2.1/servers')).body.servers as { name: string }[]).map((x) => x.name).sort();
  expect(await names()).toEqual(['fine']);
  const { predicted, actual, sim } = await predictAndApply(p, demo);
  expect(predicted).toEqual([]);
  expect(actual).toEqual([]);
  // The apply created `new`; restoring the snapshot took the engine back.
  expect(await names()).toEqual(['fine']);
  const md = renderMarkdown(sim);
  expect(md).not.toContain('Would fail');
  expect(md).toContain('**Simulation:** no planned operation would fail.');
}, 30_000);
