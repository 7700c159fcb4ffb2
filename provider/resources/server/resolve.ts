// The desired server with names resolved to ids, and the changes computed on those ids. A name that has
// not changed since the prior state is not looked up again, so a flavor or image deleted (or renamed) in
// the cloud after the server was built never forces anything.
import type { Connection } from '../../client/connection';
import { diffResource } from '../../diff';
import { serverSchema } from '../../schema/server';
import { isUnknown, withDefaults, type Obj } from '../../schema/values';
import type { PlannedChange } from '../types';
import { flavorByRef, imageByRef, networkByRef, securityGroupIds } from './catalog';

const known = (v: unknown): v is string => typeof v === 'string' && v !== '' && !isUnknown(v);

/** Desired values with flavor_id/flavor_name and image_id/image_name both filled in, network names given uuids. */
export async function resolveDesired(conn: Connection, config: Obj, prior: Obj | null): Promise<Obj> {
  const d = { ...withDefaults(serverSchema.fields, config) };
  if (known(d.flavor_id)) {
    d.flavor_name =
      prior?.flavor_id === d.flavor_id && prior.flavor_name
        ? prior.flavor_name
        : (await flavorByRef(conn, d.flavor_id, 'flavor_id')).name;
  } else if (known(d.flavor_name)) {
    const f =
      prior?.flavor_name === d.flavor_name && prior.flavor_id
        ? { id: prior.flavor_id as string }
        : await flavorByRef(conn, d.flavor_name, 'flavor_name');
    d.flavor_id = f.id;
  }
  if (known(d.image_name)) {
    d.image_id =
      prior?.image_name === d.image_name && prior.image_id
        ? prior.image_id
        : (await imageByRef(conn, d.image_name, 'image_name')).id;
  } else if (known(d.image_id) && !(prior?.image_id === d.image_id)) {
    d.image_name = (await imageByRef(conn, d.image_id, 'image_id')).name;
  } else if (known(d.image_id)) d.image_name = prior?.image_name ?? null;
  if (Array.isArray(d.network)) {
    d.network = await Promise.all(
      (d.network as Obj[]).map(async (n, i) => {
        if (known(n.name) && !known(n.uuid)) {
          const before = (prior?.network as Obj[] | undefined)?.find((p) => p.name === n.name);
          return { ...n, uuid: before?.uuid ?? (await networkByRef(conn, n.name, `network[${i}].name`)).id };
        }
        return n;
      }),
    );
  }
  return d;
}

/**
 * An imported server lists every NIC it has; only those the configuration declares (matched by port or
 * network id, in the configuration's order) are the server's own, the rest belong to InterfaceAttachments.
 */
export function ownNetwork(actual: Obj, desired: Obj): Obj {
  if (actual.network_from_import !== true || !Array.isArray(actual.network) || !Array.isArray(desired.network))
    return actual;
  const nics = [...(actual.network as Obj[])];
  const own = (desired.network as Obj[]).flatMap((d) => {
    const i = nics.findIndex((n) => (d.port ? n.port === d.port : n.uuid === d.uuid));
    return i < 0 ? [] : nics.splice(i, 1);
  });
  return { ...actual, network: own };
}

/** The changes from the actual state to the desired one, with security groups compared by id. */
export async function serverChanges(conn: Connection, actual: Obj, desired: Obj): Promise<PlannedChange[]> {
  const ids = async (v: unknown, field: string) =>
    Array.isArray(v) && !v.some(isUnknown) ? (await securityGroupIds(conn, v as string[], field)).sort() : v;
  const a = { ...ownNetwork(actual, desired), security_groups: await ids(actual.security_groups, 'security_groups') };
  const d = { ...desired, security_groups: await ids(desired.security_groups, 'security_groups') };
  return diffResource(serverSchema.fields, a, d);
}
