import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import { actionRoutes } from './actions';
import { catalogRoutes } from './catalog';
import { serverPartRoutes } from './server-parts';
import { serverRoutes } from './servers';

/** Every compute route, registered once per path root (/v2.1, /v2.1/{project_id}, /v2, /v2/{tenant_id}). */
export async function computeRoutes(app: FastifyInstance, engine: Engine): Promise<void> {
  await serverRoutes(app, engine);
  await actionRoutes(app, engine);
  await serverPartRoutes(app, engine);
  await catalogRoutes(app, engine);
}
