// What the app attaches to every request before a route runs (the negotiated microversion, the caller, the
// view context), in a module of its own so the app and the route helpers both import it, not each other.
import type { Caller } from '../model/types';
import type { Microversion } from './microversion';
import type { ViewContext } from './views/common';

export interface NovaRequest {
  mv: Microversion;
  caller: Caller;
  view: ViewContext;
  legacy: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    nova: NovaRequest;
    origin: string;
    rawBody?: string;
  }
}
