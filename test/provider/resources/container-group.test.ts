// ContainerGroup (CTyun ECI) through the engine's real HTTP API, with both ways of authenticating ECI
// calls (Keystone token; EOP signature with the demo user's access key): create → Running, read, in-place
// update vs replacement, drift, import, delete, adoption by idempotency token, failures that keep the id,
// validation before anything is sent, and the registry password kept out of errors and logs.
import fs from 'node:fs';
import { ManualClock, SEED_PASSWORDS, seedAccessKey, startEngine, type RunningEngine } from '../../../engine';
import { connect, type Connection } from '../../../provider/client/connection';
import { tokenForUrn, canonicalJson } from '../../../provider/client/idempotency';
import { containerGroup as cg } from '../../../provider/resources/container-group';
import { createBody, toApi, UNREAD_REPLACE_ONLY } from '../../../provider/resources/container-group-body';
import { PartialApplyError } from '../../../provider/resources/types';
import { containerGroupSchema as schema, TOKEN_TAG } from '../../../provider/schema/container-group';
import { wireName, type Block, type Fields } from '../../../provider/schema/dsl';
import { ValidationError } from '../../../provider/schema/validate';
import { sensitivePaths, UNKNOWN, type Obj } from '../../../provider/schema/values';
import { login, type Client } from '../../helpers/http';

const PASSWORD = 'Regi$try-Pa55word-never-shown';

/** Seed 003's example in the core's names, plus what the describe view never returns. */
const base = (name: string, extra: Obj = {}): Obj => ({
  container_group_name: name,
  cpu: 1,
  memory: 1,
  restart_policy: 'Never',
  vpc_id: 'vpc-ctt6yag121',
  v_switch_id: 'subnet-y9n723knrg',
  security_group_id: 'sg-5bvqyvrmch',
  az_info: [{ az_name: 'cn-huadong1-jsnj1A-public-ctcloud' }],
  dns_config: { nameservers: ['1.1.1.1'] },
  host_aliases: [{ ip: '127.0.0.1', hostnames: ['test'] }],
  tags: [{ key: 'hello', value: 'world' }],
  containers: [
    {
      name: 'test',
      cpu: 1,
      memory: 1,
      image: 'nginx:latest',
      image_pull_policy: 'IfNotPresent',
      environment_var: [{ key: 'hello', value: 'world' }],
      readiness_probe: {
        exec: { command: ['curl', 'localhost:80'] },
        initial_delay_seconds: 10,
        timeout_seconds: 10,
        period_seconds: 10,
        success_threshold: 1,
        failure_threshold: 1,
      },
      volume_mount: [{ name: 'test-volume', mount_path: '/test-volume' }],
    },
  ],
  volumes: [
    {
      name: 'test-volume',
      type: 'ConfigFileVolume',
      config_file_volume: { config_file_to_paths: [{ path: 'test/xxx.conf', content: 'd29vZHM=' }] },
    },
  ],
  ...extra,
});

let running: RunningEngine;
let admin: Client;
const logged: string[] = [];

const LOG_LEVEL = process.env.NOVAFORM_LOG_LEVEL;
beforeAll(async () => {
  process.env.NOVAFORM_LOG_LEVEL = 'debug';
  // The logger writes to fd 2 through sonic-boom; keep a copy of what it writes.
  for (const fn of ['writeSync', 'write'] as const) {
    const orig = fs[fn] as (...a: unknown[]) => unknown;
    jest.spyOn(fs, fn).mockImplementation(((...a: unknown[]) => {
      if (a[0] === 2) logged.push(String(a[1]));
      return orig.apply(fs, a);
    }) as never);
  }
  running = await startEngine({
    clock: new ManualClock(Date.now()),
    durations: { eci: 0, 'eci-delete': 0, 'eci-restart': 0 },
  });
  admin = await login(running.url, 'admin');
});
afterAll(async () => {
  jest.restoreAllMocks();
  if (LOG_LEVEL === undefined) delete process.env.NOVAFORM_LOG_LEVEL;
  else process.env.NOVAFORM_LOG_LEVEL = LOG_LEVEL;
  await running.close();
});

const demo = () => running.engine.callerFor('demo');
const groups = (tag?: string) => running.engine.eci.list(demo(), tag ? { tags: [{ key: TOKEN_TAG, value: tag }] } : {});
const live = (id: string) => running.engine.eci.get(demo(), id);

async function connection(mode: 'keystone' | 'eop', extra: Obj = {}): Promise<Connection> {
  const keys = seedAccessKey('demo');
  return connect({
    auth_url: running.authUrl,
    user_name: 'demo',
    password: SEED_PASSWORDS.demo,
    project_name: 'demo',
    user_domain_name: 'Default',
    project_domain_name: 'Default',
    poll_interval_ms: 5,
    ...(mode === 'eop' ? { eci_access_key: keys.ak, eci_secret_key: keys.sk } : {}),
    ...extra,
  });
}

