// A thin route helper: handlers get the engine, the negotiated request context and the parsed inputs, and
// return a Reply value (or throw an EngineError, which the app's error handler renders as a Nova fault).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine';
import { EngineError } from '../../model/errors';
import type { NovaRequest } from '../request';

export interface RouteInput {
  engine: Engine;
  nova: NovaRequest;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  body: unknown;
  req: FastifyRequest;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export const reply = (status: number, body?: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';

export function route(
  app: FastifyInstance,
  engine: Engine,
  method: Method,
  url: string,
  handler: (r: RouteInput) => Reply,
) {
  app.route({
    method,
    url,
    handler(req: FastifyRequest, res: FastifyReply) {
      const out = handler({
        engine,
        nova: req.nova,
        params: req.params as Record<string, string>,
        query: req.query as Record<string, string | string[]>,
        body: req.body,
        req,
      });
      if (out.headers) res.headers(out.headers);
      res.code(out.status);
      // A 202/204 with nothing to say has an empty body, as Nova's does.
      return out.body === undefined ? res.send() : res.send(out.body);
    },
  });
}

/** A route that exists only from a microversion on: below it, Nova answers 404. */
export function since(r: RouteInput, minor: number): void {
  if (r.nova.mv.below(2, minor)) throw new EngineError(404, 'itemNotFound', 'The resource could not be found.');
}
/** A route removed at a microversion (the nova-network and image proxies at 2.36). */
export function until(r: RouteInput, minor: number): void {
  if (r.nova.mv.atLeast(2, minor)) throw new EngineError(404, 'itemNotFound', 'The resource could not be found.');
}

/** The last value of a possibly repeated query parameter. */
export const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[v.length - 1] : v);
export const many = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
