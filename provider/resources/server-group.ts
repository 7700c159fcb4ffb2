// ServerGroup: one POST (the single-policy body from microversion 2.64, the legacy `policies` list below),
// one GET to read, one DELETE. Every input replaces, so update only ever carries nothing.
import type { Connection } from '../client/connection';
import { planFromSchema } from '../diff';
import { serverGroupSchema as schema } from '../schema/server-group';
import { validateInputs } from '../schema/validate';
import type { Obj } from '../schema/values';
import { checkedConfig, ignoreGone, mvAtLeast, orNull } from './common/api';
import type { ResourceType } from './types';

interface GroupBody {
  id: string;
  name: string;
  policy?: string;
  policies?: string[];
  rules?: { max_server_per_host?: number };
  members?: string[];
  project_id?: string;
}

function toState(g: GroupBody): Obj {
  const max = g.rules?.max_server_per_host;
  return {
    id: g.id,
    name: g.name,
    policies: g.policies ?? (g.policy ? [g.policy] : []),
    rules: max === undefined ? null : { max_server_per_host: max },
    members: g.members ?? [],
    project_id: g.project_id ?? '',
  };
}

async function get(conn: Connection, id: string): Promise<Obj | null> {
  const res = await orNull(
    conn.compute.call<{ server_group: GroupBody }>('GET', `/os-server-groups/${encodeURIComponent(id)}`),
  );
  return res ? toState(res.body.server_group) : null;
}

export const serverGroup: ResourceType = {
  schema,
  validate: (config) => validateInputs(schema, config),
  plan: async (_conn, prior, config) => planFromSchema(schema, prior, config),
  async create(conn, config) {
    const c = checkedConfig(schema, config);
    const [policy] = c.policies as string[];
    const rules = c.rules as { max_server_per_host: number } | undefined;
    if (rules && !mvAtLeast(conn, 64))
      throw new Error(
        `rules: server group rules need compute microversion 2.64; the cloud offers ${conn.microversion}`,
      );
    const body = mvAtLeast(conn, 64)
      ? { name: c.name, policy, ...(rules ? { rules } : {}) }
      : { name: c.name, policies: [policy] };
    const res = await conn.compute.call<{ server_group: GroupBody }>('POST', '/os-server-groups', {
      server_group: body,
    });
    return toState(res.body.server_group);
  },
  read: (conn, state) => get(conn, String(state.id)),
  async update(_conn, prior, config) {
    checkedConfig(schema, config);
    return prior;
  },
  async delete(conn, state) {
    await ignoreGone(conn.compute.call('DELETE', `/os-server-groups/${encodeURIComponent(String(state.id))}`));
  },
  import: (conn, id) => get(conn, id),
};
