// InterfaceAttachment: POST os-interface (synchronous in Nova), then wait until the server lists the port;
// read is one GET (404 = detached out of band, or the server is gone); delete re-sends the detach while the
// server is busy and waits until the server no longer lists the port.
import type { Connection } from '../client/connection';
import { planFromSchema } from '../diff';
import { interfaceAttachmentSchema as schema } from '../schema/interface-attachment';
import { ValidationError, validateInputs } from '../schema/validate';
import { isUnknown, type Obj } from '../schema/values';
import { contradiction } from './common/agree';
import { checkedConfig, compact, orNull, splitId, waitUntil, type Verdict } from './common/api';
import { detachAndWait } from './common/detach';
import { PartialApplyError, type ResourceType } from './types';

interface NeutronPort {
  network_id: string;
  fixed_ips: { ip_address: string }[];
}

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

const given = (v: unknown): v is string => typeof v === 'string' && v !== '' && !isUnknown(v);

/**
 * port_id together with network_id or fixed_ip (an imported attachment's generated configuration): accepted
 * while they describe that port — its network, one of its addresses — and refused, naming both, otherwise.
 * The prior state answers when it already says so; the port itself (Neutron) otherwise.
 */
async function checkAgreement(conn: Connection, config: Obj, prior: Obj | null): Promise<void> {
  const port = config.port_id;
  const net = given(config.network_id) ? config.network_id : undefined;
  const ip = given(config.fixed_ip) ? config.fixed_ip : undefined;
  if (!given(port) || (!net && !ip)) return;
  const agrees = (f: { network: string; ips: string[] }) => (!net || f.network === net) && (!ip || f.ips.includes(ip));
  let facts =
    prior?.port_id === port
      ? {
          network: String(prior.network_id),
          ips: ((prior.fixed_ips ?? []) as { ip_address: string }[]).map((f) => f.ip_address),
        }
      : undefined;
  if (!facts || !agrees(facts)) {
    const found = await orNull(
      conn.network.call<{ port: NeutronPort }>('GET', `/v2.0/ports/${encodeURIComponent(port)}`),
    );
    if (!found) throw new ValidationError(schema.name, [{ path: 'port_id', message: `no port "${port}" exists` }]);
    facts = { network: found.body.port.network_id, ips: found.body.port.fixed_ips.map((f) => f.ip_address) };
  }
  if (net && facts.network !== net)
    throw contradiction({
      resource: schema.name,
      by: ['port_id', port],
      other: ['network_id', net],
      actual: facts.network,
      what: 'port',
      relation: 'on network',
    });
  if (ip && !facts.ips.includes(ip))
    throw contradiction({
      resource: schema.name,
      by: ['port_id', port],
      other: ['fixed_ip', ip],
      actual: facts.ips.join(', '),
      what: 'port',
      relation: 'addressed',
    });
}

async function read(conn: Connection, state: Obj): Promise<Obj | null> {
  const i = await get(conn, String(state.instance_id), String(state.port_id));
  return i ? toState(String(state.instance_id), i, state) : null;
}

export const interfaceAttachment: ResourceType = {
  schema,
  validate: (config) => validateInputs(schema, config),
  async plan(conn, prior, config) {
    await checkAgreement(conn, config, prior);
    return planFromSchema(schema, prior, config);
  },
  async create(conn, config, opts = {}) {
    const c = checkedConfig(schema, config);
    await checkAgreement(conn, c, null);
    const server = c.instance_id as string;
    // An existing port brings its network and address: Nova refuses net_id or fixed_ips beside port_id.
    const res = await conn.compute.call<{ interfaceAttachment?: InterfaceBody } | undefined>('POST', path(server), {
      interfaceAttachment: compact({
        port_id: c.port_id,
        net_id: c.port_id ? undefined : c.network_id,
        fixed_ips: c.fixed_ip && !c.port_id ? [{ ip_address: c.fixed_ip }] : undefined,
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
