// Every resource through the plugin over gRPC, in the engine's order (Check → Create(preview, real) → Read →
// Diff → Update → Delete), against the served engine: in-place and replacing diffs with their detailed kinds,
// refresh with drift, import, a build that fails after the server got its id (ErrorResourceInitFailed), nested
// secrets, and the lookups as invokes.
import { status, type ServiceError } from '@grpc/grpc-js';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import { Status } from '@pulumi/pulumi/proto/status_pb';
import { CIRROS, login, PRIVATE_NET, type Client } from '../../helpers/http';
import { SEED_003_PULUMI } from '../../helpers/eci';
import {
  checkAndCreate,
  checkReq,
  fakeEngine,
  createReq,
  deleteReq,
  detailed,
  diffReq,
  isSecret,
  js,
  readReq,
  secret,
  servedPlugin,
  struct,
  UNKNOWN,
  updateReq,
  type Js,
  type Setup,
  deserializeInitFailed,
} from './harness';

const SERVER = 'novaform:index:Server';
let s: Setup;
let engine: Awaited<ReturnType<typeof fakeEngine>>;
let admin: Client;
let demo: Client;

beforeAll(async () => {
  engine = await fakeEngine();
  s = await servedPlugin(engine.address);
  [admin, demo] = await Promise.all([login(s.served.url, 'admin'), login(s.served.url, 'demo')]);
});
afterAll(async () => {
  // Unset when a beforeAll failed part-way.
  await (s as Setup | undefined)?.close();
  (engine as Awaited<ReturnType<typeof fakeEngine>> | undefined)?.close();
});

const SOME = pb.DiffResponse.DiffChanges.DIFF_SOME;
const NONE = pb.DiffResponse.DiffChanges.DIFF_NONE;
/** `pulumi import` of an existing resource: Read by id → Check of the read inputs → Diff, which must be empty. */
async function expectImportable(type: string, id: string): Promise<void> {
  const imported = await s.plugin.rpc.read(readReq(type, 'imported', id));
  expect(imported.getId()).toBe(id);
  const checked = await s.plugin.rpc.check(
    checkReq(type, 'imported', js(imported.getInputs()), js(imported.getInputs())),
  );
  expect(checked.getFailuresList().map((f) => f.getReason())).toEqual([]);
  const d = await s.plugin.rpc.diff(
    diffReq(type, 'imported', id, js(imported.getProperties()), js(checked.getInputs()), js(imported.getInputs())),
  );
  expect([type, detailed(d)]).toEqual([type, {}]);
}

const webInputs = (name: string): Js => ({
  name,
  imageId: CIRROS,
  flavorName: 'm1.tiny',
  networks: [{ uuid: PRIVATE_NET }],
  metadata: { role: 'web' },
  adminPass: secret('S3cret-pw'),
});

