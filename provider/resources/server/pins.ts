// What a server's replacement would have to take from the server it replaces. Nova gives a fixed IP, a port
// and a (non-multiattach) volume to one server at a time, so a replacement that asks for one the old server
// holds fails while the old server exists: it must be deleted first. Everything else is created first, so a
// replacement that cannot be built leaves the old server running.
import { isUnknown, type Obj } from '../../schema/values';

const given = (v: unknown): v is string => typeof v === 'string' && v !== '' && !isUnknown(v);
const list = (v: unknown) => (Array.isArray(v) ? (v as Obj[]) : []);

/** The unique resources (as "fixed IP 10.0.0.5", "port …", "volume …") the replacement would take over. */
export function pinnedByReplacement(prior: Obj, desired: Obj): string[] {
  const held = new Set<string>();
  for (const n of list(prior.network)) {
    if (given(n.port)) held.add(`port ${n.port}`);
    for (const ip of [n.fixed_ip_v4, n.fixed_ip_v6]) if (given(ip)) held.add(`fixed IP ${ip}`);
  }
  for (const b of list(prior.block_device)) if (given(b.volume_id)) held.add(`volume ${b.volume_id}`);
  for (const v of list(prior.attached_volumes)) if (given(v.id)) held.add(`volume ${v.id}`);
  const wanted: string[] = [];
  for (const n of list(desired.network)) {
    if (given(n.port)) wanted.push(`port ${n.port}`);
    for (const ip of [n.fixed_ip_v4, n.fixed_ip_v6]) if (given(ip)) wanted.push(`fixed IP ${ip}`);
  }
  for (const b of list(desired.block_device))
    if (b.source_type === 'volume' && given(b.uuid)) wanted.push(`volume ${b.uuid}`);
  return wanted.filter((w) => held.has(w));
}
