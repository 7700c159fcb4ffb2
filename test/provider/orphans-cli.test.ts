// `novaform orphans` against the served engine (OS_* settings, as a user's shell has them): objects carrying
// a novaform token that no named state holds are listed, written as import blocks, or deleted; objects in a
// Terraform state or a Pulumi checkpoint, and objects novaform did not create, are left alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEngine, type RunningEngine } from '../../engine';
import { connect, type Connection } from '../../provider/client/connection';
import { runOrphans, type Orphan } from '../../provider/cli/orphans';
import { serverResource } from '../../provider/resources/server';
import { volume } from '../../provider/resources/volume';

let running: RunningEngine;
let conn: Connection;
let dir: string;
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  running = await startEngine({ host: '127.0.0.1', port: 0, data: ':memory:', durations: { build: 0, delete: 0 } });
  env = {
    OS_AUTH_URL: running.authUrl,
    OS_USERNAME: 'demo',
    OS_PASSWORD: 'demo-secret',
    OS_PROJECT_NAME: 'demo',
    OS_USER_DOMAIN_NAME: 'Default',
    OS_PROJECT_DOMAIN_NAME: 'Default',
  };
  conn = await connect({}, { env });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-orphans-'));
});
afterAll(async () => {
  await conn.close();
  await running.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const server = (name: string) => ({ name, flavor_id: '1', image_id: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c' });
const demo = () => running.engine.callerFor('demo');
const liveIds = () => running.engine.servers.list(demo(), {}).servers.map((s) => s.id);

async function orphans(opts: Record<string, unknown>): Promise<{ code: number; out: string; list: Orphan[] }> {
  let out = '';
  const code = await runOrphans({ format: 'text', ...opts }, (s) => (out += s), { env, cwd: dir });
  let json = '';
  await runOrphans({ ...opts, format: 'json', delete: false, writeImports: undefined }, (s) => (json += s), {
    env,
    cwd: dir,
  });
  return { code, out, list: (JSON.parse(json) as { orphans: Orphan[] }).orphans };
}

test('lists what no state holds, writes import blocks for it, deletes it', async () => {
  // Created through the resources (each carries its token until its first update).
  const inTf = await serverResource.create(conn, server('in-terraform'), {});
  const inPulumi = await serverResource.create(conn, server('in-pulumi'), {
    urn: 'urn:pulumi:dev::app::novaform:index:Server::p',
  });
  const lost = await serverResource.create(conn, server('lost'), {});
  const lostVolume = await volume.create(conn, { size: 1, name: 'lost-volume' });
  // Not novaform's: no token.
  const foreign = running.engine.servers.create(demo(), {
    name: 'foreign',
    flavorRef: '1',
    imageRef: '9b3c4a1e-5d6f-4e2a-8b7c-0d1e2f3a4b5c',
    networks: 'none',
  }).servers[0].id;
  const tfState = path.join(dir, 'terraform.tfstate');
  fs.writeFileSync(
    tfState,
    JSON.stringify({
      version: 4,
      terraform_version: '1.11.4',
      resources: [
        { mode: 'managed', type: 'novaform_server', name: 'a', instances: [{ attributes: { id: inTf.id } }] },
      ],
    }),
  );
  const checkpoint = path.join(dir, 'stack.json');
  fs.writeFileSync(
    checkpoint,
    JSON.stringify({
      version: 3,
      deployment: { resources: [{ urn: 'urn:pulumi:dev::app::novaform:index:Server::p', id: inPulumi.id }] },
    }),
  );

  const listed = await orphans({ tfState: [tfState], pulumiState: [checkpoint] });
  expect(listed.code).toBe(0);
  expect(listed.list.map((o) => [o.type, o.id]).sort()).toEqual(
    [
      ['novaform_server', lost.id],
      ['novaform_volume', lostVolume.id],
    ].sort(),
  );
  expect(listed.out).toContain('2 orphan(s)');
  expect(listed.out).toContain(String(lost.id));
  // Only one state named: the other's server is an orphan as far as this command knows.
  expect((await orphans({ tfState: [tfState] })).list.map((o) => o.id)).toContain(inPulumi.id);

  const imports = path.join(dir, 'orphans.tf');
  await orphans({ tfState: [tfState], pulumiState: [checkpoint], writeImports: imports });
  const blocks = fs.readFileSync(imports, 'utf8');
  expect(blocks).toContain(`to = novaform_server.orphan_lost\n  id = "${String(lost.id)}"`);
  expect(blocks).toContain(`to = novaform_volume.orphan_lost_volume\n  id = "${String(lostVolume.id)}"`);

  const deleted = await orphans({ tfState: [tfState], pulumiState: [checkpoint], delete: true });
  expect(deleted.out).toContain('(deleted)');
  expect(deleted.list).toEqual([]);
  expect(liveIds().sort()).toEqual([inTf.id, inPulumi.id, foreign].sort());
  expect(running.engine.volumes.list(demo()).map((v) => v.id)).not.toContain(lostVolume.id);
  expect((await orphans({ tfState: [tfState], pulumiState: [checkpoint] })).out).toContain('No orphans');
});

test('names the problem with what it is given', async () => {
  await expect(runOrphans({ format: 'text' }, () => undefined, { env, cwd: dir })).rejects.toThrow(/--tf-state/);
  const bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, '{"hello": 1}');
  await expect(runOrphans({ format: 'text', tfState: [bad] }, () => undefined, { env, cwd: dir })).rejects.toThrow(
    /neither a Terraform state nor a Pulumi checkpoint/,
  );
});
