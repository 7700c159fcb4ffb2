// Failures as gRPC statuses the engine understands. A plain thrown Error would become UNKNOWN, which makes the
// engine mark the stack possibly corrupt, so every failure the core can name gets its specific code. A create
// or update that got an id but did not finish becomes ErrorResourceInitFailed: the engine keeps the resource
// (with its id) in state and retries it on the next `up` instead of orphaning it.
import { status } from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import type { Struct } from 'google-protobuf/google/protobuf/struct_pb';
import { ErrorResourceInitFailed } from '@pulumi/pulumi/proto/provider_pb';
import { AuthError } from '../client/keystone';
import { CloudConfigError } from '../client/cloud-config';
import { ApiError } from '../client/service';
import { WaitError } from '../client/waiter';
import { ValidationError } from '../schema/validate';
import { RpcError } from './rpc-error';

export { RpcError };

/** The gRPC code for an HTTP status from the cloud. */
function codeForHttp(s: number): status {
  if (s === 400 || s === 422) return status.INVALID_ARGUMENT;
  if (s === 401) return status.UNAUTHENTICATED;
  if (s === 403) return status.PERMISSION_DENIED;
  if (s === 404) return status.NOT_FOUND;
  if (s === 409) return status.FAILED_PRECONDITION;
  if (s === 413 || s === 429) return status.RESOURCE_EXHAUSTED;
  return status.UNAVAILABLE;
}

export function codeFor(err: unknown): status {
  if (err instanceof RpcError) return err.code;
  if (err instanceof ValidationError) return status.INVALID_ARGUMENT;
  if (err instanceof ApiError)
    return err.status === 403 && /quota|exceed/i.test(err.apiMessage)
      ? status.RESOURCE_EXHAUSTED
      : codeForHttp(err.status);
  if (err instanceof WaitError) return err.timedOut ? status.DEADLINE_EXCEEDED : status.FAILED_PRECONDITION;
  if (err instanceof AuthError) return status.UNAUTHENTICATED;
  if (err instanceof CloudConfigError) return status.INVALID_ARGUMENT;
  const code = (err as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|UND_ERR)/.test(code))
    return status.UNAVAILABLE;
  return status.UNKNOWN;
}

/** Any failure as an RpcError with the most specific code. */
export function asRpcError(err: unknown): RpcError {
  if (err instanceof RpcError) return err;
  return new RpcError(codeFor(err), err instanceof Error ? err.message : String(err));
}

/** A create/update that left a resource behind: the engine records its id and properties (with initErrors). */
export function initFailed(message: string, id: string, properties: Struct, inputs: Struct): RpcError {
  const detail = new ErrorResourceInitFailed()
    .setId(id)
    .setProperties(properties)
    .setInputs(inputs)
    .setReasonsList([message]);
  const any = new Any();
  any.pack(detail.serializeBinary(), 'pulumirpc.ErrorResourceInitFailed');
  return new RpcError(status.UNKNOWN, message, [any]);
}
