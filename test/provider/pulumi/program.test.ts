// The example program (examples/pulumi-ts) deployed for real without the Pulumi CLI: a mock monitor stands in
// for the engine and forwards each registration to the plugin over gRPC (Check → Create) and each lookup to
// Invoke, against the served engine. Proves the example's inputs are valid and that everything it declares
// comes up: two servers on different hosts in the anti-affinity group, the volume attached, the extra NIC,
// and the container group.
import * as pulumi from '@pulumi/pulumi';
import * as pb from '@pulumi/pulumi/proto/provider_pb';
import { login, type Client } from '../../helpers/http';
import { checkAndCreate, isSecret, js, servedPlugin, struct, type Js, type Setup } from './harness';

type Program = typeof import('../../../examples/pulumi-ts/index');
let s: Setup;
let demo: Client;
let program: Program;
const created: { type: string; name: string; id: string; outs: Js }[] = [];

/** Outputs as a program sees them: secrets unwrapped (the engine would re-mark them). */
const plain = (v: unknown): unknown => {
  if (isSecret(v)) return plain(v.value);
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
};
const resolve = <T>(o: pulumi.Output<T>) =>
  new Promise<T>((r) =>
    o.apply((v) => {
      r(v);
      return v;
    }),
  );

beforeAll(async () => {
  s = await servedPlugin();
  demo = await login(s.served.url, 'demo');
  await pulumi.runtime.setMocks(
    {
      async newResource(args) {
        if (!args.type.startsWith('novaform:index:')) return { id: `${args.name}-id`, state: args.inputs };
        const r = await checkAndCreate(s.plugin, args.type, args.name, args.inputs);
        created.push({ type: args.type, name: args.name, id: r.id, outs: r.outs });
        return { id: r.id, state: plain(r.outs) as Js };
      },
      async call(args) {
        const res = await s.plugin.rpc.invoke(new pb.InvokeRequest().setTok(args.token).setArgs(struct(args.inputs)));
        const failures = res.getFailuresList().map((f) => f.getReason());
        if (failures.length) throw new Error(failures.join('; '));
        return js(res.getReturn());
      },
    },
    'novaform-pulumi-ts',
    'e2e',
    false,
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after setMocks, which it registers with
  program = require('../../../examples/pulumi-ts/index') as Program;
  await Promise.all(
    [
      ...program.serverIds,
      ...program.attachmentIds,
      program.volumeId,
      program.containerGroupId,
      program.keyFingerprint,
    ].map(resolve),
  );
}, 60_000);

afterAll(async () => {
  // Unset when a beforeAll failed part-way.
  await (s as Setup | undefined)?.close();
});

test('every resource of the example was created through the plugin', () => {
  expect(created.map((c) => c.type).sort()).toEqual([
    'novaform:index:ContainerGroup',
    'novaform:index:InterfaceAttachment',
    'novaform:index:Keypair',
    'novaform:index:Server',
    'novaform:index:Server',
    'novaform:index:ServerGroup',
    'novaform:index:Volume',
    'novaform:index:VolumeAttachment',
  ]);
  const key = created.find((c) => c.type === 'novaform:index:Keypair')!;
  expect(isSecret(key.outs.privateKey)).toBe(true);
});

test(
  'the two servers are ACTIVE on different hosts, members of the anti-affinity group, ' +
    'and the first has the volume and two NICs',
  async () => {
    const ids = await Promise.all(program.serverIds.map(resolve));
    const servers = await Promise.all(
      ids.map(async (id) => (await demo.at('2.96').get(`/v2.1/servers/${id}`)).body.server),
    );
    expect(servers.map((x) => x.status)).toEqual(['ACTIVE', 'ACTIVE']);
    expect(servers[0].hostId).not.toBe(servers[1].hostId);
    const group = created.find((c) => c.type === 'novaform:index:ServerGroup')!;
    expect(
      ((await demo.get(`/v2.1/os-server-groups/${group.id}`)).body.server_group.members as string[]).sort(),
    ).toEqual([...ids].sort());
    expect(servers[0]['os-extended-volumes:volumes_attached'].map((v: { id: string }) => v.id)).toEqual([
      await resolve(program.volumeId),
    ]);
    expect((await demo.get(`/v2.1/servers/${ids[0]}/os-interface`)).body.interfaceAttachments).toHaveLength(2);
  },
);

test('the container group exists with its probe and config-file volume', async () => {
  const cg = created.find((c) => c.type === 'novaform:index:ContainerGroup')!;
  expect(cg.id).toBe(await resolve(program.containerGroupId));
  expect(cg.outs).toMatchObject({
    containerGroupName: 'pulumi-app',
    containers: [
      expect.objectContaining({
        name: 'nginx',
        livenessProbe: expect.objectContaining({ httpGet: { scheme: 'HTTP', port: 80, path: '/healthz' } }),
      }),
    ],
    volumes: [expect.objectContaining({ type: 'ConfigFileVolume', name: 'conf' })],
  });
});
