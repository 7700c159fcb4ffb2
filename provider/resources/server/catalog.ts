// Names users write (flavor, image, network, security group) resolved to the ids the API compares by, with
// one listing per kind shared by every resource of a connection for a short window, so a refresh of many
// servers does not multiply catalog calls.
import type { Connection } from '../../client/connection';
import { ValidationError } from '../../schema/validate';

interface Named {
  id: string;
  name: string;
}
interface Listing<T> {
  at: number;
  items: Promise<T[]>;
}

const WINDOW_MS = 5_000;
const caches = new WeakMap<Connection, Map<string, Listing<unknown>>>();

async function listing<T>(conn: Connection, kind: string, load: () => Promise<T[]>): Promise<T[]> {
  let cache = caches.get(conn);
  if (!cache) {
    cache = new Map();
    caches.set(conn, cache);
  }
  const hit = cache.get(kind) as Listing<T> | undefined;
  if (hit && Date.now() - hit.at < WINDOW_MS) return hit.items;
  const items = load();
  cache.set(kind, { at: Date.now(), items });
  items.catch(() => cache.delete(kind));
  return items;
}

/** Forget the listings (after this process created or deleted catalog entries). */
export const forgetCatalog = (conn: Connection) => caches.delete(conn);

export const flavors = (conn: Connection) =>
  listing(
    conn,
    'flavors',
    async () =>
      (
        await conn.compute.call<{ flavors: (Named & { vcpus: number; ram: number; disk: number })[] }>(
          'GET',
          '/flavors/detail?is_public=None',
        )
      ).body.flavors,
  );

export const securityGroups = (conn: Connection) =>
  listing(
    conn,
    'security-groups',
    async () =>
      (await conn.network.call<{ security_groups: (Named & { project_id: string })[] }>('GET', '/v2.0/security-groups'))
        .body.security_groups,
  );

export const networks = (conn: Connection) =>
  listing(
    conn,
    'networks',
    async () => (await conn.network.call<{ networks: Named[] }>('GET', '/v2.0/networks')).body.networks,
  );

export const images = (conn: Connection) =>
  listing(
    conn,
    'images',
    async () => (await conn.image.call<{ images: Named[] }>('GET', '/v2/images?limit=1000')).body.images,
  );

function one<T extends Named>(items: T[], ref: string, what: string, field: string, byName = true): T {
  const byId = items.find((i) => i.id === ref);
  if (byId) return byId;
  const matches = byName ? items.filter((i) => i.name === ref) : [];
  if (matches.length === 1) return matches[0];
  throw new ValidationError('Server', [
    {
      path: field,
      message: matches.length
        ? `${matches.length} ${what}s are named '${ref}': give the id`
        : `no ${what} '${ref}' exists`,
    },
  ]);
}

export const flavorByRef = async (conn: Connection, ref: string, field: string) =>
  one(await flavors(conn), ref, 'flavor', field);
export const imageByRef = async (conn: Connection, ref: string, field: string) =>
  one(await images(conn), ref, 'image', field);
export const networkByRef = async (conn: Connection, ref: string, field: string) =>
  one(await networks(conn), ref, 'network', field);

/** Security groups by id or name → ids; the project's own group wins a name shared with another project's. */
export async function securityGroupIds(conn: Connection, refs: string[], field = 'security_groups'): Promise<string[]> {
  const all = await securityGroups(conn);
  const own = all.filter((g) => g.project_id === conn.projectId);
  return refs.map((r, i) => {
    const id = all.find((g) => g.id === r) ?? own.find((g) => g.name === r);
    return (id ?? one(all, r, 'security group', `${field}[${i}]`)).id;
  });
}

/** A security group's name by id (Nova's actions and views speak names). */
export async function securityGroupName(conn: Connection, id: string): Promise<string> {
  return (await securityGroups(conn)).find((g) => g.id === id)?.name ?? id;
}