describe('Server', () => {
  test('Check names every problem with Pulumi names and rules', async () => {
    const res = await s.plugin.rpc.check(
      checkReq(SERVER, 'bad', {
        name: 'bad',
        networks: [{}],
        blockDevices: [{ sourceType: 'blank', bootIndex: 0 }],
      }),
    );
    const failures = res.getFailuresList().map((f) => [f.getProperty(), f.getReason()]);
    expect(failures).toEqual(
      expect.arrayContaining([
        ['flavorId', expect.stringMatching(/^flavorId one of flavorId, flavorName is required/)],
        ['networks[0]', 'networks[0] needs one of uuid, name or port'],
        ['blockDevices[0].volumeSize', expect.stringMatching(/^blockDevices\[0\]\.volumeSize is required/)],
      ]),
    );
  });

  test('create → read → no diff → in-place update → replacing diff → refresh (drift) → import → delete', async () => {
    const { id, inputs, outs, preview } = await checkAndCreate(s.plugin, SERVER, 'web', webInputs('pulumi-web'));
    expect(preview).toMatchObject({ name: 'pulumi-web', status: UNKNOWN });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(outs).toMatchObject({
      name: 'pulumi-web',
      status: 'ACTIVE',
      imageId: CIRROS,
      adminPass: secret('S3cret-pw'),
      metadata: { role: 'web' },
    });
    expect(outs.networks).toEqual([expect.objectContaining({ uuid: PRIVATE_NET, mac: expect.any(String) })]);

    const read = await s.plugin.rpc.read(readReq(SERVER, 'web', id, outs, inputs));
    expect(js(read.getProperties())).toMatchObject({ status: 'ACTIVE', adminPass: secret('S3cret-pw') });
    const same = await s.plugin.rpc.diff(diffReq(SERVER, 'web', id, js(read.getProperties()), inputs, inputs));
    expect([same.getChanges(), detailed(same)]).toEqual([NONE, {}]);

    const moved = { ...inputs, metadata: { role: 'api' } };
    const inPlace = await s.plugin.rpc.diff(diffReq(SERVER, 'web', id, outs, moved, inputs));
    expect(inPlace.getChanges()).toBe(SOME);
    expect(inPlace.getDiffsList()).toEqual(['metadata']);
    expect(inPlace.getReplacesList()).toEqual([]);
    expect(Object.values(detailed(inPlace)).every((k) => !k.endsWith('REPLACE'))).toBe(true);
    const previewed = await s.plugin.rpc.update(updateReq(SERVER, 'web', id, outs, moved, true));
    expect(js(previewed.getProperties()).metadata).toEqual({ role: 'api' });
    // Preview changed nothing.
    expect((await demo.get(`/v2.1/servers/${id}/metadata`)).body.metadata).toEqual({ role: 'web' });
    const updated = js((await s.plugin.rpc.update(updateReq(SERVER, 'web', id, outs, moved, false))).getProperties());
    expect(updated.metadata).toEqual({ role: 'api' });
    expect((await demo.get(`/v2.1/servers/${id}/metadata`)).body.metadata).toEqual({ role: 'api' });

    const rekeyed = await s.plugin.rpc.diff(diffReq(SERVER, 'web', id, updated, { ...moved, keyPair: 'other' }, moved));
    expect(rekeyed.getReplacesList()).toEqual(['keyPair']);
    expect(detailed(rekeyed)).toEqual({ keyPair: 'ADD_REPLACE' });
    expect(rekeyed.getDeletebeforereplace()).toBe(false);

    const { metadata: _dropped, ...withoutMeta } = moved;
    const dropped = await s.plugin.rpc.diff(diffReq(SERVER, 'web', id, updated, withoutMeta, moved));
    expect([dropped.getDiffsList(), Object.values(detailed(dropped))]).toEqual([
      ['metadata'],
      [expect.stringMatching(/^DELETE$/)],
    ]);

    // Preview with values not known yet: an unknown replace key replaces, an unknown in-place key updates.
    const unknownKey = await s.plugin.rpc.diff(
      diffReq(SERVER, 'web', id, updated, { ...moved, keyPair: UNKNOWN }, moved),
    );
    expect(unknownKey.getReplacesList()).toEqual(['keyPair']);
    const unknownMeta = await s.plugin.rpc.diff(
      diffReq(SERVER, 'web', id, updated, { ...moved, metadata: UNKNOWN }, moved),
    );
    expect([unknownMeta.getChanges(), unknownMeta.getDiffsList(), unknownMeta.getReplacesList()]).toEqual([
      SOME,
      ['metadata'],
      [],
    ]);
    const unknownPreview = js(
      (
        await s.plugin.rpc.update(updateReq(SERVER, 'web', id, updated, { ...moved, metadata: UNKNOWN }, true))
      ).getProperties(),
    );
    expect(unknownPreview.metadata).toBe(UNKNOWN);

    // Drift: someone else edits the metadata; refresh shows it and the next diff wants it back.
    await demo.put(`/v2.1/servers/${id}/metadata`, { metadata: { role: 'hacked' } });
    const refreshed = await s.plugin.rpc.read(readReq(SERVER, 'web', id, updated, moved));
    expect(js(refreshed.getProperties()).metadata).toEqual({ role: 'hacked' });
    expect(js(refreshed.getInputs()).metadata).toEqual({ role: 'hacked' });
    const back = await s.plugin.rpc.diff(
      diffReq(SERVER, 'web', id, js(refreshed.getProperties()), moved, js(refreshed.getInputs())),
    );
    expect([back.getChanges(), back.getDiffsList()]).toEqual([SOME, ['metadata']]);

    const imported = await s.plugin.rpc.read(readReq(SERVER, 'web', id));
    expect(imported.getId()).toBe(id);
    expect(js(imported.getInputs())).toMatchObject({
      name: 'pulumi-web',
      imageId: CIRROS,
      networks: [expect.objectContaining({ uuid: PRIVATE_NET })],
    });
    // `pulumi import` checks the read inputs as the resource's configuration: they must pass and diff clean.
    const reChecked = await s.plugin.rpc.check(
      checkReq(SERVER, 'web', js(imported.getInputs()), js(imported.getInputs())),
    );
    expect(reChecked.getFailuresList().map((f) => f.getReason())).toEqual([]);
    const afterImport = await s.plugin.rpc.diff(
      diffReq(SERVER, 'web', id, js(imported.getProperties()), js(reChecked.getInputs()), js(imported.getInputs())),
    );
    expect([afterImport.getChanges(), detailed(afterImport)]).toEqual([NONE, {}]);

    await s.plugin.rpc.delete(deleteReq(SERVER, 'web', id, updated));
    const gone = await s.plugin.rpc.read(readReq(SERVER, 'web', id, updated, moved));
    expect(gone.getId()).toBe('');
  });

  test('a build that fails after the server got its id returns ErrorResourceInitFailed with the id', async () => {
    const res = await admin.post('/_novaform/fail-next-build', { message: 'No valid host was found (test)', count: 1 });
    expect(res.status).toBe(202);
    const inputs = js((await s.plugin.rpc.check(checkReq(SERVER, 'doomed', webInputs('pulumi-doomed')))).getInputs());
    const err = await s.plugin.rpc.create(createReq(SERVER, 'doomed', inputs, false, 60)).then(
      () => null,
      (e: ServiceError) => e,
    );
    expect(err).not.toBeNull();
    expect(err!.details).toContain('did not become ready');
    const bin = err!.metadata.get('grpc-status-details-bin')[0] as Buffer;
    const detail = Status.deserializeBinary(bin).getDetailsList()[0];
    expect(detail.getTypeUrl()).toBe('type.googleapis.com/pulumirpc.ErrorResourceInitFailed');
    const init = detail.unpack(deserializeInitFailed, 'pulumirpc.ErrorResourceInitFailed')!;
    expect(init.getId()).toMatch(/^[0-9a-f-]{36}$/);
    expect(js(init.getProperties())).toMatchObject({
      name: 'pulumi-doomed',
      status: 'ERROR',
      adminPass: secret('S3cret-pw'),
    });
    expect(init.getReasonsList()[0]).toContain('No valid host was found (test)');
    expect((await demo.get(`/v2.1/servers/${init.getId()}`)).status).toBe(200); // it exists: the engine keeps its id
    expect(engine.logs).toContainEqual({
      severity: 2,
      urn: expect.stringContaining('::doomed'),
      message: expect.stringContaining(`it stays in the stack as ${init.getId()}`),
    });
    await s.plugin.rpc.delete(deleteReq(SERVER, 'doomed', init.getId(), js(init.getProperties())));
  });

  test('the Create timeout bounds the wait: a slow build is kept with its id once the timeout passes', async () => {
    expect((await admin.put('/_novaform/durations', { durations: { build: 600_000 } })).status).toBe(200);
    try {
      const inputs = js((await s.plugin.rpc.check(checkReq(SERVER, 'slow', webInputs('pulumi-slow')))).getInputs());
      const t0 = Date.now();
      const err = await s.plugin.rpc.create(createReq(SERVER, 'slow', inputs, false, 1)).then(
        () => null,
        (e: ServiceError) => e,
      );
      expect(Date.now() - t0).toBeLessThan(10_000);
      const detail = Status.deserializeBinary(
        err!.metadata.get('grpc-status-details-bin')[0] as Buffer,
      ).getDetailsList()[0];
      const init = detail.unpack(deserializeInitFailed, 'pulumirpc.ErrorResourceInitFailed')!;
      expect(init.getReasonsList()[0]).toMatch(/timed out after 1000 ms/);
      expect(js(init.getProperties())).toMatchObject({ status: 'BUILD' });
      await s.plugin.rpc.delete(deleteReq(SERVER, 'slow', init.getId(), js(init.getProperties())));
    } finally {
      await admin.put('/_novaform/durations', { durations: { build: 0 } });
    }
  });
});

