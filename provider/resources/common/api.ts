// Small pieces every resource shares: "gone" handling for reads and deletes, waits paced by the connection,
// validated inputs with defaults, and composite import ids. Nothing resource-specific lives here.
import type { Connection } from '../../client/connection';
import { ApiError } from '../../client/service';
import { waitFor, WaitError } from '../../client/waiter';
import type { ResourceSchema } from '../../schema/dsl';
import { assertValid, ValidationError } from '../../schema/validate';
import { withDefaults, type Obj } from '../../schema/values';

export const isStatus = (e: unknown, ...codes: number[]): e is ApiError =>
  e instanceof ApiError && codes.includes(e.status);
export const isNotFound = (e: unknown): e is ApiError => isStatus(e, 404);

/** The call's result, or null when the thing is gone (404). */
export async function orNull<T>(p: Promise<T>): Promise<T | null> {
  try {
    return await p;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Runs a delete; a 404 means it is already gone, which is success. */
export async function ignoreGone(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch (e) {
    if (!isNotFound(e)) throw e;
  }
}

export type Verdict = { done: true } | { failed: string } | { pending: string };

/** waitFor with the connection's pacing (fast against the embedded engine, cloud-like otherwise). */
export function waitUntil<T>(
  conn: Connection,
  what: string,
  timeoutMs: number,
  read: () => Promise<T>,
  check: (v: T) => Verdict,
): Promise<T> {
  return waitFor(what, read, check, { timeoutMs, ...conn.poll });
}

export { WaitError };

/** The configuration checked against the schema (nothing is sent when it is invalid), with defaults filled in. */
export function checkedConfig(schema: ResourceSchema, config: Obj): Obj {
  assertValid(schema, config);
  return { ...withDefaults(schema.fields, config) };
}

/** `<a>/<b>` import ids (attachments): both parts, or a ValidationError naming the expected form. */
export function splitId(schema: ResourceSchema, id: string): [string, string] {
  const parts = id.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1])
    throw new ValidationError(schema.name, [{ path: 'id', message: `must be ${schema.importId}, got "${id}"` }]);
  return [parts[0], parts[1]];
}

/** An API error re-worded to name the attribute it is about, keeping the status, request id and body. */
export function aboutField(e: ApiError, field: string, message: string): ApiError {
  return new ApiError(
    e.service,
    e.method,
    e.path,
    e.status,
    `${field}: ${message} (${e.apiMessage})`,
    e.requestId,
    e.body,
  );
}

/** Drops undefined and null entries (request bodies carry only what the user set). */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

/** The local (provider-side) attributes of the prior state or config: never read back from the cloud. */
export function localValues(schema: ResourceSchema, from: Obj): Obj {
  const out: Obj = {};
  for (const [name, f] of Object.entries(schema.fields))
    if (f.change.how === 'local' && from[name] !== undefined) out[name] = from[name];
  return withDefaults(
    Object.fromEntries(Object.entries(schema.fields).filter(([, f]) => f.change.how === 'local')),
    out,
  );
}

/** Whether the negotiated compute microversion is at least 2.<minor>. */
export const mvAtLeast = (conn: Connection, minor: number) => Number(conn.microversion.split('.')[1] ?? 0) >= minor;
