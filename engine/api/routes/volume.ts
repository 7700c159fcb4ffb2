// Cinder v3 under /volume/v3/{project_id}: version documents and volumes (create/list/show/delete/extend);
// status follows attachments (available → in-use → available) and an attached volume cannot be deleted.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Engine } from '../../engine';
import { BadRequest, EngineError } from '../../model/errors';
import type { Volume } from '../../model/types';
import { asEngineError, novaFault } from '../faults';
import { exactFilter, iso, requireToken } from './services';
import { negotiateVolume, VOLUME_EXTEND_INUSE, VOLUME_MAX_MINOR } from '../volume-microversion';

const MAX = `3.${VOLUME_MAX_MINOR}`;

/** The negotiated volume microversion (3.<minor>) of each request. */
const volumeMinor = new WeakMap<FastifyRequest, number>();

function volumeView(origin: string, v: Volume, admin: boolean, typeId: string | null) {
  const out: Record<string, unknown> = {
    id: v.id,
    name: v.name,
    description: v.description,
    status: v.status,
    size: v.size,
    availability_zone: v.availabilityZone,
    created_at: iso(v.createdAt),
    updated_at: iso(v.updatedAt),
    volume_type: v.volumeType,
    snapshot_id: v.snapshotId,
    source_volid: null,
    bootable: String(v.bootable),
    encrypted: false,
    multiattach: false,
    metadata: v.metadata,
    user_id: v.userId,
    'os-vol-tenant-attr:tenant_id': v.projectId,
    replication_status: null,
    consistencygroup_id: null,
    migration_status: null,
    group_id: null,
    attachments: v.attachments.map((a) => ({
      id: v.id,
      attachment_id: a.attachmentId,
      volume_id: v.id,
      server_id: a.serverId,
      host_name: null,
      device: a.device,
      attached_at: iso(a.attachedAt),
    })),
    links: [
      { rel: 'self', href: `${origin}/volume/v3/${v.projectId}/volumes/${v.id}` },
      { rel: 'bookmark', href: `${origin}/volume/${v.projectId}/volumes/${v.id}` },
    ],
  };
  if (v.imageId) out.volume_image_metadata = { image_id: v.imageId };
  Object.assign(out, { volume_type_id: typeId, consumes_quota: true, shared_targets: false });
  // Where the volume lives is for admins (Cinder's host, migration and cluster attributes).
  if (admin) {
    Object.assign(out, {
      'os-vol-host-attr:host': 'cinder@lvm#LVM',
      'os-vol-mig-status-attr:migstat': null,
      'os-vol-mig-status-attr:name_id': null,
      cluster_name: null,
      provider_id: null,
      service_uuid: '2f7d2bf6-5c9a-4fd1-9a37-6f0b6a5d3c11',
    });
  }
  return out;
}

export function volumeRoutes(engine: Engine) {
  return async (app: FastifyInstance) => {
    app.setErrorHandler((err, _req, reply) => {
      const e = asEngineError(err);
      return reply
        .code(e.status)
        .send(novaFault(e.status, e.message, e.fault === 'requestEntityTooLarge' ? 'overLimit' : e.fault));
    });
    const versions = (origin: string) => ({
      versions: [
        {
          id: 'v3.0',
          status: 'CURRENT',
          version: MAX,
          min_version: '3.0',
          updated: '2023-08-31T00:00:00Z',
          links: [{ rel: 'self', href: `${origin}/volume/v3/` }],
          'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.volume+json;version=3' }],
        },
      ],
    });
    app.get('/', async (req, reply) => reply.code(300).send(versions(req.origin)));
    app.get('/v3', async (req) => versions(req.origin));
    app.get('/v3/', async (req) => versions(req.origin));
    // Everything but the version documents needs a token.
    app.register(async (app) => {
      requireToken(app, engine);
      app.addHook('onRequest', (req, reply, done) => {
        const project = (req.params as { project_id?: string }).project_id;
        if (project && project !== req.caller.projectId && !req.caller.roles.includes('admin')) {
          done(new EngineError(403, 'forbidden', "Policy doesn't allow volume:get_all to be performed."));
          return;
        }
        try {
          const minor = negotiateVolume(req.headers);
          volumeMinor.set(req, minor);
          reply.header('OpenStack-API-Version', `volume 3.${minor}`);
          reply.header('Vary', 'OpenStack-API-Version');
        } catch (e) {
          done(e as Error);
          return;
        }
        done();
      });
      const admin = (req: FastifyRequest) => req.caller.roles.includes('admin');
      const view = (req: FastifyRequest, v: Volume, isAdmin: boolean) =>
        volumeView(req.origin, v, isAdmin, engine.store.volumeTypes.first('name = ?', [v.volumeType])?.id ?? null);
      const list = (req: FastifyRequest, detail: boolean) => {
        const all = engine.volumes.list(req.caller).map((v) => view(req, v, admin(req)));
        const filtered = exactFilter(all, req.query as Record<string, string | string[]>, [
          'limit',
          'marker',
          'sort',
          'sort_key',
          'sort_dir',
          'all_tenants',
          'with_count',
        ]);
        return { volumes: detail ? filtered : filtered.map((v) => ({ id: v.id, name: v.name, links: v.links })) };
      };
      app.get('/v3/:project_id/volumes', async (req) => list(req, false));
      app.get('/v3/:project_id/volumes/detail', async (req) => list(req, true));
      app.get('/v3/:project_id/volumes/:id', async (req) => ({
        volume: view(req, engine.volumes.get(req.caller, (req.params as { id: string }).id), admin(req)),
      }));
      app.post('/v3/:project_id/volumes', async (req, reply) => {
        const b = (req.body as { volume?: Record<string, unknown> } | null)?.volume;
        if (!b || typeof b !== 'object') throw new BadRequest("Missing required element 'volume' in request body.");
        const size = Number(b.size);
        const v = engine.volumes.create(req.caller, {
          size,
          name: b.name as string | undefined,
          description: b.description as string | undefined,
          volumeType: b.volume_type as string | undefined,
          imageId: (b.imageRef as string | undefined) ?? null,
          snapshotId: (b.snapshot_id as string | undefined) ?? null,
          availabilityZone: b.availability_zone as string | undefined,
          metadata: b.metadata as Record<string, string> | undefined,
        });
        return reply.code(202).send({ volume: view(req, v, admin(req)) });
      });
      app.put('/v3/:project_id/volumes/:id', async (req) => {
        const b = ((req.body as { volume?: Record<string, unknown> } | null)?.volume ?? {}) as {
          name?: string;
          description?: string;
          metadata?: Record<string, string>;
        };
        return {
          volume: view(req, engine.volumes.update(req.caller, (req.params as { id: string }).id, b), admin(req)),
        };
      });
      app.delete('/v3/:project_id/volumes/:id', async (req, reply) => {
        engine.volumes.delete(req.caller, (req.params as { id: string }).id);
        return reply.code(202).send();
      });
      app.post('/v3/:project_id/volumes/:id/action', async (req, reply) => {
        const b = req.body as { 'os-extend'?: { new_size?: number } } | null;
        if (!b?.['os-extend']) throw new BadRequest('There is no such action');
        // Cinder extends an in-use volume only from 3.42 on (VOLUME_EXTEND_INUSE); before, it must be available.
        const attachedToo = (volumeMinor.get(req) ?? 0) >= VOLUME_EXTEND_INUSE;
        engine.volumes.extend(
          req.caller,
          (req.params as { id: string }).id,
          Number(b['os-extend'].new_size),
          attachedToo,
        );
        return reply.code(202).send();
      });
    });
  };
}
