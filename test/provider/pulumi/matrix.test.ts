// Issue #8's acceptance matrix: every resource type through the plugin over gRPC, in the order the Pulumi engine
// sends the RPCs, against the served engine: Check → Create(preview, real) → Read (refresh, no drift) → an
// in-place Check+Diff → Update(preview, real) → a replacing Check+Diff → an out-of-band change made through the
// cloud's HTTP API that Read detects → import (Read by id only, Check, Diff clean) → Delete twice → a bad Check.
// The engine never sends Diff for a resource it has no state for (a new resource is Check → Create), so the
// first Diff comes after Create.
import type { ServiceError } from '@grpc/grpc-js';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import { Status } from '@pulumi/pulumi/proto/status_pb';
import { RESOURCES } from '../../../provider/resources/index';
import { pulumiName } from '../../../provider/schema/dsl';
import { CIRROS, login, PRIVATE_NET, type Client } from '../../helpers/http';
import { SEED_003_PULUMI } from '../../helpers/eci';
import {
  checkAndCreate,
  checkReq,
  createReq,
  deleteReq,
  detailed,
  diffReq,
  isSecret,
  js,
  readReq,
  secret,
  servedPlugin,
  UNKNOWN,
  updateReq,
  type Js,
  type Setup,
  deserializeInitFailed,
} from './harness';

const SOME = pb.DiffResponse.DiffChanges.DIFF_SOME;
const NONE = pb.DiffResponse.DiffChanges.DIFF_NONE;
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBxmzxsVHuOk7ZyYN6O7BvPPaYJwzvQOlZY2Vf3dXoRh pulumi@test';

let s: Setup;
let demo: Client;
let admin: Client;
/** Objects the dependent rows need, created through the same plugin. */
const deps = { server: '', volume: '' };
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  s = await servedPlugin();
  [demo, admin] = await Promise.all([login(s.served.url, 'demo'), login(s.served.url, 'admin')]);
  const host = await checkAndCreate(s.plugin, 'novaform:index:Server', 'host', {
    name: 'matrix-host',
    imageId: CIRROS,
    flavorName: 'm1.tiny',
    networks: [{ uuid: PRIVATE_NET }],
  });
  const vol = await checkAndCreate(s.plugin, 'novaform:index:Volume', 'data', { name: 'matrix-data', size: 1 });
  deps.server = host.id;
  deps.volume = vol.id;
  cleanups.push(
    () => s.plugin.rpc.delete(deleteReq('novaform:index:Volume', 'data', vol.id, vol.outs)),
    () => s.plugin.rpc.delete(deleteReq('novaform:index:Server', 'host', host.id, host.outs)),
  );
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  // Unset when a beforeAll failed part-way.
  await (s as Setup | undefined)?.close();
});

const eci = (method: string, path: string, body?: unknown) =>
  demo.call(method, `/eci/api/v1/containers/${path}`, body, { regionid: 'RegionOne' });
