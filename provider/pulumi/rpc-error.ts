// A failure with its gRPC status, and how it goes on the wire. Kept free of the client and the core so the
// server module (loaded before the port line) stays small; errors.ts classifies the core's failures.
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import type { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Status } from '@pulumi/pulumi/proto/status_pb';

export class RpcError extends Error {
  constructor(
    readonly code: status,
    message: string,
    readonly details?: Any[],
  ) {
    super(message);
  }
}

/** The status a handler answers with; details (ErrorResourceInitFailed) travel in grpc-status-details-bin. */
export function toServiceError(err: unknown): Partial<ServiceError> {
  const message = err instanceof Error ? err.message : String(err);
  if (!(err instanceof RpcError)) return { code: status.UNKNOWN, details: message };
  if (!err.details?.length) return { code: err.code, details: message };
  const st = new Status().setCode(err.code).setMessage(message).setDetailsList(err.details);
  const metadata = new Metadata();
  metadata.set('grpc-status-details-bin', Buffer.from(st.serializeBinary()));
  return { code: err.code, details: message, metadata };
}
