// Flavor, image and network lookups: list what the cloud offers (server-side filters where the API has
// them, the rest matched here), then exactly one match — or an error that names the filters and, when
// several match, the candidates.
import type { Connection } from '../client/connection';
import type { ResourceSchema } from '../schema/dsl';
import { flavorLookupSchema, imageLookupSchema, networkLookupSchema } from '../schema/lookups';
import { assertValid } from '../schema/validate';
import { declaresInput, textOf, type Obj } from '../schema/values';
import { orNull } from './common/api';
import type { DataSourceType } from './types';

/** No match, or more than one, for the filters given. */
export class LookupError extends Error {
  constructor(
    readonly kind: string,
    readonly filters: Obj,
    readonly candidates: string[],
  ) {
    const given =
      Object.entries(filters)
        .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
        .join(', ') || '(no filters)';
    super(
      candidates.length
        ? `${candidates.length} ${kind}s match ${given}: ` +
            `${candidates.slice(0, 10).join(', ')}${candidates.length > 10 ? ', …' : ''}; ` +
            `add filters so that exactly one matches`
        : `no ${kind} matches ${given}`,
    );
  }
}

const set = (v: unknown) => v !== undefined && v !== null;
/** The filters the user gave (for the error message and matching). */
const given = (schema: ResourceSchema, args: Obj): Obj =>
  Object.fromEntries(Object.entries(args).filter(([k, v]) => set(v) && declaresInput(schema.fields, k)));

function one<T>(kind: string, filters: Obj, matches: T[], label: (x: T) => string): T {
  if (matches.length !== 1) throw new LookupError(kind, filters, matches.map(label));
  return matches[0];
}

