// The example Pulumi program (examples/pulumi-ts) run with pulumi.runtime.setMocks: every resource registers
// with its novaform type token and camelCase inputs (nested blocks as objects and arrays), lookups go through
// invokes, generated secrets are registered as additionalSecretOutputs, and provider credentials are secrets.
import * as pulumi from '@pulumi/pulumi';
import { MockMonitor } from '@pulumi/pulumi/runtime/mocks';
import type { RegisterResourceRequest } from '@pulumi/pulumi/proto/resource_pb';

const CIRROS = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c';
const NETWORKS: Record<string, string> = { private: 'fb68519f-a7c0-476e-98d4-2e4cf6de6def' };

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  secretOutputs: string[];
}
const registered: Registered[] = [];
const invokes: { token: string; inputs: Record<string, unknown> }[] = [];

// The mock monitor does not pass resource options to newResource; record the secret-output option on the way.
const secretOutputs = new Map<string, string[]>();
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the monitor as `this`
const register = MockMonitor.prototype.registerResource;
MockMonitor.prototype.registerResource = function (
  this: MockMonitor,
  req: RegisterResourceRequest,
  cb: (err: unknown, res: unknown) => void,
) {
  secretOutputs.set(`${req.getType()}::${req.getName()}`, req.getAdditionalsecretoutputsList());
  return register.call(this, req, cb);
} as typeof register;

type Program = typeof import('../../../examples/pulumi-ts/index');
let program: Program;

const resolve = <T>(o: pulumi.Output<T>) =>
  new Promise<T>((r) =>
    o.apply((v) => {
      r(v);
      return v;
    }),
  );
const find = (type: string, name: string) => {
  const r = registered.find((x) => x.type === type && x.name === name);
  if (!r)
    throw new Error(
      `${type} ${name} was not registered; got ${registered.map((x) => `${x.type} ${x.name}`).join(', ')}`,
    );
  return { ...r, secretOutputs: secretOutputs.get(`${type}::${name}`) ?? [] };
};

beforeAll(async () => {
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs, secretOutputs: [] });
        const computed: Record<string, unknown> =
          args.type === 'novaform:index:Keypair'
            ? { privateKey: '-----BEGIN RSA PRIVATE KEY-----\n…', fingerprint: 'aa:bb' }
            : args.type === 'novaform:index:Server'
              ? { status: 'ACTIVE' }
              : {};
        return { id: `${args.name}-id`, state: { ...args.inputs, ...computed } };
      },
      call(args) {
        invokes.push({ token: args.token, inputs: args.inputs });
        if (args.token === 'novaform:index:getImage') return { imageId: CIRROS, name: args.inputs.name };
        if (args.token === 'novaform:index:getNetwork')
          return { networkId: NETWORKS[args.inputs.name as string], name: args.inputs.name };
        throw new Error(`unexpected invoke ${args.token}`);
      },
    },
    'novaform-pulumi-ts',
    'test',
    false,
  );
  // After setMocks: the program registers as it loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a static import would load it before setMocks
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
});

test('every resource registers under its novaform type token', () => {
  expect(registered.map((r) => `${r.type} ${r.name}`).sort()).toEqual([
    'novaform:index:ContainerGroup app',
    'novaform:index:InterfaceAttachment web-1-extra-nic',
    'novaform:index:Keypair deploy',
    'novaform:index:Server web-1',
    'novaform:index:Server web-2',
    'novaform:index:ServerGroup web',
    'novaform:index:Volume web-1-data',
    'novaform:index:VolumeAttachment web-1-data',
  ]);
});

test('lookups are invokes with their tokens', () => {
  expect(invokes.map((i) => `${i.token} ${String(i.inputs.name)}`).sort()).toEqual([
    'novaform:index:getImage cirros-0.6.2-x86_64-disk',
    'novaform:index:getNetwork private',
  ]);
});

test("servers carry camelCase inputs, the lookups' ids and the group as a scheduler hint", () => {
  const web1 = find('novaform:index:Server', 'web-1');
  expect(web1.inputs).toEqual({
    name: 'web-1',
    imageId: CIRROS,
    flavorName: 'm1.small',
    keyPair: 'pulumi-deploy',
    networks: [{ uuid: NETWORKS.private }],
    schedulerHints: { group: 'web-id' },
    metadata: { role: 'web', stack: 'test' },
    tags: ['web'],
  });
  expect(find('novaform:index:ServerGroup', 'web').inputs).toEqual({ name: 'web', policies: ['anti-affinity'] });
  expect(find('novaform:index:VolumeAttachment', 'web-1-data').inputs).toEqual({
    instanceId: 'web-1-id',
    volumeId: 'web-1-data-id',
  });
  expect(find('novaform:index:InterfaceAttachment', 'web-1-extra-nic').inputs).toEqual({
    instanceId: 'web-1-id',
    networkId: NETWORKS.private,
  });
});

test('the container group sends nested blocks as objects and arrays with Pulumi names', () => {
  const app = find('novaform:index:ContainerGroup', 'app').inputs as {
    containers: Record<string, unknown>[];
    volumes: Record<string, unknown>[];
    azInfo: unknown;
  };
  expect(app.azInfo).toEqual([{ azName: 'cn-huadong1-jsnj1A-public-ctcloud' }]);
  expect(app.containers[0].livenessProbe).toEqual({
    httpGet: { scheme: 'HTTP', port: 80, path: '/healthz' },
    initialDelaySeconds: 5,
    periodSeconds: 10,
    failureThreshold: 3,
  });
  expect(app.containers[0].volumeMounts).toEqual([{ name: 'conf', mountPath: '/etc/nginx/conf.d' }]);
  expect(app.volumes[0]).toMatchObject({
    type: 'ConfigFileVolume',
    name: 'conf',
    configFileVolume: { configFileToPaths: [{ path: 'default.conf', content: expect.any(String) }] },
  });
});

test('generated secrets are registered as additional secret outputs', () => {
  expect(find('novaform:index:Keypair', 'deploy').secretOutputs).toEqual(['privateKey']);
  expect(find('novaform:index:Server', 'web-1').secretOutputs).toEqual(['adminPass']);
  expect(find('novaform:index:Volume', 'web-1-data').secretOutputs).toEqual([]);
});

test('outputs resolve from the resource state', async () => {
  expect(await resolve(program.keyFingerprint)).toBe('aa:bb');
  expect(await Promise.all(program.serverStatus.map(resolve))).toEqual(['ACTIVE', 'ACTIVE']);
  expect(await resolve(program.privateKey)).toMatch(/^-----BEGIN/);
});

test('an explicit Provider registers as pulumi:providers:novaform, string config, secret credentials', async () => {
  const novaform = await import('novaform');
  const p = new novaform.Provider('explicit', {
    authUrl: 'http://127.0.0.1:1/identity/v3',
    password: 'pw',
    maxRetries: 2,
    endpointOverrides: { compute: 'http://x/v2.1' },
  });
  await resolve(p.urn);
  const r = find('pulumi:providers:novaform', 'explicit');
  expect(r.inputs).toMatchObject({
    authUrl: 'http://127.0.0.1:1/identity/v3',
    maxRetries: '2',
    endpointOverrides: '{"compute":"http://x/v2.1"}',
  });
  expect(r.inputs.password).toEqual({
    '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270',
    value: 'pw',
  });
  expect(() => new novaform.Keypair('k', {} as never)).toThrow("Missing required property 'name'");
});
