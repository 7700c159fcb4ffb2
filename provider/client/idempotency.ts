// No orphans: every create carries a token, so a create that is retried, or re-run after a crash, finds the
// object it already made instead of making a second one. Under Pulumi the token hashes the URN; under
// Terraform (which tells providers no resource address) it hashes the resource type, project, name and
// normalised configuration.
//
// The token stays on the object until the engine that called us has certainly saved it: the resource's next
// update (the engine handed us its saved state) gives it up; a create never does, because Terraform and
// Pulumi write their state only after the create returns. Adoption is kept safe in the meantime by
// `claims`: an object this process created or adopted, or saw in a saved state (refresh, plan, update,
// delete), is never adopted by another create.
import { createHash } from 'node:crypto';
import { TOKEN_METADATA_KEY } from '../schema/limits';
import type { ServiceClient } from './service';

const PREFIX = 'novaform-idem-';

/**
 * Where a server's or volume's token lives when it is not a tag: a reserved metadata key. Servers use it only
 * when the user's tags take all 50 (so the token never costs a tag); volumes (which have no tags) always.
 */
export { TOKEN_METADATA_KEY };

/** Deterministic JSON (sorted keys) so equal configurations hash alike. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Whether a tag is novaform's idempotency token (never shown as one of the user's tags). */
export const isIdempotencyTag = (t: string) => t.startsWith(PREFIX);

/** Metadata without novaform's reserved key (what the user declared). */
export function userMetadata<T>(metadata: Record<string, T> | null | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(metadata ?? {}).filter(([k]) => k !== TOKEN_METADATA_KEY));
}

const tag = (material: string) => `${PREFIX}${createHash('sha256').update(material).digest('hex').slice(0, 32)}`;

/** The token for a Pulumi resource (its URN is unique and stable). */
export const tokenForUrn = (urn: string) => tag(`urn\0${urn}`);

/** The token for a Terraform resource: type, project, name and normalised configuration. */
export const tokenForConfig = (type: string, projectId: string, name: string, config: unknown) =>
  tag(`cfg\0${type}\0${projectId}\0${name}\0${canonicalJson(config)}`);

/** What one provider process knows about ownership: ids it must never hand to another create. */
interface Claims {
  /** Ids seen in a saved state, or created or adopted by a create of this process. */
  owned: Set<string>;
  /** Creates of one token run one at a time, so identical twins never both adopt one object. */
  queues: Map<string, Promise<unknown>>;
}

const registry = new WeakMap<object, Claims>();
function claimsOf(owner: object): Claims {
  let c = registry.get(owner);
  if (!c) registry.set(owner, (c = { owned: new Set(), queues: new Map() }));
  return c;
}

/** Records that an id belongs to a saved state (or to a create of this process): never adopted again. */
export function noteOwned(owner: object, id: unknown): void {
  if (typeof id === 'string' && id) claimsOf(owner).owned.add(id);
}

/** Whether a create may adopt this id. */
export const isAdoptable = (owner: object, id: string) => !claimsOf(owner).owned.has(id);

/** Runs `fn` after every earlier create with the same token (of this process) has finished. */
export async function oneAtATime<T>(owner: object, token: string, fn: () => Promise<T>): Promise<T> {
  const { queues } = claimsOf(owner);
  const before = queues.get(token) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const settled = run.catch(() => undefined);
  queues.set(token, settled);
  try {
    return await run;
  } finally {
    if (queues.get(token) === settled) queues.delete(token);
  }
}

export type TokenPlace = 'tag' | 'metadata';

interface TokenServer {
  id: string;
  name?: string;
  status: string;
  metadata?: Record<string, string>;
  tags?: string[];
  'OS-EXT-STS:task_state'?: string | null;
}

const TAGS_MV = { 'OpenStack-API-Version': 'compute 2.26', 'X-OpenStack-Nova-API-Version': '2.26' };

/** Every server of the project, page by page (for tokens Nova cannot filter on: metadata). */
export async function listAllServers(compute: ServiceClient): Promise<TokenServer[]> {
  const out: TokenServer[] = [];
  for (let marker: string | undefined; ;) {
    const q = new URLSearchParams({ limit: '1000', ...(marker ? { marker } : {}) });
    const page = (
      await compute.call<{ servers: TokenServer[] }>('GET', `/servers/detail?${q.toString()}`, undefined, TAGS_MV)
    ).body.servers;
    out.push(...page);
    if (page.length < 1000) return out;
    marker = page[page.length - 1].id;
  }
}

/** The token a server carries, as a tag or under the reserved metadata key. */
export const serverToken = (s: { tags?: string[]; metadata?: Record<string, string> }): string | undefined =>
  (s.tags ?? []).find(isIdempotencyTag) ?? s.metadata?.[TOKEN_METADATA_KEY];

const live = (s: TokenServer) =>
  s.status !== 'DELETED' && s.status !== 'SOFT_DELETED' && s['OS-EXT-STS:task_state'] !== 'deleting';

/** Live servers carrying the token (a tag is a 2.26+ filter; metadata needs the listing). */
export async function findServersByToken(
  compute: ServiceClient,
  token: string,
  place: TokenPlace = 'tag',
): Promise<{ id: string; status: string }[]> {
  const found =
    place === 'tag'
      ? (
          await compute.call<{ servers: TokenServer[] }>(
            'GET',
            `/servers/detail?tags=${encodeURIComponent(token)}`,
            undefined,
            TAGS_MV,
          )
        ).body.servers
      : (await listAllServers(compute)).filter((s) => s.metadata?.[TOKEN_METADATA_KEY] === token);
  return found.filter(live);
}

/** A live server carrying the token, or undefined. */
export async function findServerByToken(
  compute: ServiceClient,
  token: string,
  place: TokenPlace = 'tag',
): Promise<{ id: string; status: string } | undefined> {
  return (await findServersByToken(compute, token, place))[0];
}
