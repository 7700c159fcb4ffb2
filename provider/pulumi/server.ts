// The gRPC side of the plugin: the ResourceProvider service bound to 127.0.0.1 (insecure, as the engine dials
// it), each unary RPC forwarded to NovaformProvider and every failure answered with a specific status code.
import * as grpc from '@grpc/grpc-js';
import { Empty } from 'google-protobuf/google/protobuf/empty_pb';
import { ResourceProviderService } from '@pulumi/pulumi/proto/provider_grpc_pb';
import { PluginInfo } from '@pulumi/pulumi/proto/plugin_pb';
import { logger } from '../log/logger';
import { RpcError, toServiceError } from './errors';
import { NovaformProvider } from './provider';
import { VERSION } from './version';

type Handler<Req, Res> = (req: Req) => Res | Promise<Res>;

function unary<Req, Res>(name: string, fn: Handler<Req, Res>): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    Promise.resolve().then(() => fn(call.request)).then(
      (res) => callback(null, res),
      (err: unknown) => {
        const e = toServiceError(err);
        logger().debug({ rpc: name, code: e.code }, e.details ?? 'failed');
        callback(e);
      },
    );
  };
}

const unimplemented = (name: string) => unary(name, () => { throw new RpcError(grpc.status.UNIMPLEMENTED, `${name} is not implemented by novaform`); });

/** The service implementation over one provider instance (one plugin process serves one provider). */
export function service(p: NovaformProvider): grpc.UntypedServiceImplementation {
  return {
    handshake: unary('Handshake', () => p.handshake()),
    getPluginInfo: unary('GetPluginInfo', () => new PluginInfo().setVersion(VERSION)),
    getSchema: unary('GetSchema', () => p.getSchema()),
    checkConfig: unary('CheckConfig', (r: Parameters<NovaformProvider['checkConfig']>[0]) => p.checkConfig(r)),
    diffConfig: unary('DiffConfig', (r: Parameters<NovaformProvider['diffConfig']>[0]) => p.diffConfig(r)),
    configure: unary('Configure', (r: Parameters<NovaformProvider['configure']>[0]) => p.configure(r)),
    check: unary('Check', (r: Parameters<NovaformProvider['check']>[0]) => p.check(r)),
    diff: unary('Diff', (r: Parameters<NovaformProvider['diff']>[0]) => p.diff(r)),
    create: unary('Create', (r: Parameters<NovaformProvider['create']>[0]) => p.create(r)),
    read: unary('Read', (r: Parameters<NovaformProvider['read']>[0]) => p.read(r)),
    update: unary('Update', (r: Parameters<NovaformProvider['update']>[0]) => p.update(r)),
    delete: unary('Delete', async (r: Parameters<NovaformProvider['delete']>[0]) => { await p.delete(r); return new Empty(); }),
    invoke: unary('Invoke', (r: Parameters<NovaformProvider['invoke']>[0]) => p.invoke(r)),
    cancel: unary('Cancel', () => { p.cancel(); return new Empty(); }),
    attach: unary('Attach', () => new Empty()),
    parameterize: unimplemented('Parameterize'),
    call: unimplemented('Call'),
    construct: unimplemented('Construct'),
    getMapping: unimplemented('GetMapping'),
    getMappings: unimplemented('GetMappings'),
  };
}

/** Serves on 127.0.0.1 with an OS-chosen port (or `port`) and resolves with the port. */
export function serve(p: NovaformProvider, port = 0): Promise<{ server: grpc.Server; port: number }> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 400 * 1024 * 1024 });
  server.addService(ResourceProviderService, service(p));
  return new Promise((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve({ server, port: bound })));
  });
}
