// What every view needs to know about the request: the microversion, who asks, and how to build links
// (from the request's own scheme/host, with the project segment only when the URL carried one).
import { isAdmin } from '../../actions/check';
import type { Caller } from '../../model/types';
import type { Microversion } from '../microversion';

export interface ViewContext {
  mv: Microversion;
  caller: Caller;
  admin: boolean;
  /** scheme://host[:port] of the request */
  origin: string;
  /** 'v2.1' or 'v2' */
  version: string;
  /** the project id segment, when the request URL had one */
  project: string | null;
}

export function viewContext(
  mv: Microversion,
  caller: Caller,
  origin: string,
  version: string,
  project: string | null,
): ViewContext {
  return { mv, caller, admin: isAdmin(caller), origin, version, project };
}

const join = (...parts: (string | null)[]) => parts.filter((p) => p !== null && p !== '').join('/');

export function selfLink(v: ViewContext, collection: string, id: string): string {
  return join(v.origin, v.version, v.project, collection, id);
}
export function bookmarkLink(v: ViewContext, collection: string, id: string): string {
  return join(v.origin, v.project, collection, id);
}
export function links(v: ViewContext, collection: string, id: string) {
  return [
    { rel: 'self', href: selfLink(v, collection, id) },
    { rel: 'bookmark', href: bookmarkLink(v, collection, id) },
  ];
}

/** `2013-09-03T04:01:32Z` — Nova's created/updated format. */
export const isoZ = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** `2013-09-23T13:37:00.880302` — the naive timestamps of OS-SRV-USG and keypairs. */
export const naive = (ms: number | null) => (ms == null ? null : `${new Date(ms).toISOString().slice(0, 23)}000`);
