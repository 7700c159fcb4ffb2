// A small novaform stack as a CDKTF app: a keypair, an anti-affinity server group with two servers in it
// (the first with a data volume and a second NIC), and an ECI container group with a liveness probe and a
// config-file volume. Running this file writes cdktf.out/ (or $CDKTF_OUTDIR); `terraform init/plan/apply` in
// cdktf.out/stacks/quickstart/ then deploys it. The plain-HCL twin is examples/terraform-hcl/main.tf.
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as novaform from 'novaform/cdktf';

export class QuickstartStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Nothing configured: OS_* variables or clouds.yaml if set, else the embedded engine
    // (.novaform/engine.db in the directory terraform runs in, acting as the seeded 'demo' member).
    new novaform.provider.NovaformProvider(this, 'novaform', {});

    // Lookups resolve names to ids at plan time.
    const image = new novaform.dataNovaformImage.DataNovaformImage(this, 'cirros', {
      name: 'cirros-0.6.2-x86_64-disk',
    });
    const privateNet = new novaform.dataNovaformNetwork.DataNovaformNetwork(this, 'private', { name: 'private' });

    const key = new novaform.keypair.Keypair(this, 'deploy', { name: 'cdktf-deploy' });
    const group = new novaform.serverGroup.ServerGroup(this, 'web', { name: 'web', policies: ['anti-affinity'] });

    const servers = ['web-1', 'web-2'].map(
      (name) =>
        new novaform.server.Server(this, name, {
          name,
          imageId: image.imageId,
          flavorName: 'm1.tiny',
          keyPair: key.name,
          network: [{ uuid: privateNet.networkId }],
          schedulerHints: { group: group.id },
          metadata: { role: 'web', stack: id },
          tags: ['web'],
        }),
    );

    // The first server gets a data volume and a second NIC.
    const data = new novaform.volume.Volume(this, 'web-1-data', { name: 'web-1-data', size: 10 });
    new novaform.volumeAttachment.VolumeAttachment(this, 'web-1-data-attachment', {
      instanceId: servers[0].id,
      volumeId: data.id,
    });
    new novaform.interfaceAttachment.InterfaceAttachment(this, 'web-1-extra-nic', {
      instanceId: servers[0].id,
      networkId: privateNet.networkId,
    });

    // CTyun's example network ids (seed 003), which the embedded engine maps onto demo's network.
    const nginxConf = Buffer.from('server { listen 80; location /healthz { return 200; } }\n').toString('base64');
    const app = new novaform.containerGroup.ContainerGroup(this, 'app', {
      containerGroupName: 'cdktf-app',
      azInfo: { azName: 'cn-huadong1-jsnj1A-public-ctcloud' },
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
          volumeMount: [{ name: 'conf', mountPath: '/etc/nginx/conf.d' }],
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

    new TerraformOutput(this, 'server_ids', { value: servers.map((s) => s.id) });
    new TerraformOutput(this, 'key_fingerprint', { value: key.fingerprint });
    new TerraformOutput(this, 'container_group_id', { value: app.id });
  }
}

const app = new App();
new QuickstartStack(app, 'quickstart');
app.synth();
