// Starting the engine as an HTTP server: for tests (127.0.0.1, port 0), the provider's embedded mode and
// `novaform engine serve`.
import type { FastifyInstance } from 'fastify';
import { createEngine, type Engine, type EngineOptions } from '../engine';
import { buildApp, type AppOptions } from './app';

export interface StartOptions extends EngineOptions, AppOptions {
  port?: number;
  host?: string;
}

export interface RunningEngine {
  /** http://host:port */
  url: string;
  /** Keystone v3 auth URL (…/identity/v3) */
  authUrl: string;
  engine: Engine;
  app: FastifyInstance;
  clock: Engine['clock'];
  close(): Promise<void>;
}

export async function startEngine(opts: StartOptions = {}): Promise<RunningEngine> {
  const engine = createEngine(opts);
  const app = buildApp(engine, opts);
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ port: opts.port ?? 0, host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closed = false;
  return {
    url,
    authUrl: `${url}/identity/v3`,
    engine,
    app,
    clock: engine.clock,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      engine.close();
    },
  };
}
