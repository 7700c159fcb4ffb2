// Two stacks, the way CDKTF users split environments: `shared` holds what several applications use (a keypair
// and an anti-affinity server group), `app` holds the servers and consumes shared's values by plain property
// access. cdktf turns each such reference into an output of `shared` and a terraform_remote_state lookup in
// `app`, and `cdktf deploy app` deploys `shared` first.
import path from 'node:path';
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import * as novaform from 'novaform/cdktf';

/** Nothing configured (OS_* or clouds.yaml win when set): the embedded engine. Each stack runs in its own
 * directory (cdktf.out/stacks/<id>), so both name one store beside cdktf.json, or `app` could not see the
 * server group `shared` created. Resolved from the directory the app runs in, as cdktf's local state is. */
function provider(scope: Construct): novaform.provider.NovaformProvider {
  return new novaform.provider.NovaformProvider(scope, 'novaform', {
    embeddedData: path.resolve('.novaform', 'engine.db'),
  });
}

export class SharedStack extends TerraformStack {
  readonly key: novaform.keypair.Keypair;
  readonly group: novaform.serverGroup.ServerGroup;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    provider(this);
    this.key = new novaform.keypair.Keypair(this, 'deploy', { name: 'multi-stack-deploy' });
    this.group = new novaform.serverGroup.ServerGroup(this, 'web', { name: 'web', policies: ['anti-affinity'] });
  }
}

export class AppStack extends TerraformStack {
  constructor(scope: Construct, id: string, shared: SharedStack) {
    super(scope, id);
    provider(this);
    const servers = ['app-1', 'app-2'].map(
      (name) =>
        new novaform.server.Server(this, name, {
          name,
          imageName: 'cirros-0.6.2-x86_64-disk',
          flavorName: 'm1.tiny',
          keyPair: shared.key.name,
          network: [{ name: 'private' }],
          schedulerHints: { group: shared.group.id },
          metadata: { stack: id },
        }),
    );
    new TerraformOutput(this, 'server_ids', { value: servers.map((s) => s.id) });
    new TerraformOutput(this, 'server_group_id', { value: shared.group.id });
  }
}

const app = new App();
const shared = new SharedStack(app, 'shared');
new AppStack(app, 'app', shared);
app.synth();
