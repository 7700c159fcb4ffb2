// The gRPC side of the plugin: the ResourceProvider service bound to 127.0.0.1 (insecure, as the engine dials
// it), each unary RPC forwarded to NovaformProvider and every failure answered with a specific status code.
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { ResourceProviderService } from '@pulumi/pulumi/proto/provider_grpc_pb';
import { PluginInfo } from '@pulumi/pulumi/proto/plugin_pb';
import { ProviderHandshakeResponse } from '@pulumi/pulumi/proto/provider_pb';
import { RpcError, toServiceError } from './rpc-error';
import type { NovaformProvider } from './provider';
import { VERSION } from './version';

type Handler<Req, Res> = (req: Req) => Res | Promise<Res>;

function unary<Req, Res>(fn: Handler<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    Promise.resolve()
      .then(() => fn(call.request))
      .then(
        (res) => callback(null, res),
        (err: unknown) => callback(toServiceError(err)),
      );
  };
}

const unimplemented = (name: string) =>
  unary(() => {
    throw new RpcError(grpc.status.UNIMPLEMENTED, `${name} is not implemented by novaform`);
  });

type Lazy = () => Promise<NovaformProvider>;
type Req<M extends keyof NovaformProvider> = NovaformProvider[M] extends (r: infer R) => unknown ? R : never;

/**
 * The service implementation over one provider instance (one plugin process serves one provider). The
 * provider (and with it the client and the embedded engine) is loaded on the first RPC that needs it, so the
 * port line comes out as early as possible.
 */
export function service(load: Lazy): grpc.UntypedServiceImplementation {
  const on = <M extends keyof NovaformProvider>(name: string, m: M) =>
    unary(async (r: Req<M>) => {
      const p = await load();
      try {
        return await (p[m] as (r: Req<M>) => unknown).call(p, r);
      } catch (err) {
        throw p.rpcError(name, err);
      }
    });
  return {
    handshake: unary(() =>
      new ProviderHandshakeResponse().setAcceptSecrets(true).setAcceptResources(true).setAcceptOutputs(false),
    ),
    getPluginInfo: unary(() => new PluginInfo().setVersion(VERSION)),
    getSchema: on('GetSchema', 'getSchema'),
    checkConfig: on('CheckConfig', 'checkConfig'),
    diffConfig: on('DiffConfig', 'diffConfig'),
    configure: on('Configure', 'configure'),
    check: on('Check', 'check'),
    diff: on('Diff', 'diff'),
    create: on('Create', 'create'),
    read: on('Read', 'read'),
    update: on('Update', 'update'),
    delete: unary(async (r: Req<'delete'>) => {
      const p = await load();
      try {
        await p.delete(r);
      } catch (err) {
        throw p.rpcError('Delete', err);
      }
      return new Empty();
    }),
    invoke: on('Invoke', 'invoke'),
    cancel: unary(async () => {
      (await load()).cancel();
      return new Empty();
    }),
    attach: unary(async (r: Req<'attach'>) => {
      (await load()).attach(r);
      return new Empty();
    }),
    parameterize: unimplemented('Parameterize'),
    call: unimplemented('Call'),
    construct: unimplemented('Construct'),
    getMapping: unimplemented('GetMapping'),
    getMappings: unimplemented('GetMappings'),
  };
}

/** Serves on 127.0.0.1 with an OS-chosen port (or `port`) and resolves with the port. */
export function serve(load: Lazy, port = 0): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 400 * 1024 * 1024 });
  server.addService(ResourceProviderService, service(load));
  return new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) =>
      err ? reject(err) : resolve({ server, port: bound }),
    );
  });
}
