// A server's sub-resources: metadata, tags, ips, interfaces, volume attachments and instance actions.
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import { BadRequest, NotFound } from '../../model/errors';
import { invalid, onlyKnown, wrapped } from '../body';
import { show } from '../../model/show';
import { interfaceView, instanceActionView, volumeAttachedView, volumeAttachmentView } from '../views/catalog';
import { selfLink } from '../views/common';
import { addresses, loadViewData } from '../views/server';
import { one, reply, route, since } from './common';

export async function serverPartRoutes(app: FastifyInstance, engine: Engine): Promise<void> {
  // metadata
  route(app, engine, 'GET', '/servers/:id/metadata', (r) =>
    reply(200, { metadata: r.engine.servers.get(r.nova.caller, r.params.id).metadata }),
  );
  for (const [method, mode] of [
    ['POST', 'merge'],
    ['PUT', 'replace'],
  ] as const) {
    route(app, engine, method, '/servers/:id/metadata', (r) =>
      reply(200, {
        metadata: r.engine.servers.setMetadata(r.nova.caller, r.params.id, wrapped(r.body, 'metadata'), mode),
      }),
    );
  }
  route(app, engine, 'GET', '/servers/:id/metadata/:key', (r) => {
    const md = r.engine.servers.get(r.nova.caller, r.params.id).metadata;
    if (!(r.params.key in md)) throw new NotFound('Metadata item was not found');
    return reply(200, { meta: { [r.params.key]: md[r.params.key] } });
  });
  route(app, engine, 'PUT', '/servers/:id/metadata/:key', (r) =>
    reply(200, {
      meta: r.engine.servers.setMetadataItem(r.nova.caller, r.params.id, r.params.key, wrapped(r.body, 'meta')),
    }),
  );
  route(app, engine, 'DELETE', '/servers/:id/metadata/:key', (r) => {
    r.engine.servers.deleteMetadataItem(r.nova.caller, r.params.id, r.params.key);
    return reply(204);
  });

  // tags (2.26+)
  route(app, engine, 'GET', '/servers/:id/tags', (r) => {
    since(r, 26);
    return reply(200, { tags: r.engine.servers.get(r.nova.caller, r.params.id).tags });
  });
  route(app, engine, 'PUT', '/servers/:id/tags', (r) => {
    since(r, 26);
    const body = r.body as { tags?: unknown } | null;
    if (!body || !('tags' in body)) throw invalid('tags', body, "'tags' is a required property");
    return reply(200, { tags: r.engine.servers.replaceTags(r.nova.caller, r.params.id, body.tags) });
  });
  route(app, engine, 'DELETE', '/servers/:id/tags', (r) => {
    since(r, 26);
    r.engine.servers.deleteTag(r.nova.caller, r.params.id, null);
    return reply(204);
  });
  route(app, engine, 'GET', '/servers/:id/tags/:tag', (r) => {
    since(r, 26);
    if (!r.engine.servers.get(r.nova.caller, r.params.id).tags.includes(r.params.tag))
      throw new NotFound(`Server ${r.params.id} has no tag '${r.params.tag}'`);
    return reply(204);
  });
  route(app, engine, 'PUT', '/servers/:id/tags/:tag', (r) => {
    since(r, 26);
    const { created } = r.engine.servers.addTag(r.nova.caller, r.params.id, r.params.tag);
    return created
      ? reply(201, undefined, {
          Location: `${selfLink(r.nova.view, 'servers', r.params.id)}/tags/${encodeURIComponent(r.params.tag)}`,
        })
      : reply(204);
  });
  route(app, engine, 'DELETE', '/servers/:id/tags/:tag', (r) => {
    since(r, 26);
    r.engine.servers.deleteTag(r.nova.caller, r.params.id, r.params.tag);
    return reply(204);
  });

  // ips
  const ips = (id: string, caller: Parameters<Engine['servers']['get']>[0]) => {
    const s = engine.servers.get(caller, id);
    return addresses(s, loadViewData(engine.store, [s]), false);
  };
  route(app, engine, 'GET', '/servers/:id/ips', (r) => reply(200, { addresses: ips(r.params.id, r.nova.caller) }));
  route(app, engine, 'GET', '/servers/:id/ips/:network', (r) => {
    const all = ips(r.params.id, r.nova.caller);
    if (!(r.params.network in all)) throw new NotFound('Instance is not a member of specified network');
    return reply(200, { [r.params.network]: all[r.params.network] });
  });

  // os-interface
  route(app, engine, 'GET', '/servers/:id/os-interface', (r) =>
    reply(200, {
      interfaceAttachments: r.engine.servers
        .listInterfaces(r.nova.caller, r.params.id)
        .map((p) => interfaceView(r.nova.view, p)),
    }),
  );
  route(app, engine, 'GET', '/servers/:id/os-interface/:port', (r) =>
    reply(200, {
      interfaceAttachment: interfaceView(
        r.nova.view,
        r.engine.servers.getInterface(r.nova.caller, r.params.id, r.params.port),
      ),
    }),
  );
  route(app, engine, 'POST', '/servers/:id/os-interface', (r) => {
    const body =
      r.body === undefined || r.body === null
        ? {}
        : onlyKnown(
            wrapped(r.body, 'interfaceAttachment', { nullable: true }),
            'interfaceAttachment',
            ['net_id', 'port_id', 'fixed_ips', ['tag', 49]],
            r.nova.mv,
          );
    if (body.fixed_ips && !body.net_id)
      throw new BadRequest('Must input network_id when request IP address', 'fixed_ips');
    if (!body.net_id && !body.port_id) {
      const nets = r.engine.catalog.networks(r.nova.caller).filter((n) => !n.external);
      if (!nets.length)
        throw new BadRequest(
          `No specific network was requested and none are available for project '${r.nova.caller.projectId}'.`,
        );
      if (nets.length > 1)
        throw new BadRequest(
          'More than one possible network found. Specify network ID(s) to select which one(s) to connect to.',
        );
      body.net_id = nets[0].id;
    }
    const port = r.engine.servers.attachInterface(r.nova.caller, r.params.id, body);
    return reply(200, { interfaceAttachment: interfaceView(r.nova.view, port) });
  });
  route(app, engine, 'DELETE', '/servers/:id/os-interface/:port', (r) => {
    r.engine.servers.detachInterface(r.nova.caller, r.params.id, r.params.port);
    return reply(202);
  });

  // os-volume_attachments
  route(app, engine, 'GET', '/servers/:id/os-volume_attachments', (r) => {
    const all = r.engine.servers.listVolumeAttachments(r.nova.caller, r.params.id);
    const offset = Number(one(r.query.offset) ?? 0),
      limit = Number(one(r.query.limit) ?? all.length);
    return reply(200, {
      volumeAttachments: all
        .slice(offset, offset + limit)
        .map((a) => volumeAttachmentView(r.nova.view, r.params.id, a)),
    });
  });
  route(app, engine, 'GET', '/servers/:id/os-volume_attachments/:volume', (r) =>
    reply(200, {
      volumeAttachment: volumeAttachmentView(
        r.nova.view,
        r.params.id,
        r.engine.servers.getVolumeAttachment(r.nova.caller, r.params.id, r.params.volume),
      ),
    }),
  );
  route(app, engine, 'POST', '/servers/:id/os-volume_attachments', (r) => {
    const body = onlyKnown(
      wrapped(r.body, 'volumeAttachment'),
      'volumeAttachment',
      ['volumeId', 'device', ['tag', 49], ['delete_on_termination', 79]],
      r.nova.mv,
    );
    if (
      body.device !== undefined &&
      body.device !== null &&
      !/^(\/dev\/x?[a-z]?d?)([a-z]+)[0-9]*$/.test(show(body.device))
    ) {
      throw invalid(
        'device',
        body.device,
        `'${show(body.device)}' does not match '(^/dev/x{0,1}[a-z]{0,1}d{0,1})([a-z]+)[0-9]*$'`,
      );
    }
    const a = r.engine.servers.attachVolume(r.nova.caller, r.params.id, body as never);
    return r.nova.mv.atLeast(2, 101)
      ? reply(202)
      : reply(200, { volumeAttachment: volumeAttachedView(r.nova.view, r.params.id, a) });
  });
  route(app, engine, 'PUT', '/servers/:id/os-volume_attachments/:volume', (r) => {
    const body = wrapped(r.body, 'volumeAttachment');
    if (body.volumeId !== r.params.volume) {
      // A different volume is a swap, which only Cinder may ask for.
      throw new BadRequest(
        'Swapping volumes is only done by the block storage service; update the attachment with the same volumeId.',
        'volumeId',
      );
    }
    since(r, 85);
    for (const k of ['device', 'tag', 'serverId', 'id'])
      if (k in body) throw new BadRequest(`The ${k} property is not mutable`, k);
    r.engine.servers.updateVolumeAttachment(r.nova.caller, r.params.id, r.params.volume, {
      deleteOnTermination: body.delete_on_termination as boolean | undefined,
    });
    return reply(202);
  });
  route(app, engine, 'DELETE', '/servers/:id/os-volume_attachments/:volume', (r) => {
    r.engine.servers.detachVolume(r.nova.caller, r.params.id, r.params.volume);
    return reply(202);
  });

  // os-instance-actions
  route(app, engine, 'GET', '/servers/:id/os-instance-actions', (r) =>
    reply(200, {
      instanceActions: r.engine.servers
        .instanceActions(r.nova.caller, r.params.id)
        .map((a) => instanceActionView(r.nova.view, a, false)),
    }),
  );
  route(app, engine, 'GET', '/servers/:id/os-instance-actions/:req', (r) => {
    const a = r.engine.servers.instanceActions(r.nova.caller, r.params.id).find((x) => x.requestId === r.params.req);
    if (!a) throw new NotFound(`Action ${r.params.req} on instance ${r.params.id} could not be found`);
    return reply(200, { instanceAction: instanceActionView(r.nova.view, a, true) });
  });
}