/** Seed 003's request tables (createContainerGroup), field by field, and where each table lives in the schema. */
const SEED_003: [string, string, string[]][] = [
  [
    'body',
    '',
    [
      'containerGroupName',
      'cpu',
      'memory',
      'gpu',
      'alsInstanceId',
      'azInfo',
      'eip',
      'vpcId',
      'vSwitchId',
      'securityGroupId',
      'hostAliases',
      'containers',
      'initContainers',
      'restartPolicy',
      'ephemeralVolume',
      'flavorName',
      'hostName',
      'autoMatchImageCache',
      'imageCacheId',
      'dnsConfig',
      'tags',
      'imageRegistryCredential',
      'volumes',
      'iamRoleName',
      'securityContext',
      'dataCacheBucket',
      'epId',
      'cpuArchitecture',
    ],
  ],
  ['securityContext', 'security_context', ['sysctl']],
  ['sysctl', 'security_context.sysctl', ['name', 'value']],
  ['dnsConfig', 'dns_config', ['nameservers', 'searches', 'options']],
  ['option', 'dns_config.options', ['name', 'value']],
  ['tag', 'tags', ['key', 'value']],
  ['imageRegistryCredential', 'image_registry_credential', ['server', 'userName', 'password']],
  [
    'volume',
    'volumes',
    ['type', 'name', 'emptyDirVolume', 'configFileVolume', 'diskVolume', 'nasVolume', 'zosVolume', 'downwardAPIVolume'],
  ],
  ['emptyDirVolume', 'volumes.empty_dir_volume', ['medium', 'sizeLimit']],
  ['configFileVolume', 'volumes.config_file_volume', ['defaultMode', 'configFileToPaths']],
  ['configFileToPath', 'volumes.config_file_volume.config_file_to_paths', ['path', 'content', 'mode']],
  ['diskVolume', 'volumes.disk_volume', ['volumeHandle', 'fsType']],
  ['nasVolume', 'volumes.nas_volume', ['sourcePath', 'readOnly']],
  ['zosVolume', 'volumes.zos_volume', ['bucket', 'url', 'crendential', 'readOnly']],
  ['downwardAPIVolume', 'volumes.downward_api_volume', ['defaultMode', 'items']],
  ['item', 'volumes.downward_api_volume.items', ['mode', 'path', 'fieldRef']],
  ['fieldRef', 'volumes.downward_api_volume.items.field_ref', ['fieldPath']],
  ['azInfo', 'az_info', ['azName', 'azId']],
  ['eip', 'eip', ['eipInstanceId', 'autoCreateEip', 'eipBandwidth']],
  ['hostAliases', 'host_aliases', ['ip', 'hostnames']],
  [
    'container',
    'containers',
    [
      'name',
      'image',
      'imagePullPolicy',
      'cpu',
      'memory',
      'gpu',
      'command',
      'args',
      'ports',
      'environmentVar',
      'workingDir',
      'livenessProbe',
      'readinessProbe',
      'lifecyclePostStartHandlerExec',
      'lifecyclePreStopHandlerExec',
      'volumeMount',
    ],
  ],
  [
    'initContainer',
    'init_containers',
    [
      'name',
      'image',
      'imagePullPolicy',
      'cpu',
      'memory',
      'gpu',
      'command',
      'args',
      'ports',
      'environmentVar',
      'workingDir',
      'volumeMount',
    ],
  ],
  ['port', 'containers.ports', ['name', 'port', 'protocol']],
  ['environmentVar', 'containers.environment_var', ['key', 'value']],
  [
    'livenessProbe',
    'containers.liveness_probe',
    [
      'exec',
      'httpGet',
      'tcpSocket',
      'initialDelaySeconds',
      'timeoutSeconds',
      'periodSeconds',
      'successThreshold',
      'failureThreshold',
    ],
  ],
  [
    'readinessProbe',
    'containers.readiness_probe',
    [
      'exec',
      'httpGet',
      'tcpSocket',
      'initialDelaySeconds',
      'timeoutSeconds',
      'periodSeconds',
      'successThreshold',
      'failureThreshold',
    ],
  ],
  ['exec', 'containers.liveness_probe.exec', ['command']],
  ['httpGet', 'containers.liveness_probe.http_get', ['scheme', 'port', 'path']],
  ['tcpSocket', 'containers.liveness_probe.tcp_socket', ['port']],
  ['volumeMount', 'containers.volume_mount', ['name', 'mountPath', 'readOnly']],
];