const count = async (path: string, key: string) => {
  const res = await demo.get(path);
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.text}`);
  return (res.body[key] as unknown[]).length;
};

interface Change {
  change: (inputs: Js) => Js;
  key: string;
  kind: RegExp;
}
interface Drift {
  /** What Read must now report (properties, inputs); a gone resource is checked by the sequence itself. */
  expect?: (props: Js, inputs: Js) => void;
  /** The resource to import afterwards, when the drift made another one (default: the same id). */
  importId?: string;
  /** Only computed outputs drifted: refresh records them, and the next Diff (inputs only) has nothing to do. */
  outputsOnly?: boolean;
  /** The drift reverted the in-place change itself. */
  revertsInPlace?: boolean;
}
interface Row {
  type: string;
  news: () => Js;
  /** How many of this type the cloud holds (preview must not change it, Create adds one, Delete takes it away). */
  count: () => Promise<number>;
  /** A change Update applies in place; null when the resource has none. */
  inPlace: Change | null;
  /**
   * Changes that replace; the first is the replace step, the others (for rows without in-place attributes) show every
   * change replaces.
   */
  replaces: Change[];
  /** Changes the live object through the cloud's HTTP API, as someone outside Pulumi would. */
  drift: (id: string, state: Js) => Promise<Drift>;
  bad: { news: Js; property: string; reason: RegExp };
  /**
   * The GET the create polls after its POST (failing it fails the wait); null when the POST answers with the finished
   * object.
   */
  waitPath: string | null;
}

const UPDATE = /^UPDATE$/;
const REPLACE = /^(UPDATE|ADD|DELETE)_REPLACE$/;

const ROWS: Row[] = [
  {
    type: 'Keypair',
    news: () => ({ name: 'matrix-kp', publicKey: ED25519 }),
    count: () => count('/v2.1/os-keypairs', 'keypairs'),
    // Nothing about a keypair changes in the cloud: the one in-place attribute is adoptExisting, a novaform
    // setting that Update records in state only. Every cloud-visible input replaces (and deletes first: the
    // name is unique).
    inPlace: { change: (i) => ({ ...i, adoptExisting: true }), key: 'adoptExisting', kind: UPDATE },
    replaces: [
      { change: (i) => ({ ...i, name: 'matrix-kp-2' }), key: 'name', kind: REPLACE },
      {
        change: (i) => ({
          ...i,
          publicKey: ED25519.replace('pulumi@test', 'other').replace('BxmzxsVHuOk7', 'CxmzxsVHuOk7'),
        }),
        key: 'publicKey',
        kind: REPLACE,
      },
      { change: (i) => ({ ...i, type: 'x509' }), key: 'type', kind: REPLACE },
    ],
    drift: async (id) => {
      // Someone deletes the keypair and makes a new one under the same name, with a key Nova generates.
      expect((await demo.delete(`/v2.1/os-keypairs/${id}`)).status).toBe(202);
      expect((await demo.post('/v2.1/os-keypairs', { keypair: { name: id } })).status).toBe(200);
      return {
        expect: (props, inputs) => {
          expect(props.publicKey).toMatch(/^ssh-rsa /);
          expect(inputs.publicKey).toBe(props.publicKey);
        },
      };
    },
    waitPath: null,
    bad: { news: { name: ' bad/name' }, property: 'name', reason: /^name must be string to match/ },
  },
  {
    type: 'Server',
    news: () => ({
      name: 'matrix-web',
      imageId: CIRROS,
      flavorName: 'm1.tiny',
      networks: [{ uuid: PRIVATE_NET }],
      metadata: { role: 'web' },
      adminPass: secret('S3cret-pw'),
    }),
    count: () => count('/v2.1/servers', 'servers'),
    inPlace: { change: (i) => ({ ...i, name: 'matrix-web-2' }), key: 'name', kind: UPDATE },
    replaces: [{ change: (i) => ({ ...i, keyPair: 'other' }), key: 'keyPair', kind: /^ADD_REPLACE$/ }],
    drift: async (id) => {
      expect((await demo.put(`/v2.1/servers/${id}/metadata`, { metadata: { role: 'hacked' } })).status).toBe(200);
      return {
        expect: (props, inputs) => {
          expect(props.metadata).toEqual({ role: 'hacked' });
          expect(inputs.metadata).toEqual({ role: 'hacked' });
        },
      };
    },
    waitPath: '/v2.1/servers/*-*', // GET /servers/<uuid>, not the idempotency lookup in /servers/detail before the POST
    bad: {
      news: { name: 'bad' },
      property: 'flavorId',
      reason: /^flavorId one of flavorId, flavorName is required/,
    },
  },
  {
    type: 'Volume',
    news: () => ({ name: 'matrix-vol', size: 1, metadata: { tier: 'gold' } }),
    count: () => count(`/volume/v3/${demo.projectId}/volumes`, 'volumes'),
    inPlace: { change: (i) => ({ ...i, name: 'matrix-vol-2' }), key: 'name', kind: UPDATE },
    replaces: [{ change: (i) => ({ ...i, availabilityZone: 'elsewhere' }), key: 'availabilityZone', kind: REPLACE }],
    drift: async (id) => {
      expect(
        (await demo.put(`/volume/v3/${demo.projectId}/volumes/${id}`, { volume: { metadata: { tier: 'silver' } } }))
          .status,
      ).toBe(200);
      return {
        expect: (props, inputs) => {
          expect(props.metadata).toEqual({ tier: 'silver' });
          expect(inputs.metadata).toEqual({ tier: 'silver' });
        },
      };
    },
    waitPath: '/volume/v3/*/volumes/*-*', // GET /volumes/<uuid>, not the token lookup in /volumes/detail
    bad: {
      news: { name: 'v', size: 0 },
      property: 'size',
      reason: /^size must be integer to be greater or equal to 1$/,
    },
  },
  {
    type: 'VolumeAttachment',
    news: () => ({ instanceId: deps.server, volumeId: deps.volume }),
    count: () => count(`/v2.1/servers/${deps.server}/os-volume_attachments`, 'volumeAttachments'),
    inPlace: { change: (i) => ({ ...i, deleteOnTermination: true }), key: 'deleteOnTermination', kind: UPDATE },
    replaces: [{ change: (i) => ({ ...i, tag: 'data' }), key: 'tag', kind: /^ADD_REPLACE$/ }],
    drift: async () => {
      const res = await demo.at('2.85').put(`/v2.1/servers/${deps.server}/os-volume_attachments/${deps.volume}`, {
        volumeAttachment: { volumeId: deps.volume, delete_on_termination: false },
      });
      expect(res.status).toBe(202);
      return {
        revertsInPlace: true,
        expect: (props, inputs) => {
          expect(props.deleteOnTermination).toBe(false);
          expect(inputs.deleteOnTermination).toBe(false);
        },
      };
    },
    waitPath: '/volume/v3/*/volumes/*',
    bad: {
      news: { instanceId: 'not-a-uuid', volumeId: '00000000-0000-4000-8000-000000000000' },
      property: 'instanceId',
      reason: /^instanceId must be/,
    },
  },
  {
    type: 'InterfaceAttachment',
    news: () => ({ instanceId: deps.server, networkId: PRIVATE_NET }),
    count: () => count(`/v2.1/servers/${deps.server}/os-interface`, 'interfaceAttachments'),
    // An interface attachment cannot change: every input detaches and attaches again.
    inPlace: null,
    replaces: [
      { change: (i) => ({ ...i, fixedIp: '10.0.0.250' }), key: 'fixedIp', kind: REPLACE },
      {
        change: (i) => ({ ...i, instanceId: '00000000-0000-4000-8000-000000000000' }),
        key: 'instanceId',
        kind: REPLACE,
      },
      { change: (i) => ({ ...i, networkId: '00000000-0000-4000-8000-000000000001' }), key: 'networkId', kind: REPLACE },
    ],
    drift: async (id) => {
      // Someone detaches the NIC (refresh must drop it), then attaches another by hand: that one is imported.
      const port = id.split('/')[1];
      expect((await demo.delete(`/v2.1/servers/${deps.server}/os-interface/${port}`)).status).toBe(202);
      const res = await demo.post(`/v2.1/servers/${deps.server}/os-interface`, {
        interfaceAttachment: { net_id: PRIVATE_NET },
      });
      expect(res.status).toBe(200);
      return { importId: `${deps.server}/${res.body.interfaceAttachment.port_id}` };
    },
    waitPath: '/v2.1/servers/*/os-interface/*',
    bad: {
      news: {
        instanceId: '00000000-0000-4000-8000-000000000000',
        fixedIp: '10.0.0.9',
      },
      property: 'fixedIp',
      reason: /^fixedIp needs one of networkId, portId/,
    },
  },
  {
    type: 'ServerGroup',
    news: () => ({ name: 'matrix-group', policies: ['anti-affinity'] }),
    count: () => count('/v2.1/os-server-groups', 'server_groups'),
    // A server group cannot change after it is created: every input replaces it.
    inPlace: null,
    replaces: [
      { change: (i) => ({ ...i, policies: ['affinity'] }), key: 'policies', kind: REPLACE },
      { change: (i) => ({ ...i, name: 'matrix-group-2' }), key: 'name', kind: REPLACE },
      { change: (i) => ({ ...i, rules: { maxServerPerHost: 3 } }), key: 'rules', kind: /^ADD_REPLACE$/ },
    ],
    drift: async (id) => {
      // A server booted into the group by hand shows up as a member.
      const res = await demo.post('/v2.1/servers', {
        server: { name: 'by-hand', flavorRef: '1', imageRef: CIRROS, networks: [{ uuid: PRIVATE_NET }] },
        'os:scheduler_hints': { group: id },
      });
      expect(res.status).toBe(202);
      const server = res.body.server.id as string;
      cleanups.push(() => demo.delete(`/v2.1/servers/${server}`));
      return { outputsOnly: true, expect: (props) => expect(props.members).toEqual([server]) };
    },
    waitPath: null,
    bad: {
      news: { name: 'g', policies: ['affinity'], rules: { maxServerPerHost: 1 } },
      property: 'rules',
      reason: /can only be set with the anti-affinity policy/,
    },
  },
  {
    type: 'ContainerGroup',
    // The seed's example with an empty-dir volume: config-file contents are never returned by the API, so an
    // imported group with one cannot pass Check (see the test below).
    news: () => ({
      ...SEED_003_PULUMI,
      containerGroupName: 'matrix-cg',
      volumes: [{ name: 'test-volume', type: 'EmptyDirVolume', emptyDirVolume: { medium: '' } }],
      imageRegistryCredentials: [{ server: 'registry.example', userName: 'ci', password: secret('reg-pw') }],
    }),
    count: async () => {
      const res = await eci('POST', 'describeContainerGroups', { limit: 100 });
      return (res.body.returnObj.containerGroups as unknown[]).length;
    },
    inPlace: { change: (i) => ({ ...i, restartPolicy: 'Always' }), key: 'restartPolicy', kind: UPDATE },
    replaces: [
      { change: (i) => ({ ...i, containerGroupName: 'matrix-cg-2' }), key: 'containerGroupName', kind: REPLACE },
    ],
    drift: async (id) => {
      // The in-place Update reached the API; then someone changes the same setting again.
      expect((await eci('GET', `describeContainerGroup/${id}`)).body.returnObj.restartPolicy).toBe('Always');
      const res = await eci('PUT', `updateContainerGroup/${id}`, { restartPolicy: 'OnFailure' });
      expect([res.status, res.body.statusCode]).toEqual([200, 200]);
      return {
        revertsInPlace: true,
        expect: (props, inputs) => {
          expect(props.restartPolicy).toBe('OnFailure');
          expect(inputs.restartPolicy).toBe('OnFailure');
        },
      };
    },
    waitPath: '/eci/api/v1/containers/describeContainerGroup/*',
    bad: {
      news: { ...SEED_003_PULUMI, restartPolicy: 'Sometimes' },
      property: 'restartPolicy',
      reason: /^restartPolicy must be/,
    },
  },
];

test('the matrix has one row per registered resource', () => {
  expect(ROWS.map((r) => r.type).sort()).toEqual(RESOURCES.map((r) => r.schema.name).sort());
});

/** Pulumi names of the attributes only the cloud sets. */
const computedOf = (type: string) => {
  const schema = RESOURCES.find((r) => r.schema.name === type)!.schema;
  return Object.entries(schema.fields)
    .filter(([, f]) => f.mode === 'computed')
    .map(([k, f]) => pulumiName(k, f));
};
const hasUnknown = (v: unknown): boolean =>
  v === UNKNOWN ||
  (Array.isArray(v) ? v.some(hasUnknown) : typeof v === 'object' && v !== null && Object.values(v).some(hasUnknown));
const unwrap = (v: unknown) => (isSecret(v) ? v.value : v);
/** Paths of the secret-wrapped values in a wire object. */
const secretPaths = (v: unknown, at = ''): string[] => {
  if (isSecret(v)) return [at];
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) =>
    secretPaths(x, Array.isArray(v) ? `${at}[${k}]` : at ? `${at}.${k}` : k),
  );
};
const failuresOf = (c: pb.CheckResponse) => c.getFailuresList().map((f) => `${f.getProperty()}: ${f.getReason()}`);

test.each(ROWS.map((r) => [r.type, r] as const))("%s: the engine's whole sequence", async (name, row) => {
  const type = `novaform:index:${name}`;
  const rpc = s.plugin.rpc;
  const expectNoDiff = async (id: string, props: Js, news: Js, oldInputs: Js) => {
    const d = await rpc.diff(diffReq(type, name, id, props, news, oldInputs));
    expect([d.getChanges(), detailed(d), d.getReplacesList()]).toEqual([NONE, {}, []]);
  };
  /**
   * Check (olds = the current inputs) then Diff against the current state, as `pulumi up` does for a changed program.
   */
  const checkAndDiff = async (id: string, state: Js, inputs: Js, changed: Js) => {
    const checked = await rpc.check(checkReq(type, name, changed, inputs));
    expect(failuresOf(checked)).toEqual([]);
    const news = js(checked.getInputs());
    return { news, diff: await rpc.diff(diffReq(type, name, id, state, news, inputs)) };
  };

  // Check → Create(preview): nothing reaches the cloud, computed outputs are unknown.
  const before = await row.count();
  const checked = await rpc.check(checkReq(type, name, row.news()));
  expect(failuresOf(checked)).toEqual([]);
  const inputs = js(checked.getInputs());
  const preview = await rpc.create(createReq(type, name, inputs, true));
  expect(preview.getId()).toBe('');
  const planned = js(preview.getProperties());
  for (const k of computedOf(name)) expect([k, unwrap(planned[k])]).toEqual([k, UNKNOWN]);
  expect(await row.count()).toBe(before);

  // Create(real): an id, every output known, one more object in the cloud.
  const created = await rpc.create(createReq(type, name, inputs, false, 120));
  const id = created.getId();
  expect(id).not.toBe('');
  const outs = js(created.getProperties());
  expect(hasUnknown(outs)).toBe(false);
  // Secret inputs, nested ones too, come back with the secret signature (the engine only re-marks top-level ones).
  expect(secretPaths(outs)).toEqual(expect.arrayContaining(secretPaths(inputs)));
  expect(await row.count()).toBe(before + 1);

  // Refresh without drift, then the next `up` (Check of the same program → Diff) has nothing to do.
  const refreshed = await rpc.read(readReq(type, name, id, outs, inputs));
  expect(refreshed.getId()).toBe(id);
  expect(secretPaths(js(refreshed.getProperties()))).toEqual(expect.arrayContaining(secretPaths(inputs)));
  const recheck = await rpc.check(checkReq(type, name, row.news(), inputs));
  expect(js(recheck.getInputs())).toEqual(inputs);
  await expectNoDiff(id, js(refreshed.getProperties()), inputs, js(refreshed.getInputs()));

  // In-place change: Diff says UPDATE and no replacement, Update(preview) changes nothing, Update(real) does.
  let state = outs;
  let current = inputs;
  if (row.inPlace) {
    const { key, kind } = row.inPlace;
    const { news, diff } = await checkAndDiff(id, state, inputs, row.inPlace.change(row.news()));
    expect(diff.getChanges()).toBe(SOME);
    expect(diff.getDiffsList()).toEqual([key]);
    expect(detailed(diff)).toEqual({ [key]: expect.stringMatching(kind) });
    expect([diff.getReplacesList(), diff.getDeletebeforereplace()]).toEqual([[], false]);
    const previewed = js((await rpc.update(updateReq(type, name, id, state, news, true))).getProperties());
    expect(previewed[key]).toEqual(news[key]);
    expect(js((await rpc.read(readReq(type, name, id, state, inputs))).getProperties())[key]).toEqual(state[key]);
    const updated = await rpc.update(updateReq(type, name, id, state, news, false));
    state = js(updated.getProperties());
    expect(state[key]).toEqual(news[key]);
    expect(hasUnknown(state)).toBe(false);
    expect(secretPaths(state)).toEqual(expect.arrayContaining(secretPaths(news)));
    // The next `up` diffs the stored outputs against the same program. (No Read here: the engine sends none after
    // an Update, and a Read would open a new server-listing window that hides the drift made below.)
    await expectNoDiff(id, state, news, news);
    current = news;
  }

  // Replacing changes: `replaces` names the key, the kind is *_REPLACE, and only a keypair is deleted first.
  for (const { change, key, kind } of row.replaces) {
    const { diff } = await checkAndDiff(
      id,
      state,
      current,
      change(row.inPlace ? row.inPlace.change(row.news()) : row.news()),
    );
    expect(diff.getChanges()).toBe(SOME);
    expect(diff.getReplacesList()).toEqual([key]);
    expect(diff.getDiffsList()).toContain(key);
    const kinds = detailed(diff);
    expect(Object.keys(kinds).some((p) => p === key || p.startsWith(`${key}.`) || p.startsWith(`${key}[`))).toBe(true);
    for (const [p, k] of Object.entries(kinds))
      if (p === key || p.startsWith(key)) expect([p, k]).toEqual([p, expect.stringMatching(kind)]);
    expect(diff.getDeletebeforereplace()).toBe(name === 'Keypair');
  }

  // Out-of-band change through the cloud's API: refresh reports it (or reports the resource gone).
  const drift = await row.drift(id, state);
  const drifted = await rpc.read(readReq(type, name, id, state, current));
  if (drift.expect) {
    expect(drifted.getId()).toBe(id);
    const props = js(drifted.getProperties());
    drift.expect(props, js(drifted.getInputs()));
    // The in-place Update reached the cloud (what refresh reads is the updated value), unless the drift undid it.
    if (row.inPlace && !drift.revertsInPlace) expect(props[row.inPlace.key]).toEqual(current[row.inPlace.key]);
    // The next `up` wants the program's values back (or, when only outputs drifted, has nothing to do).
    const back = await rpc.diff(diffReq(type, name, id, props, current, js(drifted.getInputs())));
    expect(back.getChanges()).toBe(drift.outputsOnly ? NONE : SOME);
  } else {
    expect([drifted.getId(), drifted.hasProperties()]).toEqual(['', false]);
  }

  // Import: Read with the id only returns inputs that Check accepts and that Diff finds clean.
  const importId = drift.importId ?? id;
  const imported = await rpc.read(readReq(type, name, importId));
  expect(imported.getId()).toBe(importId);
  const importedInputs = js(imported.getInputs());
  const reChecked = await rpc.check(checkReq(type, name, importedInputs, importedInputs));
  expect(failuresOf(reChecked)).toEqual([]);
  await expectNoDiff(importId, js(imported.getProperties()), js(reChecked.getInputs()), importedInputs);

  // Delete, and again on a resource that is gone (success); refresh then drops it.
  const count0 = await row.count();
  await rpc.delete(deleteReq(type, name, importId, js(imported.getProperties())));
  await rpc.delete(deleteReq(type, name, importId, js(imported.getProperties())));
  expect(await row.count()).toBe(count0 - 1);
  const gone = await rpc.read(readReq(type, name, importId, js(imported.getProperties()), importedInputs));
  expect([gone.getId(), gone.hasProperties()]).toEqual(['', false]);

  // Bad input: a failure naming the property with its Pulumi name, and the rule.
  const bad = await rpc.check(checkReq(type, name, row.bad.news));
  const failures = bad.getFailuresList().map((f) => [f.getProperty(), f.getReason()]);
  expect(failures).toContainEqual([row.bad.property, expect.stringMatching(row.bad.reason)]);
});

// A create whose wait fails still hands the engine the id (ErrorResourceInitFailed), so nothing is orphaned: the
// polls after the POST answer 500 (the provider is configured with maxRetries 0).
// Keypairs and server groups exist, finished, once their POST answers: there is no wait to fail.
test.each(ROWS.filter((r) => r.waitPath).map((r) => [r.type, r] as const))(
  '%s: a create whose wait fails still returns the id',
  async (name, row) => {
    const type = `novaform:index:${name}`;
    const inputs = js(
      (
        await s.plugin.rpc.check(checkReq(type, 'waitfail', row.inPlace ? row.inPlace.change(row.news()) : row.news()))
      ).getInputs(),
    );
    const before = await row.count();
    const fault = await admin.post('/_novaform/faults', {
      method: 'GET',
      path: row.waitPath!,
      status: 500,
      message: 'injected: the poll fails',
    });
    expect(fault.status).toBe(201);
    let err: ServiceError | null;
    try {
      err = await s.plugin.rpc.create(createReq(type, 'waitfail', inputs, false, 2)).then(
        () => null,
        (e: ServiceError) => e,
      );
    } finally {
      expect((await admin.delete(`/_novaform/faults/${fault.body.fault.id}`)).status).toBe(204);
    }
    expect(err).not.toBeNull();
    const details = Status.deserializeBinary(
      err!.metadata.get('grpc-status-details-bin')[0] as Buffer,
    ).getDetailsList();
    expect(details.map((d) => d.getTypeUrl())).toEqual(['type.googleapis.com/pulumirpc.ErrorResourceInitFailed']);
    const init = details[0].unpack(deserializeInitFailed, 'pulumirpc.ErrorResourceInitFailed')!;
    expect(init.getId()).not.toBe('');
    expect(init.getReasonsList().join(' ')).toMatch(/: 500 |timed out/);
    expect(secretPaths(js(init.getProperties()))).toEqual(expect.arrayContaining(secretPaths(inputs)));
    expect(await row.count()).toBe(before + 1); // it exists, and the engine keeps it with that id
    // The next refresh finds it by that id, and deleting it works.
    expect(
      (await s.plugin.rpc.read(readReq(type, 'waitfail', init.getId(), js(init.getProperties()), inputs))).getId(),
    ).toBe(init.getId());
    await s.plugin.rpc.delete(deleteReq(type, 'waitfail', init.getId(), js(init.getProperties())));
    expect(await row.count()).toBe(before);
  },
);

test('ContainerGroup import with a config-file volume: contents never returned, Check names that field', async () => {
  const type = 'novaform:index:ContainerGroup';
  const { id, outs } = await checkAndCreate(s.plugin, type, 'cfg', {
    ...SEED_003_PULUMI,
    containerGroupName: 'matrix-cfg',
  });
  const imported = await s.plugin.rpc.read(readReq(type, 'cfg', id));
  expect((js(imported.getInputs()).volumes as Js[])[0]).toEqual({ name: 'test-volume', type: 'ConfigFileVolume' });
  // The engine shows these as warnings on `pulumi import`; the program has to supply the contents.
  const checked = await s.plugin.rpc.check(checkReq(type, 'cfg', js(imported.getInputs()), js(imported.getInputs())));
  expect(checked.getFailuresList().map((f) => [f.getProperty(), f.getReason()])).toEqual([
    ['volumes[0].configFileVolume', 'volumes[0].configFileVolume is required when type is ConfigFileVolume'],
  ]);
  await s.plugin.rpc.delete(deleteReq(type, 'cfg', id, outs));
});
