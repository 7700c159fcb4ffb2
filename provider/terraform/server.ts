// The plugin process as go-plugin expects it: a gRPC server on loopback with mutual TLS (the client
// certificate Terraform passes is the only trusted root), the handshake line on stdout, go-plugin's controller
// (Shutdown → reply, then exit: otherwise Terraform waits 2 s per launch before killing us), stdio and broker
// services, and the health check. The provider's own handlers come from `load`, after the handshake, so the
// heavy provider core is not on the start-up path.
import * as grpc from '@grpc/grpc-js';
import { parse, Root } from 'protobufjs';
import goPluginProto from './go-plugin.proto';
import healthProto from './health.proto';
import tfplugin6Proto from './tfplugin6.proto';
import { serverCertificate } from './tls';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
const PROTOCOL_VERSION = 6;
const MESSAGE_LIMIT = 256 * 1024 * 1024;

/** One unary handler per tfplugin6 RPC name (request and response as proto-loader objects, keepCase). */
export type ProviderHandlers = Record<string, (request: Record<string, unknown>) => Promise<Record<string, unknown>>>;

type ServiceDef = grpc.ServiceDefinition;
interface Services {
  provider: ServiceDef;
  controller: ServiceDef;
  stdio: ServiceDef;
  broker: ServiceDef;
  health: ServiceDef;
}

const TO_OBJECT = { longs: Number, enums: Number, defaults: true, oneofs: true } as const;

/**
 * grpc-js service definitions straight from protobufjs reflection (what proto-loader does, minus building
 * descriptor protos for reflection, which costs start-up time and is never used here).
 */
function serviceDef(root: Root, name: string): ServiceDef {
  const service = root.lookupService(name);
  const def: Record<string, grpc.MethodDefinition<object, object>> = {};
  for (const m of Object.values(service.methods)) {
    const req = root.lookupType(m.resolvedRequestType?.fullName ?? m.requestType);
    const res = root.lookupType(m.resolvedResponseType?.fullName ?? m.responseType);
    def[m.name] = {
      path: `/${name}/${m.name}`,
      requestStream: Boolean(m.requestStream),
      responseStream: Boolean(m.responseStream),
      requestSerialize: (v: object) => Buffer.from(req.encode(req.fromObject(v)).finish()),
      requestDeserialize: (b: Buffer) => req.toObject(req.decode(b), TO_OBJECT),
      responseSerialize: (v: object) => Buffer.from(res.encode(res.fromObject(v)).finish()),
      responseDeserialize: (b: Buffer) => res.toObject(res.decode(b), TO_OBJECT),
    };
  }
  return def;
}

function services(): Services {
  const root = new Root();
  for (const text of [tfplugin6Proto, goPluginProto, healthProto]) parse(text, root, { keepCase: true });
  root.resolveAll();
  return {
    provider: serviceDef(root, 'tfplugin6.Provider'),
    controller: serviceDef(root, 'plugin.GRPCController'),
    stdio: serviceDef(root, 'plugin.GRPCStdio'),
    broker: serviceDef(root, 'plugin.GRPCBroker'),
    health: serviceDef(root, 'grpc.health.v1.Health'),
  };
}

/** go-plugin wants the DER certificate in base64 without padding. */
const handshakeCert = (der: Buffer) => der.toString('base64').replace(/=+$/, '');

export interface ServeOptions {
  load: () => Promise<ProviderHandlers>;
  /** Reported failures of a handler (never thrown into grpc-js). */
  onError: (rpc: string, err: unknown) => void;
  exit: (code: number) => void;
}

export async function servePlugin(opts: ServeOptions): Promise<void> {
  const versions = (process.env.PLUGIN_PROTOCOL_VERSIONS ?? String(PROTOCOL_VERSION))
    .split(',')
    .map((v) => Number(v.trim()));
  if (!versions.includes(PROTOCOL_VERSION))
    throw new Error(
      `Terraform offers plugin protocol versions ${versions.join(', ')}; this provider speaks ${PROTOCOL_VERSION}`,
    );
  const clientCert = process.env.PLUGIN_CLIENT_CERT;
  const defs = services();
  const cert = serverCertificate();
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MESSAGE_LIMIT,
    'grpc.max_send_message_length': MESSAGE_LIMIT,
  });

  let handlers: Promise<ProviderHandlers> | undefined;
  const provider: grpc.UntypedServiceImplementation = {};
  for (const rpc of Object.keys(defs.provider)) {
    provider[rpc] = (call: grpc.ServerUnaryCall<Record<string, unknown>, unknown>, cb: grpc.sendUnaryData<unknown>) => {
      handlers ??= opts.load();
      handlers
        .then(async (h) => {
          // The client may call an RPC this provider does not serve.
          const fn = h[rpc] as ProviderHandlers[string] | undefined;
          if (!fn) return cb({ code: grpc.status.UNIMPLEMENTED, message: `${rpc} is not implemented` });
          cb(null, await fn(call.request));
        })
        .catch((err: unknown) => {
          opts.onError(rpc, err);
          cb({ code: grpc.status.INTERNAL, message: err instanceof Error ? err.message : String(err) });
        });
    };
  }
  server.addService(defs.provider, provider);
  server.addService(defs.controller, {
    Shutdown: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => {
      cb(null, {});
      setImmediate(() => opts.exit(0));
    },
  });
  // Nothing is written to the plugin's own stdout/stderr streams through gRPC: logs go to stderr directly.
  server.addService(defs.stdio, {
    StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => {
      call.on('cancelled', () => call.end());
    },
  });
  server.addService(defs.broker, {
    StartStream: (call: grpc.ServerDuplexStream<unknown, unknown>) => {
      call.on('end', () => call.end());
    },
  });
  server.addService(defs.health, {
    Check: (_call: unknown, cb: grpc.sendUnaryData<unknown>) => cb(null, { status: 1 }),
  });

  const creds = clientCert
    ? grpc.ServerCredentials.createSsl(
        Buffer.from(clientCert),
        [{ private_key: Buffer.from(cert.keyPem), cert_chain: Buffer.from(cert.certPem) }],
        true,
      )
    : grpc.ServerCredentials.createInsecure();
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', creds, (err, p) => (err ? reject(err) : resolve(p))),
  );
  process.stdout.write(
    `1|${PROTOCOL_VERSION}|tcp|127.0.0.1:${port}|grpc|${clientCert ? handshakeCert(cert.der) : ''}\n`,
  );
  // From here on stdout belongs to go-plugin's handshake reader only: anything else printed goes to stderr.
  process.stdout.write = process.stderr.write.bind(process.stderr);
  // Start loading the provider core right away, after the handshake line is out.
  setImmediate(() => {
    handlers ??= opts.load();
  });
}
