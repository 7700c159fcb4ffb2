// InterfaceAttachment: POST os-interface (synchronous in Nova), then wait until the server lists the port;
// read is one GET (404 = detached out of band, or the server is gone); delete re-sends the detach while the
// server is busy and waits until the server no longer lists the port.
import type { Connection } from '../client/connection';
import { planFromSchema } from '../diff';
import { interfaceAttachmentSchema as schema } from '../schema/interface-attachment';
import { validateInputs } from '../schema/validate';
import type { Obj } from '../schema/values';
import { checkedConfig, compact, orNull, splitId, waitUntil, type Verdict } from './common/api';
import { detachAndWait } from './common/detach';
import { PartialApplyError, type ResourceType } from './types';

interface InterfaceBody {
  port_id: string;
  net_id: string;
  mac_addr: string;
  port_state: string;
  fixed_ips?: { subnet_id: string; ip_address: string }[];
}

const path = (server: string, port?: string) =>
  `/servers/${encodeURIComponent(server)}/os-interface${port ? `/${encodeURIComponent(port)}` : ''}`;
const timeout = (kind: 'create' | 'update' | 'delete', t?: number) => t ?? schema.timeouts[kind];

async function get(conn: Connection, server: string, port: string): Promise<InterfaceBody | null> {
  return (
    (await orNull(conn.compute.call<{ interfaceAttachment: InterfaceBody }>('GET', path(server, port))))?.body
      .interfaceAttachment ?? null
  );
}

function toState(server: string, i: InterfaceBody, prior: Obj): Obj {
  const ips = (i.fixed_ips ?? []).map((f) => ({ subnet_id: f.subnet_id, ip_address: f.ip_address }));
  // The fixed IP asked for stays the recorded one while the port still has it; otherwise the port's first.
  const asked = prior.fixed_ip as string | undefined;
  return {
    id: `${server}/${i.port_id}`,
    instance_id: server,
    port_id: i.port_id,
    network_id: i.net_id,
    fixed_ip: asked && ips.some((f) => f.ip_address === asked) ? asked : (ips[0]?.ip_address ?? null),
    mac: i.mac_addr,
    fixed_ips: ips,
    port_state: i.port_state,
  };
}

async function read(conn: Connection, state: Obj): Promise<Obj | null> {
  const i = await get(conn, String(state.instance_id), String(state.port_id));
  return i ? toState(String(state.instance_id), i, state) : null;
}

export const interfaceAttachment: ResourceType = {
  schema,
  validate: (config) => validateInputs(schema, config),
  plan: async (_conn, prior, config) => planFromSchema(schema, prior, config),
  async create(conn, config, opts = {}) {
    const c = checkedConfig(schema, config);
    const server = c.instance_id as string;
    const res = await conn.compute.call<{ interfaceAttachment?: InterfaceBody } | undefined>('POST', path(server), {
      interfaceAttachment: compact({
        port_id: c.port_id,
        net_id: c.network_id,
        fixed_ips: c.fixed_ip ? [{ ip_address: c.fixed_ip }] : undefined,
      }),
    });
    const created = res.body?.interfaceAttachment;
    if (!created) throw new Error(`server ${server}: the attach answered without the interface it created`);
    const partial = toState(server, created, c);
    try {
      const i = await waitUntil(
        conn,
        `port ${created.port_id} to be attached to server ${server}`,
        timeout('create', opts.timeoutMs),
        () => get(conn, server, created.port_id),
        (x): Verdict => (x ? { done: true } : { pending: 'not listed yet' }),
      );
      return toState(server, i!, c);
    } catch (e) {
      throw new PartialApplyError(
        `port ${created.port_id} was attached to server ${server} but did not show up: ${(e as Error).message}`,
        partial,
        e,
      );
    }
  },
  read,
  async update(_conn, prior, config) {
    // Every input replaces; nothing reaches the cloud in place.
    checkedConfig(schema, config);
    return prior;
  },
  async delete(conn, state, opts = {}) {
    const server = String(state.instance_id),
      port = String(state.port_id);
    await detachAndWait(
      conn,
      `port ${port} to detach from server ${server}`,
      timeout('delete', opts.timeoutMs),
      () => conn.compute.call('DELETE', path(server, port)),
      async () => ((await get(conn, server, port)) ? { pending: 'still attached' } : { done: true }),
    );
  },
  async import(conn, id) {
    const [server, port] = splitId(schema, id);
    const i = await get(conn, server, port);
    return i ? toState(server, i, {}) : null;
  },
};
