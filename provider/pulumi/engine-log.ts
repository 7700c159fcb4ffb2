// Messages the user should see during `pulumi up` (the plugin's stderr is hidden unless -v=9): sent to the
// engine's Log RPC at the address the engine passed on the command line. Best effort: a message that cannot
// be delivered is logged to stderr instead and never fails the operation.
import * as grpc from '@grpc/grpc-js';
import { EngineClient } from '@pulumi/pulumi/proto/engine_grpc_pb';
import { LogRequest, LogSeverity } from '@pulumi/pulumi/proto/engine_pb';
import { logger } from '../log/logger';

export { LogSeverity };

export class EngineLog {
  private client?: EngineClient;

  constructor(private readonly address?: string) {}

  /** Sends one message (attached to a resource when `urn` is given); resolves when delivered or given up. */
  send(severity: LogSeverity, message: string, urn = ''): Promise<void> {
    if (!this.address) {
      logger().info({ urn }, message);
      return Promise.resolve();
    }
    this.client ??= new EngineClient(this.address, grpc.credentials.createInsecure());
    const req = new LogRequest().setSeverity(severity).setMessage(message).setUrn(urn);
    return new Promise((resolve) => {
      this.client!.log(req, new grpc.Metadata(), { deadline: Date.now() + 2000 }, (err) => {
        if (err) logger().info({ urn, err: err.message }, message);
        resolve();
      });
    });
  }

  close(): void {
    this.client?.close();
  }
}