test.each(SEED_003)(
  "seed 003 table %s: exactly its fields at %s, API (wire) names the seed's own",
  (_table, at, fields) => {
    const node = at
      .split('.')
      .filter(Boolean)
      .reduce<Fields>((f, name) => (f[name] as Block).fields, schema.fields);
    const inputs = Object.entries(node).filter(([, f]) => f.mode !== 'computed');
    expect(inputs.map(([name, f]) => wireName(name, f)).sort()).toEqual([...fields].sort());
    // the core name is the mechanical snake_case of the seed's name
    for (const [name, f] of inputs)
      expect(
        wireName(name, f)
          .replace(/API/g, 'Api')
          .replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
      ).toBe(name);
  },
);

test('secrets and the attributes an import cannot read', () => {
  expect(sensitivePaths(schema).sort()).toEqual([
    'image_registry_credential.password',
    'volumes.zos_volume.crendential',
  ]);
  for (const name of UNREAD_REPLACE_ONLY)
    expect(`${name}: ${schema.fields[name as keyof typeof schema.fields].change.how}`).toBe(`${name}: replace`);
});

describe.each([['keystone' as const], ['eop' as const]])('with %s authentication', (mode) => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await connection(mode);
  });
  afterAll(async () => {
    await conn.close();
  });
  const n = (s: string) => `${s}-${mode}`;

  test('create → Running; read and plan show no drift, even for what describe never returns', async () => {
    const config = base(n('web'), {
      eip: { auto_create_eip: true, eip_bandwidth: 5 },
      image_registry_credential: [{ server: 'registry.example.com', user_name: 'u', password: PASSWORD }],
      security_context: { sysctl: [{ name: 'kernel.msgmax', value: '65536' }] },
      host_name: 'web-host',
      ephemeral_volume: 40,
    });
    const plan = await cg.plan(conn, null, config);
    expect(plan.action).toBe('create');
    const state = await cg.create(conn, config);
    expect(state).toMatchObject({
      id: expect.stringMatching(/^eci-/),
      status: 'Running',
      intranet_ip: expect.stringMatching(/^10\.0\./),
      internet_ip: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
    });
    expect(state.container_states).toEqual([
      { name: 'test', state: 'Running', reason: '', exit_code: -1, ready: true, restart_count: 0, init: false },
    ]);
    expect(live(String(state.id)).status).toBe('Running');
    // Sent under the seed's name.
    expect(live(String(state.id)).spec.imageRegistryCredential?.[0].password).toBe(PASSWORD);
    const read = await cg.read(conn, state);
    expect(read).toEqual(state);
    expect((await cg.plan(conn, read, config)).action).toBe('noop');
    expect(JSON.stringify(read)).not.toContain(TOKEN_TAG); // the token tag is not the user's
    await cg.delete(conn, state);
  });

  test('in-place update of the updatable set: one updateContainerGroup, same id, token given up', async () => {
    const config = base(n('upd'));
    const state = await cg.create(conn, config);
    const tokenTag = live(String(state.id)).spec.tags?.find((t) => t.key === TOKEN_TAG);
    const changed = base(n('upd'), {
      tags: [{ key: 'hello', value: 'there' }],
      restart_policy: 'Always',
      dns_config: { nameservers: ['8.8.8.8'] },
      containers: [
        { ...(config.containers as Obj[])[0], image: 'nginx:1.27', environment_var: [{ key: 'hello', value: 'eci' }] },
      ],
    });
    const plan = await cg.plan(conn, state, changed);
    expect(plan.action).toBe('update');
    expect(plan.changes.every((c) => !c.replace)).toBe(true);
    expect(plan.changes.map((c) => c.path)).toEqual(
      expect.arrayContaining(['restart_policy', 'containers[0].image', 'tags', 'dns_config.nameservers']),
    );
    expect(plan.operations).toEqual([{ op: 'updateContainerGroup', detail: 'then wait for Running' }]);
    expect(plan.planned).toMatchObject({
      id: state.id,
      intranet_ip: state.intranet_ip,
      internet_ip: '',
      creation_time: state.creation_time,
      status: UNKNOWN,
      container_states: UNKNOWN,
    });
    const after = await cg.update(conn, state, changed);
    expect(after).toMatchObject({
      id: state.id,
      status: 'Running',
      restart_policy: 'Always',
      tags: [{ key: 'hello', value: 'there' }],
    });
    const g = live(String(state.id));
    expect(g.spec).toMatchObject({
      restartPolicy: 'Always',
      dnsConfig: { nameservers: ['8.8.8.8'] },
      containers: [expect.objectContaining({ image: 'nginx:1.27' })],
    });
    // The update proves the engine saved the group: the token goes (it was there until now).
    expect(tokenTag).toBeDefined();
    expect(g.spec.tags).toEqual([{ key: 'hello', value: 'there' }]);
    expect((await cg.plan(conn, await cg.read(conn, after), changed)).action).toBe('noop');
    // Removing what the prior state had clears it in the API.
    const cleared: Obj = { ...changed, dns_config: null, tags: null };
    const after2 = await cg.update(conn, after, cleared);
    expect(live(String(state.id)).spec.dnsConfig).toEqual({});
    expect(live(String(state.id)).spec.tags).toEqual([]);
    expect((await cg.plan(conn, await cg.read(conn, after2), cleared)).action).toBe('noop');
    // EIP, registry credentials and volumes are in the updatable set too.
    const more = {
      ...cleared,
      eip: { auto_create_eip: true },
      image_registry_credential: [{ server: 'registry.example.com', user_name: 'u', password: PASSWORD }],
      volumes: [
        ...(cleared.volumes as Obj[]),
        { name: 'scratch', type: 'EmptyDirVolume', empty_dir_volume: { medium: 'Memory', size_limit: 64 } },
      ],
    };
    const plan3 = await cg.plan(conn, after2, more);
    expect(plan3.action).toBe('update');
    expect(plan3.changes.map((c) => c.path).sort()).toEqual(['eip', 'image_registry_credential[0]', 'volumes[1]']);
    expect(plan3.planned.internet_ip).toBe(UNKNOWN);
    const after3 = await cg.update(conn, after2, more);
    expect(after3.internet_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(live(String(state.id)).spec).toMatchObject({
      imageRegistryCredential: [{ server: 'registry.example.com', password: PASSWORD }],
      volumes: [expect.anything(), { name: 'scratch', type: 'EmptyDirVolume' }],
    });
    expect((await cg.plan(conn, await cg.read(conn, after3), more)).action).toBe('noop');
    await cg.delete(conn, after3);
  });

  test('a group busy with another change is updated once it settles, not replaced', async () => {
    const config = base(n('busy'));
    const state = await cg.create(conn, config);
    const id = String(state.id);
    expect((await admin.put('/_novaform/durations', { durations: { eci: 1000 } })).status).toBe(200);
    try {
      running.engine.eci.update(demo(), id, { restartPolicy: 'OnFailure' });
      const busy = (await cg.read(conn, state))!;
      expect(busy.status).toBe('Updating');
      const changed = { ...config, restart_policy: 'Always' };
      expect((await cg.plan(conn, busy, changed)).action).toBe('update');
      let settled = false;
      const applying = cg.update(conn, busy, changed).finally(() => {
        settled = true;
      });
      await new Promise((r) => setTimeout(r, 100));
      expect(settled).toBe(false); // still waiting for Updating to end
      // Durations first: the update that follows the settling must not be slow too.
      await admin.put('/_novaform/durations', { durations: { eci: 0 } });
      expect((await admin.post('/_novaform/clock', { advance_ms: 1000 })).status).toBe(200);
      expect(await applying).toMatchObject({ id, status: 'Running', restart_policy: 'Always' });
    } finally {
      await admin.put('/_novaform/durations', { durations: { eci: 0 } });
    }
    await cg.delete(conn, state);
  });

  test('changes outside the updatable set plan a replacement, with the reason', async () => {
    const config = base(n('rep'));
    const state = await cg.create(conn, config);
    for (const [patch, path, reason] of [
      [{ host_name: 'other' }, 'host_name', /applies at create only/],
      [{ cpu: 2 }, 'cpu', /fixed when it is scheduled/],
      [{ container_group_name: n('rep2') }, 'container_group_name', /cannot rename/],
      [
        { containers: [{ ...(config.containers as Obj[])[0], name: 'renamed' }] },
        'containers[0].name',
        /renaming one recreates/,
      ],
      [{ init_containers: [{ name: 'init', image: 'busybox' }] }, 'init_containers', /does not change init containers/],
      [
        { security_context: { sysctl: [{ name: 'kernel.shmmax', value: '1' }] } },
        'security_context',
        /apply at create only/,
      ],
    ] as [Obj, string, RegExp][]) {
      const plan = await cg.plan(conn, state, { ...config, ...patch });
      expect(plan.action).toBe('replace');
      const change = plan.changes.find((c) => c.path === path);
      expect(change?.replace ?? `no replace for ${path}: ${JSON.stringify(plan.changes)}`).toMatch(reason);
    }
    await cg.delete(conn, state);
  });

  test('drift: a container exit and an out-of-band update show on read; a finished group is replaced', async () => {
    const config = base(n('drift'));
    const state = await cg.create(conn, config);
    const id = String(state.id);
    running.engine.eci.update(demo(), id, { containers: [{ ...live(id).spec.containers[0], image: 'nginx:evil' }] });
    const drifted = (await cg.read(conn, state))!;
    expect((drifted.containers as Obj[])[0].image).toBe('nginx:evil');
    const back = await cg.plan(conn, drifted, config);
    expect(back).toMatchObject({
      action: 'update',
      changes: [expect.objectContaining({ path: 'containers[0].image', before: 'nginx:evil', after: 'nginx:latest' })],
    });
    await cg.update(conn, drifted, config);
    const res = await admin.post(`/_novaform/eci/${id}/containers/test/exit`, { exitCode: 3 });
    expect(res.status).toBe(200);
    const exited = (await cg.read(conn, state))!;
    expect(exited.status).toBe('Failed');
    expect(exited.container_states).toEqual([
      expect.objectContaining({ name: 'test', state: 'Terminated', exit_code: 3, ready: false }),
    ]);
    expect((await cg.plan(conn, exited, config)).action).toBe('noop');
    const plan = await cg.plan(conn, exited, { ...config, restart_policy: 'Always' });
    expect(plan.action).toBe('replace');
    expect(plan.changes[0].replace).toMatch(
      /the group is Failed: updateContainerGroup works only while Pending or Running/,
    );
    await expect(cg.update(conn, exited, { ...config, restart_policy: 'Always' })).rejects.toThrow(/is Failed/);
    await cg.delete(conn, exited);
  });

  test('import by id; delete twice; read of a deleted group is null', async () => {
    const config = base(n('imp'));
    const state = await cg.create(conn, config);
    const imported = (await cg.import(conn, String(state.id)))!;
    expect(imported).toMatchObject({
      id: state.id,
      container_group_name: n('imp'),
      vpc_id: 'vpc-ctt6yag121',
      restart_policy: 'Never',
      status: 'Running',
      az_info: [{ az_name: 'cn-huadong1-jsnj1A-public-ctcloud' }],
    });
    expect((imported.containers as Obj[])[0]).toMatchObject({
      name: 'test',
      image: 'nginx:latest',
      environment_var: [{ key: 'hello', value: 'world' }],
    });
    expect(imported.unverified_attributes).toEqual(
      expect.arrayContaining(['host_aliases', 'security_context', 'host_name', 'init_containers']),
    );
    // What describe never returns is unknowable on import: only those differ from the configuration, and
    // none replaces the group — updatable ones are sent again, replace-only ones are taken from the configuration.
    const plan = await cg.plan(conn, imported, config);
    expect(plan.action).toBe('update');
    expect(plan.changes.map((c) => c.path).sort()).toEqual(
      [
        'containers[0].image_pull_policy',
        'containers[0].readiness_probe',
        'dns_config',
        'host_aliases[0]',
        'volumes[0].config_file_volume',
      ].sort(),
    );
    expect(plan.changes.filter((c) => c.replace)).toEqual([]);
    expect(plan.operations.map((o) => o.op)).toEqual(['updateContainerGroup']);
    // What is read still counts: another cpu replaces, after an import too.
    expect((await cg.plan(conn, imported, { ...config, cpu: 2 })).action).toBe('replace');
    const applied = await cg.update(conn, imported, config);
    expect(applied).toMatchObject({
      id: state.id,
      unverified_attributes: [],
      host_aliases: [{ ip: '127.0.0.1', hostnames: ['test'] }],
    });
    expect((await cg.plan(conn, await cg.read(conn, applied), config)).action).toBe('noop');
    expect(await cg.import(conn, 'eci-doesnotexist')).toBeNull();
    await cg.delete(conn, state);
    expect(groups().some((g) => g.id === state.id)).toBe(false);
    await expect(cg.delete(conn, state)).resolves.toBeUndefined();
    expect(await cg.read(conn, state)).toBeNull();
  });

  test('after an import, replace-only attributes the API never returns are adopted without any call', async () => {
    const config = base(n('adopt'), {
      dns_config: null,
      containers: [{ name: 'app', image: 'nginx' }],
      volumes: null,
      host_name: 'adopted',
      ephemeral_volume: 50,
      security_context: { sysctl: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }] },
    });
    const state = await cg.create(conn, config);
    const imported = (await cg.import(conn, String(state.id)))!;
    const plan = await cg.plan(conn, imported, config);
    expect(plan).toMatchObject({ action: 'update', operations: [] });
    expect(plan.changes.map((c) => c.path).sort()).toEqual([
      'ephemeral_volume',
      'host_aliases[0]',
      'host_name',
      'security_context',
    ]);
    const before = live(String(state.id)).updatedAt;
    const adopted = await cg.update(conn, imported, config);
    expect(live(String(state.id)).updatedAt).toBe(before); // nothing was sent
    expect(adopted).toMatchObject({ host_name: 'adopted', ephemeral_volume: 50, unverified_attributes: [] });
    expect((await cg.plan(conn, adopted, config)).action).toBe('noop');
    // Once adopted, a change to them replaces as usual.
    expect((await cg.plan(conn, adopted, { ...config, host_name: 'other' })).action).toBe('replace');
    await cg.delete(conn, adopted);
  });

  test('a create re-run after a crash (another process) adopts the group its token names', async () => {
    // Each re-run is a new provider process: it knows nothing of the creates before it.
    const reruns: Connection[] = [];
    const rerun = async () => {
      reruns.push(await connection(mode));
      return reruns[reruns.length - 1];
    };
    const urn = `urn:pulumi:dev::app::novaform:index:ContainerGroup::${n('idem')}`;
    const config = base(n('idem'));
    const first = await cg.create(conn, config, { urn }); // …and the result is lost
    const again = await cg.create(await rerun(), config, { urn });
    expect(again.id).toBe(first.id);
    expect(groups().filter((g) => g.name === n('idem'))).toHaveLength(1);
    // A crash right after the POST: the group exists, nobody recorded its id.
    const other = base(n('crash'));
    const token = tokenForUrn(`${urn}-crash\0${canonicalJson(toApi(schema.fields, other))}`);
    const made = await conn
      .eci()
      .call<{ containerGroupId: string }>('POST', '/containers/createContainerGroup', createBody(other, token));
    const adopted = await cg.create(conn, other, { urn: `${urn}-crash` });
    expect(adopted).toMatchObject({ id: made.containerGroupId, status: 'Running' });
    expect(groups(token)).toHaveLength(1);
    // Terraform (no URN): the same configuration gives the same token, another configuration a new group.
    const tf = await cg.create(conn, base(n('tf')));
    expect((await cg.create(await rerun(), base(n('tf')))).id).toBe(tf.id);
    // null is unset, as Terraform sends it
    expect((await cg.create(await rerun(), base(n('tf'), { host_name: null, eip: null }))).id).toBe(tf.id);
    const tf2 = await cg.create(await rerun(), base(n('tf'), { restart_policy: 'Always' }));
    expect(tf2.id).not.toBe(tf.id);
    // Within one process an identical create is a twin (count with one name): a group of its own.
    const twin = await cg.create(conn, base(n('tf')));
    expect(twin.id).not.toBe(tf.id);
    for (const s of [first, adopted, tf, tf2, twin]) await cg.delete(conn, s);
    for (const r of reruns) await r.close();
  });

  test('a start that fails keeps the id (PartialApplyError), with the reason and no password', async () => {
    const config = base(n('huge'), {
      cpu: 4096,
      memory: 4,
      containers: [{ name: 'big', image: 'nginx' }],
      volumes: null,
      image_registry_credential: [{ server: 'r.example.com', user_name: 'u', password: PASSWORD }],
    });
    const err = await cg.create(conn, config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialApplyError);
    const e = err as PartialApplyError;
    expect(e.message).toMatch(/ScheduleFailed/);
    expect(e.state).toMatchObject({ id: expect.stringMatching(/^eci-/), status: 'ScheduleFailed' });
    expect(live(String(e.state.id)).status).toBe('ScheduleFailed');
    expect(`${e.message} ${String(e.cause)}`).not.toContain(PASSWORD);
    // It never ran: the next plan replaces it even with nothing changed.
    const plan = await cg.plan(conn, await cg.read(conn, e.state), config);
    expect(plan.action).toBe('replace');
    expect(plan.changes).toEqual([
      expect.objectContaining({ path: 'status', replace: expect.stringMatching(/could not be scheduled/) }),
    ]);
    await cg.delete(conn, e.state);
  });
});

