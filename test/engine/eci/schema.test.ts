// The createContainerGroup validation rules of seed 003, one case per rule, each naming its field.
import { validateCreate } from '../../../engine/eci/schema';
import { SEED_003_EXAMPLE } from '../../helpers/eci';
import type { Json } from '../../helpers/json';

const EXAMPLE = SEED_003_EXAMPLE;
const clone = () => JSON.parse(JSON.stringify(EXAMPLE));
const fields = (b: unknown) => validateCreate(b).map((e) => e.field);

test('the seed example is valid', () => {
  expect(validateCreate(EXAMPLE)).toEqual([]);
});

test.each([
  [
    'missing name',
    (b: Json) => {
      delete b.containerGroupName;
    },
    'containerGroupName',
  ],
  [
    'missing vpcId',
    (b: Json) => {
      delete b.vpcId;
    },
    'vpcId',
  ],
  [
    'two AZs',
    (b: Json) => {
      b.azInfo.push({ azName: 'x' });
    },
    'azInfo',
  ],
  [
    'no containers',
    (b: Json) => {
      b.containers = [];
    },
    'containers',
  ],
  [
    'bad restartPolicy',
    (b: Json) => {
      b.restartPolicy = 'Sometimes';
    },
    'restartPolicy',
  ],
  [
    'bad imagePullPolicy',
    (b: Json) => {
      b.containers[0].imagePullPolicy = 'Maybe';
    },
    'containers[0].imagePullPolicy',
  ],
  [
    'port out of range',
    (b: Json) => {
      b.containers[0].ports = [{ port: 70000, protocol: 'TCP' }];
    },
    'containers[0].ports[0].port',
  ],
  [
    'bad port protocol',
    (b: Json) => {
      b.containers[0].ports = [{ port: 80, protocol: 'SCTP' }];
    },
    'containers[0].ports[0].protocol',
  ],
  [
    'bad probe scheme',
    (b: Json) => {
      b.containers[0].livenessProbe = { httpGet: { scheme: 'FTP', port: 80, path: '/' } };
    },
    'containers[0].livenessProbe.httpGet.scheme',
  ],
  [
    'ephemeralVolume below 40',
    (b: Json) => {
      b.ephemeralVolume = 39;
    },
    'ephemeralVolume',
  ],
  [
    'ephemeralVolume above 2048',
    (b: Json) => {
      b.ephemeralVolume = 2049;
    },
    'ephemeralVolume',
  ],
  [
    '21 tags',
    (b: Json) => {
      b.tags = Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
    },
    'tags',
  ],
  [
    'unknown volume type',
    (b: Json) => {
      b.volumes[0].type = 'TapeVolume';
    },
    'volumes[0].type',
  ],
  [
    'volume without its sub-object',
    (b: Json) => {
      delete b.volumes[0].configFileVolume;
    },
    'volumes[0].configFileVolume',
  ],
  [
    'content not base64',
    (b: Json) => {
      b.volumes[0].configFileVolume.configFileToPaths[0].content = 'not base64!';
    },
    'volumes[0].configFileVolume.configFileToPaths[0].content',
  ],
  [
    'mode not octal',
    (b: Json) => {
      b.volumes[0].configFileVolume.defaultMode = '0999';
    },
    'volumes[0].configFileVolume.defaultMode',
  ],
  [
    'mode over 0777',
    (b: Json) => {
      b.volumes[0].configFileVolume.defaultMode = 512;
    },
    'volumes[0].configFileVolume.defaultMode',
  ],
  [
    'mount of a missing volume',
    (b: Json) => {
      b.containers[0].volumeMount[0].name = 'nope';
    },
    'containers[0].volumeMount[0].name',
  ],
  [
    'duplicate container names',
    (b: Json) => {
      b.initContainers = [{ name: 'test', image: 'busybox' }];
    },
    'initContainers[0].name',
  ],
  [
    'non-namespaced sysctl',
    (b: Json) => {
      b.securityContext = { sysctl: [{ name: 'net.core.rmem_max', value: '1' }] };
    },
    'securityContext.sysctl[0].name',
  ],
  [
    'bad host alias ip',
    (b: Json) => {
      b.hostAliases = [{ ip: 'nine', hostnames: ['a'] }];
    },
    'hostAliases[0].ip',
  ],
  [
    'zos without credential',
    (b: Json) => {
      b.volumes.push({ name: 'z', type: 'ZosVolume', zosVolume: { bucket: 'b', url: 'http://x' } });
    },
    'volumes[1].zosVolume.crendential',
  ],
  [
    'bad fieldRef path',
    (b: Json) => {
      b.volumes.push({
        name: 'd',
        type: 'DownwardAPIVolume',
        downwardAPIVolume: { items: [{ path: 'p', fieldRef: { fieldPath: 'spec.nodeName' } }] },
      });
    },
    'volumes[1].downwardAPIVolume.items[0].fieldRef.fieldPath',
  ],
] as [string, (b: Json) => void, string][])('%s → error at %s', (_label, mutate, field) => {
  const b = clone();
  mutate(b);
  expect(fields(b)).toContain(field);
});

test('accepted variants: both credential spellings, hostname spelling, octal strings, namespaced sysctls', () => {
  const b = clone();
  b.imageRegistryCredentials = [{ server: 'r.example', userName: 'u', password: 'p' }];
  b.hostname = 'h1';
  b.volumes[0].configFileVolume.defaultMode = '0644';
  b.volumes.push({ name: 'z', type: 'ZosVolume', zosVolume: { bucket: 'b', url: 'http://x', credential: 'YWs6c2s=' } });
  b.securityContext = {
    sysctl: [
      { name: 'kernel.msgmax', value: '65536' },
      { name: 'net.ipv4.tcp_syncookies', value: '1' },
      { name: 'fs.mqueue.msg_max', value: '10' },
    ],
  };
  expect(validateCreate(b)).toEqual([]);
});
