// Neutron v2.0 under /network: networks and subnets (read), ports and security groups (+ rules).
import type { FastifyInstance } from 'fastify';
import type { Engine } from '../../engine';
import { networkVisible } from '../../domain/networking';
import { NotFound } from '../../model/errors';
import type { Caller, Network, Port, SecurityGroup, SecurityGroupRule, Subnet } from '../../model/types';
import { asEngineError } from '../faults';
import { exactFilter, iso, neutronError, requireToken } from './services';

const TYPES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'OverQuota',
};

function networkView(n: Network) {
  return {
    id: n.id,
    name: n.name,
    tenant_id: n.projectId,
    project_id: n.projectId,
    status: n.status,
    subnets: n.subnetIds,
    shared: n.shared,
    'router:external': n.external,
    admin_state_up: true,
    mtu: n.mtu,
    availability_zones: ['nova'],
    availability_zone_hints: [],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    description: '',
    port_security_enabled: true,
    is_default: false,
    tags: [],
    created_at: iso(n.createdAt),
    updated_at: iso(n.createdAt),
    revision_number: 1,
  };
}

function subnetView(s: Subnet) {
  return {
    id: s.id,
    name: s.name,
    network_id: s.networkId,
    tenant_id: s.projectId,
    project_id: s.projectId,
    cidr: s.cidr,
    ip_version: s.ipVersion,
    gateway_ip: s.gatewayIp,
    allocation_pools: [{ start: s.allocationStart, end: s.allocationEnd }],
    enable_dhcp: s.enableDhcp,
    dns_nameservers: s.dnsNameservers,
    host_routes: [],
    description: '',
    subnetpool_id: null,
    ipv6_ra_mode: null,
    ipv6_address_mode: null,
    service_types: [],
    tags: [],
    revision_number: 1,
    created_at: iso(s.createdAt ?? 0),
    updated_at: iso(s.createdAt ?? 0),
  };
}

export function portView(p: Port) {
  return {
    id: p.id,
    name: p.name,
    network_id: p.networkId,
    tenant_id: p.projectId,
    project_id: p.projectId,
    mac_address: p.macAddress,
    fixed_ips: p.fixedIps.map((f) => ({ subnet_id: f.subnetId, ip_address: f.ipAddress })),
    device_id: p.deviceId,
    device_owner: p.deviceOwner,
    status: p.status,
    admin_state_up: p.adminStateUp,
    security_groups: p.securityGroupIds,
    description: '',
    port_security_enabled: true,
    allowed_address_pairs: [],
    extra_dhcp_opts: [],
    'binding:vnic_type': 'normal',
    tags: [],
    created_at: iso(p.createdAt),
    updated_at: iso(p.createdAt),
    revision_number: 1,
  };
}

function ruleView(g: SecurityGroup, r: SecurityGroupRule) {
  return {
    id: r.id,
    security_group_id: g.id,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    port_range_min: r.portRangeMin,
    port_range_max: r.portRangeMax,
    remote_ip_prefix: r.remoteIpPrefix,
    remote_group_id: r.remoteGroupId,
    tenant_id: g.projectId,
    project_id: g.projectId,
    description: '',
    revision_number: 0,
    tags: [],
    created_at: iso(g.createdAt ?? 0),
    updated_at: iso(g.createdAt ?? 0),
  };
}

function groupView(g: SecurityGroup) {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    tenant_id: g.projectId,
    project_id: g.projectId,
    stateful: true,
    shared: false,
    tags: [],
    security_group_rules: g.rules.map((r) => ruleView(g, r)),
    revision_number: 1,
    created_at: iso(g.createdAt ?? 0),
    updated_at: iso(g.createdAt ?? 0),
  };
}

const SKIP = ['limit', 'marker', 'fields', 'sort_key', 'sort_dir'];
const body = (b: unknown, key: string) =>
  ((b as Record<string, unknown> | null)?.[key] ?? {}) as Record<string, unknown>;

