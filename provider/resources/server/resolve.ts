// The desired server with names resolved to ids, and the changes computed on those ids. A name that has
// not changed since the prior state is not looked up again, so a flavor or image deleted (or renamed) in
// the cloud after the server was built never forces anything.
import type { Connection } from '../../client/connection';
import { diffResource } from '../../diff';
import { serverSchema } from '../../schema/server';
import { isUnknown, withDefaults, type Obj } from '../../schema/values';
import type { PlannedChange } from '../types';
import { contradiction } from '../common/agree';
import { flavorByRef, imageByRef, networkByRef, securityGroupIds } from './catalog';

const known = (v: unknown): v is string => typeof v === 'string' && v !== '' && !isUnknown(v);

/** Desired values with flavor_id/flavor_name and image_id/image_name both filled in, network names given uuids. */
export async function resolveDesired(conn: Connection, config: Obj, prior: Obj | null): Promise<Obj> {
  const d = { ...withDefaults(serverSchema.fields, config) };
  if (known(d.flavor_id)) {
    // The name recorded for this id is trusted, so a flavor deleted since the server was built forces nothing.
    const before = prior?.flavor_id === d.flavor_id ? (prior.flavor_name as string | undefined) : undefined;
    if (!known(d.flavor_name)) d.flavor_name = before || (await flavorByRef(conn, d.flavor_id, 'flavor_id')).name;
    else if (d.flavor_name !== before) {
      // Both given (an imported server's generated configuration): they must name the same flavor.
      const name = (await flavorByRef(conn, d.flavor_id, 'flavor_id')).name;
      if (d.flavor_name !== name)
        throw contradiction({
          resource: 'Server',
          by: ['flavor_id', d.flavor_id],
          other: ['flavor_name', d.flavor_name],
          actual: name,
          what: 'flavor',
          relation: 'named',
        });
    }
  } else if (known(d.flavor_name)) {
    const f =
      prior?.flavor_name === d.flavor_name && prior.flavor_id
        ? { id: prior.flavor_id as string }
        : await flavorByRef(conn, d.flavor_name, 'flavor_name');
    d.flavor_id = f.id;
  }
  if (known(d.image_id)) {
    const before = prior?.image_id === d.image_id ? ((prior.image_name as string | undefined) ?? null) : undefined;
    if (known(d.image_name) && d.image_name !== before) {
      // By id, never by name: image names need not be unique.
      const name = (await imageByRef(conn, d.image_id, 'image_id')).name;
      if (d.image_name !== name)
        throw contradiction({
          resource: 'Server',
          by: ['image_id', d.image_id],
          other: ['image_name', d.image_name],
          actual: name,
          what: 'image',
          relation: 'named',
        });
    } else if (!known(d.image_name))
      d.image_name = before !== undefined ? before : (await imageByRef(conn, d.image_id, 'image_id')).name;
  } else if (known(d.image_name)) {
    d.image_id =
      prior?.image_name === d.image_name && prior.image_id
        ? prior.image_id
        : (await imageByRef(conn, d.image_name, 'image_name')).id;
  }
  if (Array.isArray(d.network)) {
    d.network = await Promise.all(
      (d.network as Obj[]).map(async (n, i) => {
        const before = (prior?.network as Obj[] | undefined)?.find((p) =>
          known(n.uuid) ? p.uuid === n.uuid : p.name === n.name,
        );
        if (known(n.name) && !known(n.uuid))
          return { ...n, uuid: before?.uuid ?? (await networkByRef(conn, n.name, `network[${i}].name`)).id };
        if (known(n.name) && known(n.uuid) && before?.name !== n.name) {
          const name = (await networkByRef(conn, n.uuid, `network[${i}].uuid`)).name;
          if (name !== n.name)
            throw contradiction({
              resource: 'Server',
              by: [`network[${i}].uuid`, n.uuid],
              other: [`network[${i}].name`, n.name],
              actual: name,
              what: 'network',
              relation: 'named',
            });
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
