// No orphans: every create carries a token as a server tag, so a create that is retried, or re-run after a
// crash, finds the server it already made instead of making a second one. Under Pulumi the token hashes
// the URN; under Terraform (which does not tell providers the resource address) it hashes the resource
// type, project, name and normalised configuration.
import { createHash } from 'node:crypto';
import type { ServiceClient } from './service';

const PREFIX = 'novaform-idem-';

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

const tag = (material: string) => `${PREFIX}${createHash('sha256').update(material).digest('hex').slice(0, 32)}`;

/** The token for a Pulumi resource (its URN is unique and stable). */
export const tokenForUrn = (urn: string) => tag(`urn\0${urn}`);

/** The token for a Terraform resource: type, project, name and normalised configuration. */
export const tokenForConfig = (type: string, projectId: string, name: string, config: unknown) =>
  tag(`cfg\0${type}\0${projectId}\0${name}\0${canonicalJson(config)}`);

/** A live server carrying the token (tags are a 2.26+ filter), or undefined. */
export async function findServerByToken(
  compute: ServiceClient,
  token: string,
): Promise<{ id: string; status: string } | undefined> {
  const res = await compute.call<{ servers: { id: string; status: string }[] }>(
    'GET',
    `/servers/detail?tags=${encodeURIComponent(token)}`,
    undefined,
    { 'OpenStack-API-Version': 'compute 2.26', 'X-OpenStack-Nova-API-Version': '2.26' },
  );
  return res.body.servers[0];
}