export function networkRoutes(engine: Engine) {
  return async (app: FastifyInstance) => {
    app.setErrorHandler((err, _req, reply) => {
      const e = asEngineError(err);
      return reply.code(e.status).send(neutronError(TYPES[e.status] ?? 'NeutronError', e.message));
    });
    app.get('/', async () => ({ versions: [{ id: 'v2.0', status: 'CURRENT', links: [] }] }));
    // Everything but the version documents needs a token.
    app.register(async (app) => {
      requireToken(app, engine);
      const c = (req: { caller: Caller }) => req.caller;
      const list = <T extends Record<string, unknown>>(items: T[], query: unknown) =>
        exactFilter(items, query as Record<string, string | string[]>, SKIP);

      // Clients read the extension list to decide which attributes they may send.
      const EXTENSIONS = [
        'security-group',
        'port-security',
        'binding',
        'standard-attr-description',
        'standard-attr-tag',
        'external-net',
        'quotas',
        'allowed-address-pairs',
        'extra_dhcp_opt',
        'network_availability_zone',
        'standard-attr-timestamp',
        'standard-attr-revisions',
      ];
      app.get('/v2.0/extensions', async () => ({
        extensions: EXTENSIONS.map((alias) => ({
          alias,
          name: alias,
          description: alias,
          links: [],
          updated: '2013-01-01T00:00:00-00:00',
        })),
      }));
      app.get('/v2.0/extensions/:alias', async (req) => {
        const alias = (req.params as { alias: string }).alias;
        if (!EXTENSIONS.includes(alias)) throw new NotFound(`Extension with alias ${alias} does not exist`);
        return {
          extension: { alias, name: alias, description: alias, links: [], updated: '2013-01-01T00:00:00-00:00' },
        };
      });
      const visibleNets = (caller: Caller) => engine.store.networks.where().filter((n) => networkVisible(caller, n));
      app.get('/v2.0/networks', async (req) => ({ networks: list(visibleNets(c(req)).map(networkView), req.query) }));
      app.get('/v2.0/networks/:id', async (req) => {
        const n = visibleNets(c(req)).find((x) => x.id === (req.params as { id: string }).id);
        if (!n) throw new NotFound(`Network ${(req.params as { id: string }).id} could not be found.`);
        return { network: networkView(n) };
      });
      const visibleSubnets = (caller: Caller) => {
        const nets = new Set(visibleNets(caller).map((n) => n.id));
        return engine.store.subnets.where().filter((s) => nets.has(s.networkId));
      };
      app.get('/v2.0/subnets', async (req) => ({ subnets: list(visibleSubnets(c(req)).map(subnetView), req.query) }));
      app.get('/v2.0/subnets/:id', async (req) => {
        const s = visibleSubnets(c(req)).find((x) => x.id === (req.params as { id: string }).id);
        if (!s) throw new NotFound(`Subnet ${(req.params as { id: string }).id} could not be found.`);
        return { subnet: subnetView(s) };
      });

      app.get('/v2.0/ports', async (req) => ({
        ports: list(engine.network.listPorts(c(req)).map(portView), req.query),
      }));
      app.get('/v2.0/ports/:id', async (req) => ({
        port: portView(engine.network.getPort(c(req), (req.params as { id: string }).id)),
      }));
      app.post('/v2.0/ports', async (req, reply) =>
        reply.code(201).send({ port: portView(engine.network.createPortFor(c(req), body(req.body, 'port'))) }),
      );
      app.put('/v2.0/ports/:id', async (req) => ({
        port: portView(engine.network.updatePort(c(req), (req.params as { id: string }).id, body(req.body, 'port'))),
      }));
      app.delete('/v2.0/ports/:id', async (req, reply) => {
        engine.network.deletePort(c(req), (req.params as { id: string }).id);
        return reply.code(204).send();
      });

      app.get('/v2.0/security-groups', async (req) => ({
        security_groups: list(engine.network.listSecurityGroups(c(req)).map(groupView), req.query),
      }));
      app.get('/v2.0/security-groups/:id', async (req) => ({
        security_group: groupView(engine.network.getSecurityGroup(c(req), (req.params as { id: string }).id)),
      }));
      app.post('/v2.0/security-groups', async (req, reply) =>
        reply.code(201).send({
          security_group: groupView(engine.network.createSecurityGroup(c(req), body(req.body, 'security_group'))),
        }),
      );
      app.delete('/v2.0/security-groups/:id', async (req, reply) => {
        engine.network.deleteSecurityGroup(c(req), (req.params as { id: string }).id);
        return reply.code(204).send();
      });
      app.get('/v2.0/security-group-rules', async (req) => ({
        security_group_rules: list(
          engine.network.listSecurityGroups(c(req)).flatMap((g) => g.rules.map((r) => ruleView(g, r))),
          req.query,
        ),
      }));
      app.get('/v2.0/security-group-rules/:id', async (req) => {
        const id = (req.params as { id: string }).id;
        for (const g of engine.network.listSecurityGroups(c(req))) {
          const r = g.rules.find((x) => x.id === id);
          if (r) return { security_group_rule: ruleView(g, r) };
        }
        throw new NotFound(`Security group rule ${id} does not exist`);
      });
      app.post('/v2.0/security-group-rules', async (req, reply) => {
        const { group, rule } = engine.network.createRule(c(req), body(req.body, 'security_group_rule'));
        return reply.code(201).send({ security_group_rule: ruleView(group, rule) });
      });
      app.delete('/v2.0/security-group-rules/:id', async (req, reply) => {
        engine.network.deleteRule(c(req), (req.params as { id: string }).id);
        return reply.code(204).send();
      });
    });
  };
}