test('a wait that times out keeps the id too', async () => {
  const conn = await connection('keystone');
  const res = await admin.put('/_novaform/durations', { durations: { eci: 3_600_000 } });
  expect(res.status).toBe(200);
  try {
    const err = await cg.create(conn, base('slow'), { timeoutMs: 60 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialApplyError);
    expect((err as PartialApplyError).message).toMatch(/timed out/);
    expect((err as PartialApplyError).state).toMatchObject({
      id: expect.stringMatching(/^eci-/),
      status: 'Scheduling',
    });
    await cg.delete(conn, (err as PartialApplyError).state);
  } finally {
    await admin.put('/_novaform/durations', { durations: { eci: 0 } });
    await conn.close();
  }
});

test('EOP mode really signs: a wrong secret key is refused by the gateway', async () => {
  const conn = await connection('eop', { eci_secret_key: 'not-the-secret' });
  await expect(cg.read(conn, { id: 'eci-x' })).rejects.toThrow(/signature/);
  await conn.close();
});

describe('validation: every rule names the field; nothing is created', () => {
  const c0 = (base('v').containers as Obj[])[0];
  const rows: [string, Obj, string, RegExp][] = [
    ['name missing', { container_group_name: undefined }, 'container_group_name', /required/],
    ['name too long', { container_group_name: 'x'.repeat(129) }, 'container_group_name', /length/],
    ['restart policy', { restart_policy: 'Sometimes' }, 'restart_policy', /one of "Always", "OnFailure", "Never"/],
    ['no containers', { containers: [] }, 'containers', /length/],
    ['two AZs', { az_info: [{ az_name: 'a' }, { az_name: 'b' }] }, 'az_info', /length/],
    ['ephemeral volume', { ephemeral_volume: 10 }, 'ephemeral_volume', /greater or equal to 40/],
    ['cpu zero', { cpu: 0 }, 'cpu', /greater than 0/],
    [
      'eip bandwidth',
      { eip: { auto_create_eip: true, eip_bandwidth: 0 } },
      'eip.eip_bandwidth',
      /greater or equal to 1/,
    ],
    [
      'eip both',
      { eip: { auto_create_eip: true, eip_instance_id: 'eip-1' } },
      'eip.eip_instance_id',
      /conflicts with auto_create_eip/,
    ],
    ['eip bandwidth alone', { eip: { eip_bandwidth: 5 } }, 'eip.eip_bandwidth', /only with auto_create_eip/],
    ['container name', { containers: [{ ...c0, name: 'Bad_Name' }] }, 'containers[0].name', /must be string to match/],
    [
      'pull policy',
      { containers: [{ ...c0, image_pull_policy: 'Sometimes' }] },
      'containers[0].image_pull_policy',
      /one of/,
    ],
    [
      'port range',
      { containers: [{ ...c0, ports: [{ port: 70000, protocol: 'TCP' }] }] },
      'containers[0].ports[0].port',
      /less or equal to 65535/,
    ],
    [
      'port protocol',
      { containers: [{ ...c0, ports: [{ port: 80, protocol: 'SCTP' }] }] },
      'containers[0].ports[0].protocol',
      /one of "TCP", "UDP"/,
    ],
    [
      'mount path',
      { containers: [{ ...c0, volume_mount: [{ name: 'test-volume', mount_path: 'relative' }] }] },
      'containers[0].volume_mount[0].mount_path',
      /must be string to match '\^\/'/,
    ],
    [
      'mount of nothing',
      { containers: [{ ...c0, volume_mount: [{ name: 'nope', mount_path: '/x' }] }] },
      'containers[0].volume_mount[0].name',
      /no volume named "nope"/,
    ],
    ['duplicate containers', { containers: [c0, c0] }, 'containers[1].name', /duplicate container name "test"/],
    [
      'init clashes',
      { init_containers: [{ name: 'test', image: 'busybox' }] },
      'init_containers[0].name',
      /duplicate container name/,
    ],
    [
      'probe handlers',
      { containers: [{ ...c0, liveness_probe: { exec: { command: ['true'] }, tcp_socket: { port: 80 } } }] },
      'containers[0].liveness_probe',
      /exactly one of exec, http_get, tcp_socket/,
    ],
    [
      'probe scheme',
      { containers: [{ ...c0, readiness_probe: { http_get: { scheme: 'FTP', port: 80, path: '/' } } }] },
      'containers[0].readiness_probe.http_get.scheme',
      /one of/,
    ],
    [
      'probe threshold',
      { containers: [{ ...c0, readiness_probe: { tcp_socket: { port: 80 }, success_threshold: 0 } }] },
      'containers[0].readiness_probe.success_threshold',
      /greater or equal to 1/,
    ],
    ['volume type', { volumes: [{ name: 'test-volume', type: 'HostPath' }] }, 'volumes[0].type', /one of/],
    [
      'volume sub-block',
      { volumes: [{ name: 'test-volume', type: 'NasVolume' }] },
      'volumes[0].nas_volume',
      /required when type is NasVolume/,
    ],
    [
      'volume wrong sub-block',
      {
        volumes: [
          {
            name: 'test-volume',
            type: 'EmptyDirVolume',
            empty_dir_volume: { medium: '' },
            nas_volume: { source_path: 'x:/y' },
          },
        ],
      },
      'volumes[0].nas_volume',
      /must not be set when type is EmptyDirVolume/,
    ],
    [
      'duplicate volumes',
      {
        volumes: [
          { name: 'test-volume', type: 'EmptyDirVolume', empty_dir_volume: { medium: '' } },
          { name: 'test-volume', type: 'EmptyDirVolume', empty_dir_volume: { medium: '' } },
        ],
      },
      'volumes[1].name',
      /duplicate volume name/,
    ],
    [
      'medium',
      { volumes: [{ name: 'test-volume', type: 'EmptyDirVolume', empty_dir_volume: { medium: 'Disk' } }] },
      'volumes[0].empty_dir_volume.medium',
      /one of/,
    ],
    [
      'content base64',
      {
        volumes: [
          {
            name: 'test-volume',
            type: 'ConfigFileVolume',
            config_file_volume: { config_file_to_paths: [{ path: 'a', content: 'not base64!' }] },
          },
        ],
      },
      'volumes[0].config_file_volume.config_file_to_paths[0].content',
      /base64/,
    ],
    [
      'file mode',
      {
        volumes: [
          {
            name: 'test-volume',
            type: 'ConfigFileVolume',
            config_file_volume: { default_mode: '0999', config_file_to_paths: [{ path: 'a', content: 'YQ==' }] },
          },
        ],
      },
      'volumes[0].config_file_volume.default_mode',
      /must be string to match/,
    ],
    [
      'disk fs',
      { volumes: [{ name: 'test-volume', type: 'DiskVolume', disk_volume: { volume_handle: 'd', fs_type: 'ntfs' } }] },
      'volumes[0].disk_volume.fs_type',
      /one of "ext4", "xfs"/,
    ],
    [
      'zos credential',
      {
        volumes: [
          {
            name: 'test-volume',
            type: 'ZosVolume',
            zos_volume: { bucket: 'b', url: 'http://z', crendential: 'plain-text' },
          },
        ],
      },
      'volumes[0].zos_volume.crendential',
      /base64/,
    ],
    [
      'downward field',
      {
        volumes: [
          {
            name: 'test-volume',
            type: 'DownwardAPIVolume',
            downward_api_volume: { items: [{ path: 'n', field_ref: { field_path: 'spec.nodeName' } }] },
          },
        ],
      },
      'volumes[0].downward_api_volume.items[0].field_ref.field_path',
      /one of/,
    ],
    [
      'sysctl',
      { security_context: { sysctl: [{ name: 'vm.swappiness', value: '1' }] } },
      'security_context.sysctl[0].name',
      /not a namespaced sysctl/,
    ],
    ['host alias ip', { host_aliases: [{ ip: '1.2.3', hostnames: ['x'] }] }, 'host_aliases[0].ip', /IPv4/],
    [
      'too many tags',
      { tags: Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: 'v' })) },
      'tags',
      /at most 19 tags/,
    ],
    ['reserved tag', { tags: [{ key: TOKEN_TAG, value: 'x' }] }, 'tags[0].key', /reserved/],
    [
      'credential password',
      { image_registry_credential: [{ server: 's', user_name: 'u', password: '' }] },
      'image_registry_credential[0].password',
      /length/,
    ],
    [
      'duplicate registry',
      {
        image_registry_credential: [
          { server: 's', user_name: 'u', password: PASSWORD },
          { server: 's', user_name: 'v', password: PASSWORD },
        ],
      },
      'image_registry_credential[1].server',
      /duplicate registry/,
    ],
    ['architecture', { cpu_architecture: 'sparc' }, 'cpu_architecture', /one of/],
    ['unknown attribute', { flavor: 'x' }, 'flavor', /not an attribute/],
  ];
  let conn: Connection;
  beforeAll(async () => {
    conn = await connection('keystone');
  });
  afterAll(async () => {
    await conn.close();
  });

  test.each(rows)('%s', async (_what, patch, field, message) => {
    const config = base('invalid', {
      ...patch,
      image_registry_credential: patch.image_registry_credential ?? [
        { server: 'r', user_name: 'u', password: PASSWORD },
      ],
    });
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete config[k];
    const errors = cg.validate(config);
    expect(errors.find((e) => e.path === field)?.message ?? JSON.stringify(errors)).toMatch(message);
    const before = groups().length;
    const err = await cg.create(conn, config).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as Error).message).toContain(field);
    expect((err as Error).message).not.toContain(PASSWORD);
    expect(groups().length).toBe(before);
  });

  test('an API refusal (unknown VPC) names the field, creates nothing, does not echo the password', async () => {
    const before = groups().length;
    const err = await cg
      .create(
        conn,
        base('bad-vpc', {
          vpc_id: 'vpc-nope',
          image_registry_credential: [{ server: 'r', user_name: 'u', password: PASSWORD }],
        }),
      )
      .catch((e: unknown) => e);
    expect(String((err as Error).message)).toMatch(/vpcId: VPC vpc-nope does not exist/);
    expect(JSON.stringify({ m: (err as Error).message, b: (err as { body?: unknown }).body })).not.toContain(PASSWORD);
    expect(groups().length).toBe(before);
  });
});

test('the registry password never reached a log line', () => {
  expect(logged.join('').length).toBeGreaterThan(0); // the adoption above logged at info
  expect(logged.join('')).not.toContain(PASSWORD);
});
