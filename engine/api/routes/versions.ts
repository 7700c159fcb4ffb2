// Unauthenticated compute version documents, with hrefs built from the request's own host.
import type { FastifyInstance } from 'fastify';
import { MAX_MINOR, MIN_MINOR } from '../microversion';

const v2 = (origin: string) => ({
  id: 'v2.0',
  status: 'SUPPORTED',
  version: '',
  min_version: '',
  updated: '2011-01-21T11:33:21Z',
  links: [{ rel: 'self', href: `${origin}/v2/` }],
});
const v21 = (origin: string) => ({
  id: 'v2.1',
  status: 'CURRENT',
  version: `2.${MAX_MINOR}`,
  min_version: `2.${MIN_MINOR}`,
  updated: '2013-07-23T11:33:21Z',
  links: [{ rel: 'self', href: `${origin}/v2.1/` }],
});
const detailed = (entry: ReturnType<typeof v2>, mediaVersion: string) => ({
  version: {
    ...entry,
    links: [...entry.links, { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' }],
    'media-types': [
      { base: 'application/json', type: `application/vnd.openstack.compute+json;version=${mediaVersion}` },
    ],
  },
});

export async function versionRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (req) => ({ versions: [v2(req.origin), v21(req.origin)] }));
  for (const p of ['/v2.1', '/v2.1/']) app.get(p, async (req) => detailed(v21(req.origin), '2.1'));
  for (const p of ['/v2', '/v2/']) app.get(p, async (req) => detailed(v2(req.origin), '2'));
}
