// Glance v2 under /image: the version document (300, as Glance answers) and read access to images,
// with name/status/visibility/owner filters and marker paging that ends when `next` is absent.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import { BadRequest } from '../../model/errors';
import type { Image } from '../../model/types';
import { asEngineError } from '../faults';
import { iso, requireToken } from './services';

function imageView(i: Image) {
  return {
    ...i.metadata,
    id: i.id,
    name: i.name,
    status: i.status,
    visibility: i.visibility,
    protected: false,
    os_hidden: false,
    checksum: null,
    os_hash_algo: null,
    os_hash_value: null,
    owner: i.ownerId,
    size: i.size,
    virtual_size: null,
    min_ram: i.minRam,
    min_disk: i.minDisk,
    disk_format: i.diskFormat,
    container_format: i.containerFormat,
    tags: [],
    created_at: iso(i.createdAt),
    updated_at: iso(i.updatedAt),
    self: `/v2/images/${i.id}`,
    file: `/v2/images/${i.id}/file`,
    schema: '/v2/schemas/image',
  };
}

export function imageRoutes(engine: Engine) {
  return async (app: FastifyInstance) => {
    // Glance answers errors in plain text.
    app.setErrorHandler((err, _req, reply) => {
      const e = asEngineError(err);
      return reply
        .code(e.status)
        .type('text/plain; charset=UTF-8')
        .send(`${e.status} ${e.status === 404 ? 'Not Found' : 'Error'}\n\n${e.message}\n\n   `);
    });
    const versions = (origin: string) => ({
      versions: ['2.16', '2.15', '2.9', '2.0'].map((v, i) => ({
        id: `v${v}`,
        status: i === 0 ? 'CURRENT' : 'SUPPORTED',
        links: [{ rel: 'self', href: `${origin}/image/v2/` }],
      })),
    });
    app.get('/', async (req, reply) => reply.code(300).send(versions(req.origin)));
    app.get('/versions', async (req) => versions(req.origin));
    // Everything but the version documents needs a token.
    app.register(async (app) => {
      requireToken(app, engine);
      app.get('/v2/images', async (req) => {
        const q = req.query as Partial<Record<string, string>>;
        let images = engine.catalog.images(req.caller);
        const visibility = q.visibility ?? 'all';
        if (visibility !== 'all') images = images.filter((i) => i.visibility === visibility);
        if (q.name !== undefined) images = images.filter((i) => i.name === q.name);
        if (q.status !== undefined) images = images.filter((i) => i.status === q.status);
        if (q.owner !== undefined) images = images.filter((i) => i.ownerId === q.owner);
        if (q.id !== undefined) {
          const ids = q.id.startsWith('in:') ? q.id.slice(3).split(',') : [q.id];
          images = images.filter((i) => ids.includes(i.id));
        }
        if (q.marker !== undefined) {
          const at = images.findIndex((i) => i.id === q.marker);
          if (at < 0) throw new BadRequest(`marker ${q.marker} could not be found.`);
          images = images.slice(at + 1);
        }
        const limit = q.limit === undefined ? 25 : Number(q.limit);
        if (!Number.isInteger(limit) || limit < 0) throw new BadRequest('limit param must be an integer');
        const page = images.slice(0, limit);
        const out: Record<string, unknown> = {
          images: page.map(imageView),
          first: '/v2/images',
          schema: '/v2/schemas/images',
        };
        if (images.length > limit) out.next = `/v2/images?marker=${page[page.length - 1].id}&limit=${limit}`;
        return out;
      });
      app.get('/v2/images/:id', async (req) =>
        imageView(engine.catalog.image(req.caller, (req.params as { id: string }).id)),
      );
      app.delete('/v2/images/:id', async (req, reply) => {
        engine.catalog.deleteImage(req.caller, (req.params as { id: string }).id);
        return reply.code(204).send();
      });
    });
  };
}
