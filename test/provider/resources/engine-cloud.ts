// The engine served on 127.0.0.1:0 (manual clock, zero durations) and a provider Connection to it through
// Keystone like any cloud, with nothing leaking in from OS_* or clouds.yaml; plus a request counter built
// on the control API's fault rules (a latency-0 rule serves the request and counts it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock, startEngine, type RunningEngine } from '../../../engine';
import { connect, type Connection } from '../../../provider/client/connection';
import { login, type Client } from '../../helpers/http';

export interface Cloud {
  running: RunningEngine;
  clock: ManualClock;
  conn: Connection;
  demo: Client;
  cwd: string;
  close(): Promise<void>;
}

export async function cloud(): Promise<Cloud> {
  const clock = new ManualClock(Date.now());
  const running = await startEngine({ clock, durations: { build: 0, delete: 0, default: 0 } });
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-res-'));
  const conn = await connect(
    {
      auth_url: running.authUrl,
      user_name: 'demo',
      password: 'demo-secret',
      project_name: 'demo',
      user_domain_name: 'Default',
      project_domain_name: 'Default',
      // The engine finishes at once: poll it briskly, as against the embedded engine.
      poll_interval_ms: 10,
    },
    { cwd, env: {} },
  );
  const demo = await login(running.url, 'demo');
  return {
    running,
    clock,
    conn,
    demo,
    cwd,
    async close() {
      await conn.close();
      await running.close();
      fs.rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** How many API requests `fn` sent to the engine (the error it threw, if any, is returned too). */
export async function countRequests(
  running: RunningEngine,
  fn: () => Promise<unknown>,
): Promise<{ requests: number; error: unknown }> {
  const rule = running.engine.control.addFault({ path: '/**', latencyMs: 0 });
  let error: unknown;
  try {
    await fn();
  } catch (e) {
    error = e;
  }
  const hits = running.engine.control.listFaults().find((f) => f.id === rule.id)!.hits;
  running.engine.control.removeFault(rule.id);
  return { requests: hits, error };
}

/** An embedded connection (in-process engine, fresh in-memory store) with no cloud configured. */
export async function embedded(): Promise<{ conn: Connection; cwd: string }> {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'novaform-emb-'));
  const conn = await connect({ embedded_data: ':memory:' }, { cwd, env: {} });
  return { conn, cwd };
}

/** The paths a ValidationError names include `field`, or (until validate.ts descends into the union of an
 * optional block or map) the attribute holding it. */
export function namesField(error: unknown, field: string): boolean {
  const paths = (error as { errors?: { path: string }[] }).errors?.map((e) => e.path) ?? [];
  return paths.some((p) => p === field || field.startsWith(`${p}.`));
}

/** Another connection to the same engine whose compute calls use an older microversion (legacy bodies and views). */
export async function atMicroversion(cloud: Cloud, mv: string): Promise<Connection> {
  const conn = await connect(
    {
      auth_url: cloud.running.authUrl,
      user_name: 'demo',
      password: 'demo-secret',
      project_name: 'demo',
      user_domain_name: 'Default',
      project_domain_name: 'Default',
      poll_interval_ms: 10,
    },
    { cwd: cloud.cwd, env: {} },
  );
  conn.compute.headers['OpenStack-API-Version'] = `compute ${mv}`;
  conn.compute.headers['X-OpenStack-Nova-API-Version'] = mv;
  return { ...conn, microversion: mv };
}