const query = (q: Record<string, unknown>) => {
  const s = new URLSearchParams(
    Object.entries(q)
      .filter(([, v]) => set(v))
      .map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
  return s ? `?${s}` : '';
};

// ---- flavors (Nova) ----
interface FlavorBody {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  swap: number | '';
  'OS-FLV-EXT-DATA:ephemeral'?: number;
  rxtx_factor?: number;
  'os-flavor-access:is_public'?: boolean;
  description?: string | null;
  extra_specs?: Record<string, string>;
}

async function allFlavors(conn: Connection, f: Obj): Promise<FlavorBody[]> {
  const out: FlavorBody[] = [];
  for (let marker: string | undefined; ;) {
    const res = await conn.compute.call<{ flavors: FlavorBody[]; flavors_links?: unknown[] }>(
      'GET',
      `/flavors/detail${query({ minRam: f.min_ram, minDisk: f.min_disk, marker })}`,
    );
    out.push(...res.body.flavors);
    if (!res.body.flavors_links?.length || !res.body.flavors.length) return out;
    marker = res.body.flavors[res.body.flavors.length - 1].id;
  }
}

const flavorState = (x: FlavorBody, args: Obj): Obj => ({
  ...args,
  id: x.id,
  flavor_id: x.id,
  name: x.name,
  vcpus: x.vcpus,
  ram: x.ram,
  disk: x.disk,
  swap: x.swap === '' ? 0 : x.swap,
  ephemeral: x['OS-FLV-EXT-DATA:ephemeral'] ?? 0,
  rx_tx_factor: x.rxtx_factor ?? 1,
  is_public: x['os-flavor-access:is_public'] ?? true,
  description: x.description ?? '',
  extra_specs: x.extra_specs ?? {},
});

export const flavorLookup: DataSourceType = {
  schema: flavorLookupSchema,
  function: 'getFlavor',
  async read(conn, args) {
    assertValid(flavorLookupSchema, args);
    const f = given(flavorLookupSchema, args);
    const list = set(f.flavor_id)
      ? [
          (
            await orNull(
              conn.compute.call<{ flavor: FlavorBody }>('GET', `/flavors/${encodeURIComponent(textOf(f.flavor_id))}`),
            )
          )?.body.flavor,
        ].filter((x): x is FlavorBody => !!x)
      : await allFlavors(conn, f);
    const matches = list.filter(
      (x) =>
        (!set(f.name) || x.name === f.name) &&
        (!set(f.vcpus) || x.vcpus === f.vcpus) &&
        (!set(f.ram) || x.ram === f.ram) &&
        (!set(f.disk) || x.disk === f.disk) &&
        (!set(f.min_ram) || x.ram >= Number(f.min_ram)) &&
        (!set(f.min_disk) || x.disk >= Number(f.min_disk)),
    );
    return flavorState(
      one('flavor', f, matches, (x) => `${x.id} (${x.name})`),
      args,
    );
  },
};

// ---- images (Glance v2) ----
interface ImageBody {
  id: string;
  name: string | null;
  visibility: string;
  tags?: string[];
  status: string;
  min_disk?: number;
  min_ram?: number;
  size: number | null;
  disk_format: string | null;
  container_format: string | null;
  owner: string | null;
  created_at: string;
}

async function allImages(conn: Connection, f: Obj): Promise<ImageBody[]> {
  const out: ImageBody[] = [];
  let path: string | undefined = `/v2/images${query({ name: f.name, visibility: f.visibility, limit: 100 })}`;
  for (const t of (f.tags as string[] | undefined) ?? [])
    path += `${path.includes('?') ? '&' : '?'}tag=${encodeURIComponent(t)}`;
  while (path) {
    const res: { body: { images: ImageBody[]; next?: string } } = await conn.image.call('GET', path);
    out.push(...res.body.images);
    path = res.body.next; // Glance's `next` is relative to the unversioned root, as the image endpoint is
  }
  return out;
}

const imageState = (x: ImageBody, args: Obj): Obj => ({
  ...args,
  id: x.id,
  image_id: x.id,
  name: x.name ?? '',
  visibility: x.visibility,
  tags: x.tags ?? [],
  status: x.status,
  min_disk: x.min_disk ?? 0,
  min_ram: x.min_ram ?? 0,
  size: x.size ?? 0,
  disk_format: x.disk_format ?? '',
  container_format: x.container_format ?? '',
  owner: x.owner ?? '',
  created_at: x.created_at,
});

export const imageLookup: DataSourceType = {
  schema: imageLookupSchema,
  function: 'getImage',
  async read(conn, args) {
    assertValid(imageLookupSchema, args);
    const f = given(imageLookupSchema, args);
    const list = set(f.image_id)
      ? [
          (await orNull(conn.image.call<ImageBody>('GET', `/v2/images/${encodeURIComponent(textOf(f.image_id))}`)))
            ?.body,
        ].filter((x): x is ImageBody => !!x)
      : await allImages(conn, f);
    const tags = (f.tags as string[] | undefined) ?? [];
    const matches = list.filter(
      (x) =>
        (!set(f.name) || x.name === f.name) &&
        (!set(f.visibility) || x.visibility === f.visibility) &&
        tags.every((t) => (x.tags ?? []).includes(t)),
    );
    return imageState(
      one('image', f, matches, (x) => `${x.id} (${x.name ?? ''})`),
      args,
    );
  },
};

// ---- networks (Neutron v2.0) ----
interface NetworkBody {
  id: string;
  name: string;
  'router:external'?: boolean;
  shared?: boolean;
  subnets?: string[];
  status?: string;
  mtu?: number;
  project_id?: string;
  tenant_id?: string;
}

const networkState = (x: NetworkBody, args: Obj): Obj => ({
  ...args,
  id: x.id,
  network_id: x.id,
  name: x.name,
  external: x['router:external'] ?? false,
  shared: x.shared ?? false,
  subnets: x.subnets ?? [],
  status: x.status ?? '',
  mtu: x.mtu ?? 0,
  project_id: x.project_id ?? x.tenant_id ?? '',
});

export const networkLookup: DataSourceType = {
  schema: networkLookupSchema,
  function: 'getNetwork',
  async read(conn, args) {
    assertValid(networkLookupSchema, args);
    const f = given(networkLookupSchema, args);
    const res = await conn.network.call<{ networks: NetworkBody[] }>(
      'GET',
      `/v2.0/networks${query({ id: f.network_id, name: f.name, 'router:external': f.external, shared: f.shared })}`,
    );
    // Neutron filters server-side; matching again keeps clouds that ignore a filter honest.
    const matches = res.body.networks.filter(
      (x) =>
        (!set(f.network_id) || x.id === f.network_id) &&
        (!set(f.name) || x.name === f.name) &&
        (!set(f.external) || (x['router:external'] ?? false) === f.external) &&
        (!set(f.shared) || (x.shared ?? false) === f.shared),
    );
    return networkState(
      one('network', f, matches, (x) => `${x.id} (${x.name})`),
      args,
    );
  },
};
