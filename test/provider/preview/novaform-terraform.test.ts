// The whole path with the real tools: the novaform Terraform plugin plans against the served engine, the
// preview renders `terraform show -json` with reasons and secrets taken from the schema, the simulation
// predicts which resource would fail, and `terraform apply` of the same saved plan fails on exactly that one.
import fs from 'node:fs';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../../../engine';
import { connect, type Connection } from '../../../provider/client/connection';
import { buildPreview, renderMarkdown, renderText } from '../../../provider/preview';
import { simulate } from '../../../provider/preview/simulate';
import { HEADER, Workdir, demoProvider } from '../terraform/terraform';

jest.setTimeout(300_000);

const ADMIN_PASS = 'Pr3view-admin-pass-1';
const NEW_PASS = 'Pr3view-admin-pass-2';
let running: RunningEngine;
let w: Workdir;
let conn: Connection;

const provider = () => demoProvider(running.authUrl);
const config = (v: {
  webFlavor: string;
  webPass: string;
  dbPower: string;
  dbImageChange: string;
  dbImage: string;
}) => `${HEADER}${provider()}
resource "novaform_server" "web" {
  name       = "web"
  flavor_id  = "${v.webFlavor}"
  image_id   = "9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c"
  admin_pass = "${v.webPass}"
  network {
    uuid = "fb68519f-a7c0-476e-98d4-2e4cf6de6def"
  }
}
resource "novaform_server" "db" {
  name         = "db"
  flavor_id    = "1"
  image_id     = "${v.dbImage}"
  image_change = "${v.dbImageChange}"
  power_state  = "${v.dbPower}"
  network {
    uuid = "fb68519f-a7c0-476e-98d4-2e4cf6de6def"
  }
}
`;
const CIRROS = '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c';
const UBUNTU = 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70';

beforeAll(async () => {
  running = await startEngine({
    host: '127.0.0.1',
    port: 0,
    data: ':memory:',
    durations: { build: 0, delete: 0, default: 0 },
  });
  w = Workdir.create();
  conn = await connect(
    {
      auth_url: running.authUrl,
      user_name: 'demo',
      password: 'demo-secret',
      user_domain_name: 'Default',
      project_name: 'demo',
      project_domain_name: 'Default',
    },
    { env: {} },
  );
});
afterAll(async () => {
  // Unset when a beforeAll failed part-way.
  await (conn as Connection | undefined)?.close();
  (w as Workdir | undefined)?.cleanup();
  await (running as RunningEngine | undefined)?.close();
});

test('plan → preview → simulate → apply: the predicted failure is the one that happens', async () => {
  w.write(
    config({ webFlavor: '1', webPass: ADMIN_PASS, dbPower: 'active', dbImageChange: 'rebuild', dbImage: CIRROS }),
  );
  await w.ok(['init', '-input=false', '-no-color']);
  await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);

  // web: resize and a new password; db: stop it and rebuild it on a new image (erases its disk).
  w.write(config({ webFlavor: '2', webPass: NEW_PASS, dbPower: 'shutoff', dbImageChange: 'rebuild', dbImage: UBUNTU }));
  await w.ok(['plan', '-input=false', '-no-color', '-out=tfplan']);
  const json = JSON.parse((await w.ok(['show', '-json', 'tfplan'])).stdout) as unknown;
  fs.writeFileSync(path.join(w.dir, 'plan.json'), JSON.stringify(json));
  expect(JSON.stringify(json)).toContain(NEW_PASS);

  const preview = buildPreview({ terraform: json });
  const web = preview.resources.find((r) => r.address === 'novaform_server.web')!;
  const db = preview.resources.find((r) => r.address === 'novaform_server.db')!;
  expect(web).toMatchObject({ action: 'update', novaform: true });
  expect(db.destructive).toEqual([
    {
      path: 'image_id, image_name',
      reason: 'rebuild: a rebuild re-images the root disk: everything written to it is lost',
    },
  ]);
  const md = renderMarkdown(preview);
  expect(md).toContain('**Plan: 0 to add, 2 to change, 0 to replace, 0 to destroy, 0 unchanged.**');
  expect(md).toContain(
    '`~ novaform_server.db` is changed in place by an operation that **erases data** — `image_id, image_name`: ' +
      'rebuild:',
  );
  expect(md).toContain('~ admin_pass = (sensitive) → (sensitive)');
  for (const out of [md, renderText(preview)])
    for (const secret of [ADMIN_PASS, NEW_PASS]) expect(out).not.toContain(secret);

  // Someone else locks db after the plan was made.
  const dbId = String(db.before!.id);
  running.engine.servers.action(running.engine.callerFor('admin'), dbId, 'lock', { locked_reason: 'audit' });
  const sim = await simulate(preview, conn);
  expect(sim.simulation!.predictions.map((x) => x.resource)).toEqual(['novaform_server.db']);
  expect(sim.simulation!.predictions[0]).toEqual({
    resource: 'novaform_server.db',
    operation: expect.stringMatching(/^rebuild|^os-stop/),
    error: `409 Instance ${dbId} is locked`,
  });
  const withSim = renderMarkdown(sim);
  expect(withSim).toContain('### Would fail');
  for (const secret of [ADMIN_PASS, NEW_PASS]) expect(withSim).not.toContain(secret);

  // The same saved plan, applied: web goes through, db fails on the lock.
  const apply = await w.tf(['apply', '-input=false', '-no-color', 'tfplan']);
  expect(apply.code).not.toBe(0);
  expect(apply.stdout + apply.stderr).toMatch(/novaform_server\.db/);
  // The provider re-reads the server at apply; it is refused by the lock either way.
  expect(apply.stderr).toMatch(new RegExp(`409 Instance ${dbId} is locked|locked by someone else`));
  expect(w.attrs('novaform_server', 'web').flavor_id).toBe('2');
});