describe('server group, volume and attachments', () => {
  test('anti-affinity group: every change replaces', async () => {
    const { id, outs } = await checkAndCreate(s.plugin, 'novaform:index:ServerGroup', 'g', {
      name: 'pulumi-g',
      policies: ['anti-affinity'],
    });
    expect(outs).toMatchObject({ name: 'pulumi-g', policies: ['anti-affinity'], members: [] });
    await expectImportable('novaform:index:ServerGroup', id);
    const d = await s.plugin.rpc.diff(
      diffReq('novaform:index:ServerGroup', 'g', id, outs, { name: 'pulumi-g', policies: ['affinity'] }),
    );
    expect(d.getReplacesList()).toEqual(['policies']);
    expect(Object.values(detailed(d)).every((k) => k.endsWith('_REPLACE'))).toBe(true);
    await s.plugin.rpc.delete(deleteReq('novaform:index:ServerGroup', 'g', id, outs));
  });

  test('volume attached to a server, with an in-place attachment change, and a second NIC', async () => {
    const server = await checkAndCreate(s.plugin, SERVER, 'host', webInputs('pulumi-host'));
    const vol = await checkAndCreate(s.plugin, 'novaform:index:Volume', 'data', { name: 'pulumi-data', size: 1 });
    expect(vol.outs).toMatchObject({ size: 1, status: 'available' });
    const VA = 'novaform:index:VolumeAttachment';
    const att = await checkAndCreate(s.plugin, VA, 'att', { instanceId: server.id, volumeId: vol.id });
    expect(att.preview.attachedDevice).toBe(UNKNOWN);
    expect(att.outs).toMatchObject({
      instanceId: server.id,
      volumeId: vol.id,
      attachedDevice: expect.stringMatching(/^\/dev\//),
    });
    const flip = { ...att.inputs, deleteOnTermination: true };
    const d = await s.plugin.rpc.diff(diffReq(VA, 'att', att.id, att.outs, flip, att.inputs));
    expect(detailed(d)).toEqual({ deleteOnTermination: 'UPDATE' });
    const updated = js(
      (await s.plugin.rpc.update(updateReq(VA, 'att', att.id, att.outs, flip, false))).getProperties(),
    );
    expect(updated.deleteOnTermination).toBe(true);
    const moved = await s.plugin.rpc.diff(diffReq(VA, 'att', att.id, updated, { ...flip, volumeId: server.id }, flip));
    expect(moved.getReplacesList()).toEqual(['volumeId']);

    const IA = 'novaform:index:InterfaceAttachment';
    const nic = await checkAndCreate(s.plugin, IA, 'nic', { instanceId: server.id, networkId: PRIVATE_NET });
    expect(nic.outs).toMatchObject({
      instanceId: server.id,
      networkId: PRIVATE_NET,
      portId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      mac: expect.any(String),
    });
    const nics = (await demo.get(`/v2.1/servers/${server.id}/os-interface`)).body.interfaceAttachments as {
      port_id: string;
    }[];
    expect(nics.map((a) => a.port_id)).toContain(nic.outs.portId);
    expect(nics).toHaveLength(2);

    for (const [type, id] of [
      ['novaform:index:Volume', vol.id],
      [VA, att.id],
      [IA, nic.id],
    ])
      await expectImportable(type, id);
    await s.plugin.rpc.delete(deleteReq(IA, 'nic', nic.id, nic.outs));
    await s.plugin.rpc.delete(deleteReq(VA, 'att', att.id, updated));
    await s.plugin.rpc.delete(deleteReq('novaform:index:Volume', 'data', vol.id, vol.outs));
    await s.plugin.rpc.delete(deleteReq(SERVER, 'host', server.id, server.outs));
  });
});

describe('ContainerGroup', () => {
  const CG = 'novaform:index:ContainerGroup';
  test(
    'nested blocks round-trip with Pulumi names; a nested registry password stays secret; ' +
      'containers update in place',
    async () => {
      const news = {
        ...SEED_003_PULUMI,
        containerGroupName: 'pulumi-cg',
        imageRegistryCredentials: [{ server: 'registry.example', userName: 'ci', password: secret('reg-pw') }],
      };
      const { id, inputs, outs } = await checkAndCreate(s.plugin, CG, 'cg', news);
      expect(id).toMatch(/^eci-/);
      expect(outs).toMatchObject({
        containerGroupName: 'pulumi-cg',
        containers: [
          expect.objectContaining({
            name: 'test',
            image: 'nginx:latest',
            readinessProbe: expect.objectContaining({ exec: { command: ['curl', 'localhost:80'] } }),
          }),
        ],
      });
      expect((outs.imageRegistryCredentials as Js[])[0]).toEqual({
        server: 'registry.example',
        userName: 'ci',
        password: secret('reg-pw'),
      });
      expect(
        isSecret(
          (
            js(
              (
                await s.plugin.rpc.check(
                  checkReq(CG, 'cg', {
                    ...news,
                    imageRegistryCredentials: [{ server: 'r', userName: 'u', password: 'plain' }],
                  }),
                )
              ).getInputs(),
            ).imageRegistryCredentials as Js[]
          )[0].password,
        ),
      ).toBe(true);

      // Import reads what the API returns; config-file contents and registry passwords are not returned.
      const imported = js((await s.plugin.rpc.read(readReq(CG, 'imported', id))).getInputs());
      expect(imported).toMatchObject({
        containerGroupName: 'pulumi-cg',
        vpcId: 'vpc-ctt6yag121',
        containers: [expect.objectContaining({ name: 'test', image: 'nginx:latest' })],
      });
      const same = await s.plugin.rpc.diff(diffReq(CG, 'cg', id, outs, inputs, inputs));
      expect(same.getChanges()).toBe(NONE);
      const containers = (inputs.containers as Js[]).map((c) => ({ ...c, image: 'nginx:1.27' }));
      const d = await s.plugin.rpc.diff(diffReq(CG, 'cg', id, outs, { ...inputs, containers }, inputs));
      expect([d.getChanges(), d.getDiffsList(), d.getReplacesList()]).toEqual([SOME, ['containers'], []]);
      expect(Object.keys(detailed(d))).toEqual([expect.stringMatching(/^containers/)]);
      const renamed = await s.plugin.rpc.diff(diffReq(CG, 'cg', id, outs, { ...inputs, vpcId: 'vpc-other' }, inputs));
      expect(renamed.getReplacesList()).toEqual(['vpcId']);
      await s.plugin.rpc.delete(deleteReq(CG, 'cg', id, outs));
    },
  );
});

describe('lookups (Invoke)', () => {
  test('getFlavor, getImage and getNetwork by name', async () => {
    const invoke = async (tok: string, args: Js) =>
      js((await s.plugin.rpc.invoke(new pb.InvokeRequest().setTok(tok).setArgs(struct(args)))).getReturn());
    expect(await invoke('novaform:index:getFlavor', { name: 'm1.small' })).toMatchObject({
      flavorId: '2',
      vcpus: 1,
      ram: 2048,
    });
    expect(await invoke('novaform:index:getImage', { name: 'cirros-0.6.2-x86_64-disk' })).toMatchObject({
      imageId: CIRROS,
    });
    expect(await invoke('novaform:index:getNetwork', { name: 'private' })).toMatchObject({ networkId: PRIVATE_NET });
    const bad = await s.plugin.rpc.invoke(
      new pb.InvokeRequest().setTok('novaform:index:getFlavor').setArgs(struct({ vcpus: 0 })),
    );
    expect(bad.getFailuresList().map((f) => f.getProperty())).toEqual(['vcpus']);
    await expect(
      s.plugin.rpc.invoke(
        new pb.InvokeRequest().setTok('novaform:index:getFlavor').setArgs(struct({ minRam: 1_000_000 })),
      ),
    ).rejects.toMatchObject({ code: status.NOT_FOUND, details: 'no flavor matches minRam = 1000000' });
    await expect(
      s.plugin.rpc.invoke(new pb.InvokeRequest().setTok('novaform:index:getNope').setArgs(struct({}))),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });
});
