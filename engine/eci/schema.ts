// The createContainerGroup body of seed 003 as a TypeBox schema, plus the rules a schema cannot say
// (volume sub-objects by type, mounts that name existing volumes, unique container names, namespaced
// sysctls, base64 contents, octal modes). Every error names the field path.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { isBase64 } from '../model/limits';
import { isIpv4 } from '../domain/ipam';
import { sysctlAllowed } from '../shared/value-checks';
import { VOLUME_TYPES, type VolumeType } from '../shared/eci-volumes';

const Str = (o: object = {}) => Type.String(o);
const Num = (o: object = {}) => Type.Number(o);
const Int = (o: object = {}) => Type.Integer(o);
const Opt = <T extends TSchema>(t: T) => Type.Optional(t);
const Enum = (...values: string[]) => Type.Union(values.map((v) => Type.Literal(v)));
/** A file mode: decimal 0–511, or an octal string such as "0644" (the doc's "four-digit octal"). */
const Mode = Type.Union([Int({ minimum: 0, maximum: 511 }), Str({ pattern: '^0?[0-7]{3}$' })]);

const Port = Type.Object({ name: Opt(Str()), port: Int({ minimum: 1, maximum: 65535 }), protocol: Enum('TCP', 'UDP') });
const EnvVar = Type.Object({ key: Str({ minLength: 1 }), value: Str() });
const Mount = Type.Object({
  name: Str({ minLength: 1 }),
  mountPath: Str({ minLength: 1, pattern: '^/' }),
  readOnly: Opt(Type.Boolean()),
});
const Probe = Type.Object({
  exec: Opt(Type.Object({ command: Type.Array(Str(), { minItems: 1 }) })),
  httpGet: Opt(Type.Object({ scheme: Enum('HTTP', 'HTTPS'), port: Int({ minimum: 1, maximum: 65535 }), path: Str() })),
  tcpSocket: Opt(Type.Object({ port: Int({ minimum: 1, maximum: 65535 }) })),
  initialDelaySeconds: Opt(Int({ minimum: 0 })),
  timeoutSeconds: Opt(Int({ minimum: 1 })),
  periodSeconds: Opt(Int({ minimum: 1 })),
  successThreshold: Opt(Int({ minimum: 1 })),
  failureThreshold: Opt(Int({ minimum: 1 })),
});
const containerFields = {
  name: Str({ minLength: 1, maxLength: 63, pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$' }),
  image: Str({ minLength: 1 }),
  imagePullPolicy: Opt(Enum('Always', 'IfNotPresent', 'Never')),
  cpu: Opt(Num({ exclusiveMinimum: 0 })),
  memory: Opt(Num({ exclusiveMinimum: 0 })),
  gpu: Opt(Num({ minimum: 0 })),
  command: Opt(Type.Array(Str())),
  args: Opt(Type.Array(Str())),
  ports: Opt(Type.Array(Port)),
  environmentVar: Opt(Type.Array(EnvVar)),
  workingDir: Opt(Str()),
  volumeMount: Opt(Type.Array(Mount)),
};
const Container = Type.Object({
  ...containerFields,
  livenessProbe: Opt(Probe),
  readinessProbe: Opt(Probe),
  lifecyclePostStartHandlerExec: Opt(Type.Array(Str())),
  lifecyclePreStopHandlerExec: Opt(Type.Array(Str())),
});
const InitContainer = Type.Object(containerFields);

const Volume = Type.Object({
  type: Enum(...VOLUME_TYPES),
  name: Str({ minLength: 1, maxLength: 63 }),
  emptyDirVolume: Opt(Type.Object({ medium: Enum('', 'Memory'), sizeLimit: Opt(Int({ minimum: 1 })) })),
  configFileVolume: Opt(
    Type.Object({
      defaultMode: Opt(Mode),
      configFileToPaths: Type.Array(Type.Object({ path: Str({ minLength: 1 }), content: Str(), mode: Opt(Mode) }), {
        minItems: 1,
      }),
    }),
  ),
  diskVolume: Opt(
    Type.Object({
      volumeHandle: Str({ minLength: 1 }),
      fsType: Enum('ext4', 'xfs'),
      volumeSize: Opt(Int({ minimum: 1 })),
      readOnly: Opt(Type.Boolean()),
    }),
  ),
  nasVolume: Opt(Type.Object({ sourcePath: Str({ minLength: 1 }), readOnly: Opt(Type.Boolean()) })),
  // The doc spells it `crendential`; the SDK `credential`. Both are accepted.
  zosVolume: Opt(
    Type.Object({
      bucket: Str({ minLength: 1 }),
      url: Str({ minLength: 1 }),
      crendential: Opt(Str()),
      credential: Opt(Str()),
      readOnly: Opt(Type.Boolean()),
    }),
  ),
  downwardAPIVolume: Opt(
    Type.Object({
      defaultMode: Opt(Mode),
      items: Type.Array(
        Type.Object({
          path: Str({ minLength: 1 }),
          mode: Opt(Mode),
          fieldRef: Opt(Type.Object({ fieldPath: Opt(Enum('metadata.name', 'metadata.namespace')) })),
        }),
        { minItems: 1 },
      ),
    }),
  ),
});
const Credential = Type.Object({
  server: Str({ minLength: 1 }),
  userName: Str({ minLength: 1 }),
  password: Str({ minLength: 1 }),
});

export const CreateContainerGroup = Type.Object({
  containerGroupName: Str({ minLength: 1, maxLength: 128 }),
  cpu: Opt(Num({ exclusiveMinimum: 0 })),
  memory: Opt(Num({ exclusiveMinimum: 0 })),
  gpu: Opt(Num({ minimum: 0 })),
  alsInstanceId: Opt(Str()),
  azInfo: Type.Array(Type.Object({ azName: Str({ minLength: 1 }), azId: Opt(Int()) }), { minItems: 1, maxItems: 1 }),
  eip: Opt(
    Type.Object({
      eipInstanceId: Opt(Str()),
      autoCreateEip: Opt(Type.Boolean()),
      eipBandwidth: Opt(Int({ minimum: 1, maximum: 2000 })),
      publicIpAddressPoolName: Opt(Str()),
    }),
  ),
  vpcId: Str({ minLength: 1 }),
  vSwitchId: Str({ minLength: 1 }),
  securityGroupId: Str({ minLength: 1 }),
  hostAliases: Opt(Type.Array(Type.Object({ ip: Opt(Str()), hostnames: Opt(Type.Array(Str())) }))),
  containers: Type.Array(Container, { minItems: 1 }),
  initContainers: Opt(Type.Array(InitContainer)),
  restartPolicy: Enum('Always', 'OnFailure', 'Never'),
  ephemeralVolume: Opt(Int({ minimum: 40, maximum: 2048 })),
  flavorName: Opt(Str()),
  hostName: Opt(Str()),
  hostname: Opt(Str()),
  autoMatchImageCache: Opt(Type.Boolean()),
  imageCacheId: Opt(Str()),
  dnsConfig: Opt(
    Type.Object({
      nameservers: Opt(Type.Array(Str())),
      searches: Opt(Type.Array(Str())),
      options: Opt(Type.Array(Type.Object({ name: Opt(Str()), value: Opt(Str()) }))),
    }),
  ),
  tags: Opt(Type.Array(Type.Object({ key: Opt(Str()), value: Opt(Str()) }), { maxItems: 20 })),
  // The doc spells it `imageRegistryCredential`; the SDK `imageRegistryCredentials`. Both are accepted.
  imageRegistryCredential: Opt(Type.Array(Credential)),
  imageRegistryCredentials: Opt(Type.Array(Credential)),
  volumes: Opt(Type.Array(Volume)),
  iamRoleName: Opt(Str()),
  securityContext: Opt(Type.Object({ sysctl: Type.Array(Type.Object({ name: Str({ minLength: 1 }), value: Str() })) })),
  dataCacheBucket: Opt(Str()),
  epId: Opt(Str()),
  cpuArchitecture: Opt(Enum('x86', 'arm', 'x86_64', 'arm64', 'amd64')),
});
export type CreateContainerGroupBody = Static<typeof CreateContainerGroup>;
/** Compiled once: checking a valid body is then a fast path. */
const compiled = TypeCompiler.Compile(CreateContainerGroup);

export interface FieldError {
  field: string;
  message: string;
}

/** `/containers/0/name` → `containers[0].name` */
const fieldOf = (pointer: string) =>
  pointer
    .split('/')
    .filter(Boolean)
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i ? '.' : ''}${p}`))
    .join('');

export { sysctlAllowed };

const VOLUME_FIELD: Record<VolumeType, string> = {
  EmptyDirVolume: 'emptyDirVolume',
  ConfigFileVolume: 'configFileVolume',
  NasVolume: 'nasVolume',
  ZosVolume: 'zosVolume',
  DiskVolume: 'diskVolume',
  DownwardAPIVolume: 'downwardAPIVolume',
};

/** All validation errors of a create body (empty when it is valid). */
export function validateCreate(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of compiled.Check(body) ? [] : compiled.Errors(body)) {
    const field = fieldOf(e.path) || '(body)';
    // A missing property also reports its type; keep the first error per field.
    if (seen.has(field)) continue;
    seen.add(field);
    errors.push({ field, message: e.message });
  }
  if (errors.length) return errors;
  const b = body as CreateContainerGroupBody;
  const names = new Map<string, string>();
  [
    ...b.containers.map((c, i) => [c.name, `containers[${i}].name`]),
    ...(b.initContainers ?? []).map((c, i) => [c.name, `initContainers[${i}].name`]),
  ].forEach(([name, field]) => {
    if (names.has(name))
      errors.push({ field, message: `duplicate container name '${name}' (also ${names.get(name)})` });
    else names.set(name, field);
  });
  const volumes = new Set<string>();
  (b.volumes ?? []).forEach((v, i) => {
    if (volumes.has(v.name)) errors.push({ field: `volumes[${i}].name`, message: `duplicate volume name '${v.name}'` });
    volumes.add(v.name);
    const sub = VOLUME_FIELD[v.type as VolumeType];
    if (!(v as Record<string, unknown>)[sub])
      errors.push({ field: `volumes[${i}].${sub}`, message: `required when type is ${v.type}` });
    v.configFileVolume?.configFileToPaths.forEach((p, j) => {
      if (!isBase64(p.content))
        errors.push({
          field: `volumes[${i}].configFileVolume.configFileToPaths[${j}].content`,
          message: 'must be base64-encoded',
        });
    });
    const cred = v.zosVolume && (v.zosVolume.crendential ?? v.zosVolume.credential);
    if (v.zosVolume && (cred === undefined || !isBase64(cred)))
      errors.push({ field: `volumes[${i}].zosVolume.crendential`, message: "required, the base64 of 'ak:sk'" });
  });
  [
    ...b.containers.map((c, i) => ['containers', i, c] as const),
    ...(b.initContainers ?? []).map((c, i) => ['initContainers', i, c] as const),
  ].forEach(([kind, i, c]) => {
    (c.volumeMount ?? []).forEach((m, j) => {
      if (!volumes.has(m.name))
        errors.push({ field: `${kind}[${i}].volumeMount[${j}].name`, message: `no volume named '${m.name}'` });
    });
  });
  b.securityContext?.sysctl.forEach((s, i) => {
    if (!sysctlAllowed(s.name))
      errors.push({
        field: `securityContext.sysctl[${i}].name`,
        message:
          `'${s.name}' is not a namespaced sysctl ` +
          '(allowed: kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*, net.* except net.core.rmem_max)',
      });
  });
  b.hostAliases?.forEach((h, i) => {
    if (h.ip !== undefined && !isIpv4(h.ip))
      errors.push({ field: `hostAliases[${i}].ip`, message: 'must be an IPv4 address' });
  });
  return errors;
}
