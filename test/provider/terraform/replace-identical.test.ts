// A replacement by an identical resource never adopts the server it replaces, although that server still
// carries the creation token of the same configuration: `terraform apply -replace` (Terraform's default order,
// destroy first) deletes the old server, and a server being deleted or gone is never adopted. (With
// create_before_destroy Terraform gives the provider no way to know which server is replaced: see the
// README's "No orphans", the limit.)
import { serverStatus, startEngine, type RunningEngine } from '../../../engine';
import { HEADER, Workdir, demoProvider } from './terraform';

jest.setTimeout(300_000);

let running: RunningEngine;
let w: Workdir;
beforeAll(async () => {
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:', durations: { build: 0, delete: 0 } });
  w = Workdir.create();
});
afterAll(async () => {
  w.cleanup();
  await running.close();
});

const live = () =>
  running.engine.servers
    .list(running.engine.callerFor('demo'), {})
    .servers.filter((s) => s.name === 'same' && serverStatus(s) !== 'DELETED')
    .map((s) => s.id);

test('-replace: a new server, the old one deleted, one left', async () => {
  w.write(
    HEADER +
      demoProvider(running.authUrl) +
      `resource "novaform_server" "s" {
  name      = "same"
  flavor_id = "1"
  image_id  = "9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c"
}
`,
  );
  await w.ok(['init', '-input=false', '-no-color']);
  await w.ok(['apply', '-auto-approve', '-input=false', '-no-color']);
  const old = String(w.attrs('novaform_server', 's').id);
  expect(running.engine.servers.get(running.engine.callerFor('demo'), old).tags.join()).toMatch(/novaform-idem-/);
  const r = await w.ok(['apply', '-auto-approve', '-input=false', '-no-color', '-replace=novaform_server.s']);
  expect(r.stdout).toMatch(/1 added, 0 changed, 1 destroyed/);
  const now = String(w.attrs('novaform_server', 's').id);
  expect(now).not.toBe(old);
  expect(live()).toEqual([now]);
});
