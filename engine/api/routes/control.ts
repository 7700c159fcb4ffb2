// /_novaform/: the control API (admin token): clock, durations, faults, armed build failures, hosts,
// and state reset / snapshot / restore / export. Same operations as `engine.control` in code.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine';
import { EngineError, policyDenied } from '../../model/errors';
import type { FaultRule } from '../../control';
import { asEngineError, novaFault } from '../faults';
import { requireToken } from './services';

const obj = (b: unknown): Record<string, unknown> =>
  b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : {};

export function controlRoutes(engine: Engine) {
  return async (app: FastifyInstance) => {
    app.setErrorHandler((err, _req, reply) => {
      const e = asEngineError(err);
      return reply.code(e.status).send(novaFault(e.status, e.message, e.fault));
    });
    requireToken(app, engine);
    app.addHook('preHandler', (req: FastifyRequest, _reply, done) => {
      done(req.caller.roles.includes('admin') ? undefined : policyDenied('novaform:control'));
    });
    const c = engine.control;

    app.get('/clock', async () => c.clockState());
    app.post('/clock', async (req) => {
      const b = obj(req.body);
      if (b.mode !== undefined) {
        // A non-string mode is echoed as JSON in the error (String() would print [object Object]).
        const mode = typeof b.mode === 'string' ? b.mode : JSON.stringify(b.mode);
        c.setClockMode(mode, b.now === undefined ? undefined : Number(b.now));
      }
      if (b.advance_ms !== undefined) c.advanceClock(Number(b.advance_ms));
      engine.tick();
      return c.clockState();
    });

    app.get('/durations', async () => ({ durations: c.durations() }));
    app.put('/durations', async (req) => ({ durations: c.setDurations(obj(obj(req.body).durations ?? req.body)) }));

    app.get('/faults', async () => ({ faults: c.listFaults() }));
    app.post('/faults', async (req, reply) => {
      const b = obj(obj(req.body).fault ?? req.body);
      const rule = c.addFault({
        method: b.method as string | undefined,
        path: b.path, // addFault checks that it is a string
        project: b.project as string | undefined,
        status: b.status as number | undefined,
        message: b.message as string | undefined,
        retryAfter: b.retry_after as number | undefined,
        latencyMs: b.latency_ms as number | undefined,
        probability: b.probability as number | undefined,
        remaining: b.count as number | undefined,
      } as Partial<FaultRule>);
      return reply.code(201).send({ fault: rule });
    });
    app.delete('/faults', async (_req, reply) => {
      c.clearFaults();
      return reply.code(204).send();
    });
    app.delete('/faults/:id', async (req, reply) => {
      c.removeFault((req.params as { id: string }).id);
      return reply.code(204).send();
    });

    app.post('/fail-next-build', async (req, reply) => {
      const b = obj(req.body);
      c.failNextBuild(b.message as string | undefined, b.count === undefined ? 1 : Number(b.count));
      return reply.code(202).send();
    });

    app.get('/hosts', async (req) => ({ hosts: engine.hosts.list(req.caller) }));
    app.put('/hosts/:name', async (req) => {
      const b = obj(req.body);
      const change: { up?: boolean; enabled?: boolean; disabledReason?: string | null } = {};
      if (b.up !== undefined) change.up = Boolean(b.up);
      if (b.enabled !== undefined) change.enabled = Boolean(b.enabled);
      if (b.disabled_reason !== undefined) change.disabledReason = b.disabled_reason as string | null;
      return { host: engine.hosts.set(req.caller, (req.params as { name: string }).name, change) };
    });

    app.post('/eci/:id/containers/:name/exit', async (req) => {
      const p = req.params as { id: string; name: string };
      const g = engine.eci.exitContainer(req.caller, p.id, p.name, Number(obj(req.body).exitCode));
      return { containerGroupId: g.id, status: g.status };
    });

    app.post('/state/reset', async (_req, reply) => {
      c.reset();
      return reply.code(204).send();
    });
    app.get('/state/snapshots', async () => ({ snapshots: c.snapshots() }));
    app.post('/state/snapshots', async (req, reply) => {
      const name = obj(req.body).name;
      if (typeof name !== 'string') throw new EngineError(400, 'badRequest', 'name is required', 'name');
      return reply.code(201).send({ snapshot: { name: c.snapshot(name).name } });
    });
    app.post('/state/snapshots/:name/restore', async (req, reply) => {
      c.restore((req.params as { name: string }).name);
      return reply.code(204).send();
    });
    app.get('/state/export', async () => c.export());
  };
}
