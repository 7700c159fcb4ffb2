// A Nova server view (2.47+) → the resource's state. Inputs the API does not return (user data, password,
// hints, personality, local policies) are kept from the prior state; inputs it returns in another form keep
// the form the user wrote (security groups by name or id, the flavor by name or id), so a refresh never
// shows a change that is only a matter of spelling. Every status is readable.
import { textOf, type Obj } from '../../schema/values';
import { isIdempotencyTag, userMetadata } from '../../client/idempotency';

export type ServerView = Record<string, unknown> & { id: string; status: string };

const VM_TO_POWER: Record<string, string> = {
  active: 'active',
  stopped: 'shutoff',
  paused: 'paused',
  suspended: 'suspended',
  shelved: 'shelved',
  shelved_offloaded: 'shelved_offloaded',
};

/** The power_state a vm_state means; other vm_states (error, building, resized, …) are reported as they are. */
export const powerStateOf = (vmState: string) => VM_TO_POWER[vmState] ?? vmState;

export const isGone = (v: ServerView | undefined | null) => !v || v.status === 'DELETED' || v.status === 'SOFT_DELETED';

export interface Address {
  network: string;
  addr: string;
  version: number;
  mac: string;
  type: string;
}

export function addressesOf(view: ServerView): Address[] {
  const out: Address[] = [];
  for (const [network, list] of Object.entries((view.addresses ?? {}) as Record<string, Record<string, unknown>[]>)) {
    for (const a of list) {
      out.push({
        network,
        addr: String(a.addr),
        version: Number(a.version),
        mac: textOf(a['OS-EXT-IPS-MAC:mac_addr']),
        type: textOf(a['OS-EXT-IPS:type'], 'fixed'),
      });
    }
  }
  return out;
}

export interface ReadContext {
  /** Security group id by name, for the groups the view names. */
  sgIdByName: (name: string) => string | undefined;
  /** The flavor id for the view's flavor name (only asked when the name differs from the prior state's). */
  flavorId?: string;
}

/** Keeps each group in the spelling the prior state used (id or name). */
function securityGroupsAsBefore(names: string[], prior: unknown, ctx: ReadContext): string[] {
  const before = new Set((prior as string[] | undefined) ?? []);
  return names
    .map((n) => {
      const id = ctx.sgIdByName(n);
      return id && !before.has(n) ? id : n;
    })
    .sort();
}

export function stateFromView(view: ServerView, prior: Obj, ctx: ReadContext): Obj {
  const vmState = textOf(view['OS-EXT-STS:vm_state']);
  const addresses = addressesOf(view);
  const macs = new Set(addresses.map((a) => a.mac));
  const flavor = (view.flavor ?? {}) as { original_name?: string; id?: string };
  const flavorName = flavor.original_name ?? textOf(prior.flavor_name);
  const sameFlavor = flavorName === prior.flavor_name;
  const locked = view.locked === true;
  const image = view.image as { id?: string } | string | null;
  const sgNames = [...new Set(((view.security_groups ?? []) as { name: string }[]).map((g) => g.name))];
  // The NICs the server was created with, while they are still there (an out-of-band detach is drift).
  const network = ((prior.network ?? []) as Obj[]).filter((n) => !n.mac || macs.has(textOf(n.mac)));
  const fault = view.fault as { message?: string } | undefined;
  return {
    ...prior,
    id: view.id,
    name: view.name,
    description: view.description ?? null,
    image_id: typeof image === 'object' && image?.id ? image.id : (prior.image_id ?? null),
    flavor_id: sameFlavor ? (prior.flavor_id ?? flavor.id ?? null) : (ctx.flavorId ?? flavor.id ?? null),
    flavor_name: flavorName || null,
    key_pair: view.key_name ?? null,
    availability_zone: view['OS-EXT-AZ:availability_zone'] || prior.availability_zone || null,
    security_groups: securityGroupsAsBefore(sgNames, prior.security_groups, ctx),
    metadata: userMetadata(view.metadata as Record<string, unknown> | undefined),
    tags: ((view.tags ?? []) as string[]).filter((t) => !isIdempotencyTag(t)).sort(),
    access_ip_v4: view.accessIPv4 || null,
    access_ip_v6: view.accessIPv6 || null,
    disk_config: view['OS-DCF:diskConfig'] ?? prior.disk_config ?? null,
    config_drive: prior.config_drive ?? (view.config_drive === 'True' || view.config_drive === true ? true : null),
    network,
    power_state: prior.power_state === 'shelved' && vmState === 'shelved_offloaded' ? 'shelved' : powerStateOf(vmState),
    locked,
    locked_reason: locked ? (view.locked_reason ?? null) : null,
    lock_owner: locked ? (prior.locked === true && prior.lock_owner === 'novaform' ? 'novaform' : 'other') : '',
    status: view.status,
    vm_state: vmState,
    task_state: view['OS-EXT-STS:task_state'] ?? '',
    host_id: view.hostId ?? '',
    addresses,
    attached_volumes: (
      (view['os-extended-volumes:volumes_attached'] ?? []) as { id: string; delete_on_termination?: boolean }[]
    ).map((v) => ({ id: v.id, delete_on_termination: v.delete_on_termination ?? false })),
    created: view.created ?? null,
    updated: view.updated ?? null,
    fault: fault?.message ?? '',
  };
}
