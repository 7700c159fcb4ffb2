// A small novaform stack in Pulumi TypeScript: a keypair, an anti-affinity server group with two servers in
// it (the first with a data volume and a second NIC), and an ECI container group with a liveness probe and a
// config-file volume. `pulumi up` runs it against the embedded engine (nothing configured) or a real cloud
// (`pulumi config set novaform:cloud mycloud`, or novaform:authUrl and friends).
import * as pulumi from '@pulumi/pulumi';
import * as novaform from 'novaform';

const config = new pulumi.Config();
const flavor = config.get('flavor') ?? 'm1.small';

// Lookups resolve names to ids once, at plan time.
const image = novaform.getImageOutput({ name: config.get('image') ?? 'cirros-0.6.2-x86_64-disk' });
const privateNet = novaform.getNetworkOutput({ name: config.get('network') ?? 'private' });

const key = new novaform.Keypair('deploy', { name: 'pulumi-deploy' });

const group = new novaform.ServerGroup('web', { name: 'web', policies: ['anti-affinity'] });

const servers = ['web-1', 'web-2'].map(
  (name) =>
    new novaform.Server(name, {
      name,
      imageId: image.imageId,
      flavorName: flavor,
      keyPair: key.name,
      networks: [{ uuid: privateNet.networkId }],
      schedulerHints: { group: group.id },
      metadata: { role: 'web', stack: pulumi.getStack() },
      tags: ['web'],
    }),
);

// The first server gets a data volume and a second NIC (on the same network unless configured otherwise).
const data = new novaform.Volume('web-1-data', { name: 'web-1-data', size: 10 });
const dataAttachment = new novaform.VolumeAttachment('web-1-data', { instanceId: servers[0].id, volumeId: data.id });
const extraNic = new novaform.InterfaceAttachment('web-1-extra-nic', {
  instanceId: servers[0].id,
  networkId: config.get('extraNetworkId') ?? privateNet.networkId,
});

// CTyun's example network (seed 003), which the embedded engine maps onto demo's network.
const nginxConf = Buffer.from('server { listen 80; location /healthz { return 200; } }\n').toString('base64');
const app = new novaform.ContainerGroup('app', {
  containerGroupName: 'pulumi-app',
  azInfo: [{ azName: 'cn-huadong1-jsnj1A-public-ctcloud' }],
  vpcId: 'vpc-ctt6yag121',
  vSwitchId: 'subnet-y9n723knrg',
  securityGroupId: 'sg-5bvqyvrmch',
  restartPolicy: 'Always',
  cpu: 1,
  memory: 2,
  containers: [
    {
      name: 'nginx',
      image: 'nginx:1.27',
      cpu: 1,
      memory: 2,
      ports: [{ port: 80, protocol: 'TCP' }],
      volumeMounts: [{ name: 'conf', mountPath: '/etc/nginx/conf.d' }],
      livenessProbe: {
        httpGet: { scheme: 'HTTP', port: 80, path: '/healthz' },
        initialDelaySeconds: 5,
        periodSeconds: 10,
        failureThreshold: 3,
      },
    },
  ],
  volumes: [
    {
      type: 'ConfigFileVolume',
      name: 'conf',
      configFileVolume: { configFileToPaths: [{ path: 'default.conf', content: nginxConf }] },
    },
  ],
});

export const keyFingerprint = key.fingerprint;
export const privateKey = key.privateKey; // a secret: `pulumi stack output privateKey --show-secrets`
export const serverIds = servers.map((s) => s.id);
export const serverStatus = servers.map((s) => s.status);
export const volumeId = data.id;
export const attachmentIds = [dataAttachment.id, extraNic.id];
export const containerGroupId = app.id;
